"""``python -m ctdocs.cli`` is the ``ctdocs`` command."""

import sys

from . import main

sys.exit(main())
