"""Stakeholder analysis without Qt: the rows table and map show (``data``), the influence/interest
grid with its quadrants, snapping and attitudes (``grid``), and where names go on the map
(``map_names``). Edits are the named operations of ``operations.stakeholders``.
"""
