"""The evaluation page: criteria, scoring matrix, portfolio, sensitivity."""
