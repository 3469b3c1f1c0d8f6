"""Importing CSV/XLSX files into a session: the public names, kept in one place.

The work is done in the ``facilitator.importing`` package; import from here.
"""

from .importing import (
    FILE_KINDS,
    CellProblem,
    FileKind,
    FileReport,
    ImportReport,
    Lookup,
    Row,
    Table,
    UnreadableFile,
    activity_number,
    cell_text,
    detect_kind,
    import_file,
    import_files,
    name_key,
    plan_table,
    plan_votes,
    read_table,
    resolve_country,
    resolve_scope,
    resolve_target,
    understood_headers,
    vote_value,
)

__all__ = [
    "FILE_KINDS", "CellProblem", "FileKind", "FileReport", "ImportReport", "Lookup", "Row", "Table",
    "UnreadableFile", "activity_number", "cell_text", "detect_kind", "import_file", "import_files",
    "name_key", "plan_table", "plan_votes", "read_table", "resolve_country", "resolve_scope",
    "resolve_target", "understood_headers", "vote_value",
]
