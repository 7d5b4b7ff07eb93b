"""Pydantic models of every data file: what staff may write, with a description per field.

Models mirror the YAML one-to-one (so an error's location maps straight back to a line) and
are frozen: later stages read them, never change them.
"""

from .office import Office
from .plan import Action, Area, Column, Plan, Row, SubArea
from .realisasi import Evidence, Realisasi, Record
from .stats import (ComplaintChannels, ComplaintPeriod, ComplaintStats, DimItem, GratuityPeriod, GratuityStats,
                    KpkDecision, SkmAnswers, SkmAverages, SkmPeriod, SpakPeriod, StatsFile, SurveyStats, WbsPeriod,
                    WbsStats)

__all__ = ["Action", "Area", "Column", "ComplaintChannels", "ComplaintPeriod", "ComplaintStats", "DimItem",
           "Evidence", "GratuityPeriod", "GratuityStats", "KpkDecision", "Office", "Plan", "Realisasi", "Record", "Row", "SkmAnswers", "SkmAverages",
           "SkmPeriod", "SpakPeriod", "StatsFile", "SubArea", "SurveyStats", "WbsPeriod", "WbsStats"]
