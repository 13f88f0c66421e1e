"""Use cases without Qt widgets: edits, templates, demo data; shared by GUI and command line."""
