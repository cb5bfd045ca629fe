"""Storage: the SQLite engine and its pragmas, Alembic migrations, repositories (all SQL lives here)."""
