"""Qt widgets, item models, dialogs and undo commands. The only layer that imports QtWidgets."""
