"""``python -m facilitator`` runs the command line (see ``facilitator.cli``)."""

import sys

from .cli import main

sys.exit(main())
