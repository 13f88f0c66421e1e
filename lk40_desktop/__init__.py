"""LK40 Workshop-Studio: workshops and strategy paper for a county's digitalisation strategy.

Product name, publisher and version live here once; the installers, the About box and
the command line read them from this module instead of repeating them.
"""

__version__ = "0.1.0"

PRODUCT_NAME = "LK40 Workshop-Studio"
PUBLISHER = "LK40 Workshop-Studio"
APP_ID = "lk40"
ORGANIZATION_DOMAIN = "lk40.example"
FILE_SUFFIX = ".lk40"
MIME_TYPE = "application/x-lk40"
DESCRIPTION = "Workshops und Strategiepapier für die Digitalisierungsstrategie Landkreis 4.0"
