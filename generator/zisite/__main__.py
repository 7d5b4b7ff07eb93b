"""``python -m zisite`` is the ``zisite`` command."""

import sys

from .cli import main

sys.exit(main())
