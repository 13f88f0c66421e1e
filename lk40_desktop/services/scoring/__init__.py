"""Weighted scoring (Nutzwertanalyse) without Qt: the arithmetic (``arithmetic``), the ranking's
sensitivity to each weight (``sensitivity``) and what the matrix reads from a project
(``evaluation``).
"""
