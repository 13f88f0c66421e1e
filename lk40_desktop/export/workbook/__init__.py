"""The Excel workbook's parts: the writer of cells and tables (``writer``), the lists of the
project (``lists``), and the scoring sheets with their formulas (``scoring``, ``formulas``);
``export.xlsx.build_workbook`` puts them together."""
