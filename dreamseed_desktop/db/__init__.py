"""SQLAlchemy 2 models, engine factory and the embedded PostgreSQL server."""
