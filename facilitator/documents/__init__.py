"""Documents made from a session: the LogFrame, score tables and minutes as PDF, tables as spreadsheets.

``export_document(store, kind, out_path)`` picks the writer from ``kind`` and the
output's extension. Each writer takes ``(store, out_path)``.
"""

from __future__ import annotations

import logging
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.errors import FacilitatorError
from facilitator.words import document_language

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

log = logging.getLogger(__name__)

#: (kind, extension) → "package.module:function" of the writer, imported only when used.
#: A writer is called as ``function(store, out_path)``; one that writes elsewhere (several CSV
#: files) returns the first path it wrote.
WRITERS: dict[tuple[str, str], str] = {
    ("logframe", ".pdf"): "facilitator.documents.logframe_pdf:write_logframe",
    ("logframe", ".docx"): "facilitator.documents.logframe_docx:write_logframe_docx",
    ("logframe", ".xlsx"): "facilitator.documents.logframe_xlsx:write_logframe_xlsx",
    ("tables", ".pdf"): "facilitator.documents.tables_pdf:write_tables",
    ("minutes", ".pdf"): "facilitator.documents.minutes_pdf:write_minutes",
    ("minutes", ".docx"): "facilitator.documents.minutes_docx:write_minutes_docx",
    ("tables", ".xlsx"): "facilitator.documents.spreadsheet:write_xlsx",
    ("tables", ".csv"): "facilitator.documents.spreadsheet:write_csv",
    ("monitoring", ".pdf"): "facilitator.documents.monitoring_pdf:write_monitoring",
    ("monitoring", ".xlsx"): "facilitator.documents.monitoring_xlsx:write_monitoring_xlsx",
    ("miradi", ".xmpz2"): "facilitator.exchange.miradi_write:write_miradi",
    ("iati", ".xml"): "facilitator.exchange.iati:write_iati",
}


def kinds() -> list[str]:
    """The document kinds, in the order the app lists them."""
    return list(dict.fromkeys(kind for kind, _ in WRITERS))


def formats(kind: str) -> list[str]:
    """The file extensions one kind can be written as."""
    return [ext for k, ext in WRITERS if k == kind]


def export_document(
    store: SessionStore, kind: str, out_path: str | Path, language: str | None = None
) -> Path:
    """Write one document of ``kind`` to ``out_path``; the extension picks the format, and
    ``language`` (``en``, ``ru``, ``fa``, ``tr``; English by default) its fixed words.

    Returns the file written (for CSV, the first of the files, one per table).
    Raises ``FacilitatorError`` with one plain sentence for an unknown kind or format.
    """
    out = Path(out_path)
    ext = out.suffix.lower()
    if kind not in kinds():
        raise FacilitatorError(f"Unknown document '{kind}': choose one of {', '.join(kinds())}.")
    target = WRITERS.get((kind, ext))
    if target is None:
        raise FacilitatorError(
            f"A {kind} document cannot be written as '{ext or out.name}': use {', '.join(formats(kind))}."
        )
    module_name, func_name = target.split(":")
    writer = getattr(import_module(module_name), func_name)
    if not out.parent.is_dir():
        raise FacilitatorError(
            f"The folder {out.parent} does not exist: choose another place to save."
        )
    try:
        with document_language(language):
            written = writer(store, out)
    except PermissionError:
        raise FacilitatorError(
            f"{out} cannot be written: it is open in another program or the folder is read-only."
        ) from None
    except OSError as error:
        raise FacilitatorError(f"{out} cannot be written: {error.strerror or error}.") from None
    except FacilitatorError:
        raise
    except (
        Exception
    ) as error:  # a bug or a layout reportlab cannot do: one sentence, details in the log
        log.exception("Writing the %s to %s failed", kind, out)
        raise FacilitatorError(f"The {kind} could not be written to {out}: {error}.") from error
    return Path(written) if written else out
