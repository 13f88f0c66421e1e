"""Import of lists (issue 21): the county's stakeholder address list and ideas collected
beforehand, from ``.xlsx``, ``.xls``, ``.ods`` (python-calamine) and ``.csv`` (the csv module).

Qt-free, shared by the dialog ``ui/dialogs/imports.py`` and ``lk40 import``:
``table`` reads a file into header and rows of text, ``mapping`` says which column fills which
field (guessed from the headers, remembered by the GUI), ``records`` turns rows into the values
of new stakeholders or cards with a reason for every row it skips, ``duplicates`` finds the rows
the project already has (the same matcher as the merge of group files). The writing is
``operations.imports``: one undoable step.
"""
