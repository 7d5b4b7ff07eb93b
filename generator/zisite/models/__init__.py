"""Pydantic models of every data file: what staff may write, with a description per field.

Models mirror the YAML one-to-one (so an error's location maps straight back to a line) and
are frozen: later stages read them, never change them.
"""

from .office import Office
from .plan import Action, Area, Column, Plan, Row, SubArea

__all__ = ["Action", "Area", "Column", "Office", "Plan", "Row", "SubArea"]
