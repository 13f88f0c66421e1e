"""The stakeholder page: table, influence/interest map, relations."""
