"""The store: the `.lk40` file, its SQLAlchemy models and its migrations. Knows nothing of Qt."""
