"""``python -m facilitator`` runs the command line (see ``facilitator.cli.commands``)."""

import sys

from facilitator.cli.commands import main

sys.exit(main())
