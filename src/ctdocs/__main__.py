"""``python -m ctdocs`` is the ``ctdocs`` command."""

import sys

from .cli import main

sys.exit(main())
