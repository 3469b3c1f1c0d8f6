"""Editing widgets shared by the step pages (fast keyboard entry, paste, delete with undo).

``RecordTable`` is the table editor; with one column it is a line-list editor.
"""

from .records import Column, Record, RecordModel
from .table_editor import RecordTable, split_pasted

__all__ = ["Column", "Record", "RecordModel", "RecordTable", "split_pasted"]
