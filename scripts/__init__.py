"""Developer scripts (run as files: python scripts/NAME.py)."""
