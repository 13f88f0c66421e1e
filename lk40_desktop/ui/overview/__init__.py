"""The overview page: project data, action fields, workshops."""
