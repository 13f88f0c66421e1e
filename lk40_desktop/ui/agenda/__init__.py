"""The workshop's agenda (Ablauf): its table and the panel beside the pages."""
