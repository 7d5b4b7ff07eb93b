"""Load: find an office repository's files and read them into plain data that remembers where every
value came from (file, line, column)."""

from .discover import load_project

__all__ = ["load_project"]
