"""Use cases without Qt widgets: reads for the pages and the exports, rules, the template and
the demo; shared by the GUI and the command line. Edits are in ``operations``."""
