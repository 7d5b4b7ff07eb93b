"""Which day it is, for everything that compares data with "now": SOURCE_DATE_EPOCH when set
(reproducible builds and tests), else the machine's date."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date, datetime, timezone


def today(environ: Mapping[str, str] = os.environ) -> date:
    epoch = environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc).date()
    return date.today()
