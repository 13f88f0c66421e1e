"""``python -m lk40_desktop`` runs the same entry point as ``lk40``."""

import sys

from lk40_desktop.cli import main

sys.exit(main())
