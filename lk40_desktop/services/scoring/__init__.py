"""Weighted scoring (Nutzwertanalyse) without Qt: the arithmetic (``arithmetic``), the ranking's
sensitivity to each weight (``sensitivity``), what the matrix reads from a project
(``evaluation``), the criteria as rows (``criteria``) and which score rows exist (``scores``,
free of NumPy for the operations that delete scores along with a proposal).
"""
