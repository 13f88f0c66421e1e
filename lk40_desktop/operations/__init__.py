"""Every edit the app makes, by its meaning, without Qt.

One module per feature (``board``, ``proposals``, ``stakeholders``, ``scoring``,
``overview``, ``vocabulary``); each function takes a session and plain values and returns
an ``edit.Edit`` — the steps, not yet applied. The GUI pushes it on its undo stack
(``ui.document.DocumentController.perform``), the command line and tests apply it with
``edit.perform``. ``rows`` holds the generic row writes the steps come down to; nothing
outside this package calls them.
"""
