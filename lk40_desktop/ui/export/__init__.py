"""The export page: the Word strategy paper and the Excel workbook."""
