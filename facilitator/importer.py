"""Importing CSV/XLSX files into a session: the public names, kept in one place.

The work is done in the ``facilitator.importing`` package; import from here.
"""

from .importing import *
from .importing import __all__  # noqa: F401
