"""Importing CSV and XLSX files into a session (see ``run`` for the entry points).

What a file holds is told by its header; a file imports whole, as one
undoable step, or not at all, with every bad row listed.
"""

from facilitator.importing.kinds import FILE_KINDS, FileKind, detect_kind, understood_headers
from facilitator.importing.reading import Row, Table, UnreadableFile, cell_text, read_table
from facilitator.importing.run import (
    FileReport,
    ImportReport,
    import_file,
    import_files,
    plan_table,
)
from facilitator.importing.votes import plan_votes, vote_value
from facilitator.plan.lookup import (
    CellProblem,
    Lookup,
    activity_number,
    name_key,
    resolve_country,
    resolve_scope,
    resolve_target,
)

__all__ = [
    "FILE_KINDS",
    "CellProblem",
    "FileKind",
    "FileReport",
    "ImportReport",
    "Lookup",
    "Row",
    "Table",
    "UnreadableFile",
    "activity_number",
    "cell_text",
    "detect_kind",
    "import_file",
    "import_files",
    "name_key",
    "plan_table",
    "plan_votes",
    "read_table",
    "resolve_country",
    "resolve_scope",
    "resolve_target",
    "understood_headers",
    "vote_value",
]
