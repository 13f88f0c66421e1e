"""Printed sheets for the room (cards, voting and tally sheets, scoring sheets, sign-in list,
poster, agenda), drawn with Qt's painter onto a PDF or a printer. Above ``services`` and
``export`` (its words), below ``ui``: no widget here, so ``lk40 print`` runs without a
window."""
