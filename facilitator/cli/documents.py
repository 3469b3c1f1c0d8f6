"""The ``export`` command: documents for people and files for other tools."""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.cli.commands import _session_arg, command
from facilitator.cli.output import output_file, say
from facilitator.errors import FacilitatorError
from facilitator.i18n import LANGUAGES

# -- export --------------------------------------------------------------------------


def _export_args(parser: argparse.ArgumentParser) -> None:
    _session_arg(parser)
    parser.add_argument(
        "kind", metavar="KIND", help="logframe, tables, minutes, monitoring, miradi or iati"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        required=True,
        help="the file to write (.pdf, .docx, .xlsx …)",
    )
    parser.add_argument(
        "--language",
        default="en",
        choices=sorted(LANGUAGES),
        help="the language of the document's headings, column names and page numbers "
        "(en, ru, fa or tr; default en); the session's own texts stay as typed",
    )


@command(_export_args)
def cmd_export(args: argparse.Namespace) -> int:
    """Write a document: the LogFrame, the score tables, the minutes or the monitoring overview.

    KIND is logframe, tables, minutes or monitoring; OUT's extension picks the
    format: .pdf for every kind, .docx (Word) for logframe and minutes, .xlsx
    for logframe, tables and monitoring, .csv for tables (one file per table).
    For other tools: miradi (the plan as a Miradi
    project, .xmpz2) and iati (the LogFrame as an IATI 2.03 activity file, .xml).

    Example:
      facilitator export leopard-2024.zopp logframe -o logframe.pdf
      facilitator export leopard-2024.zopp logframe -o plan.docx
      facilitator export leopard-2024.zopp minutes -o minutes.docx
      facilitator export leopard-2024.zopp tables -o tables.xlsx
      facilitator export leopard-2024.zopp miradi -o plan.xmpz2
      facilitator export leopard-2024.zopp logframe -o logframe-ru.pdf --language ru
    """
    from facilitator.session.opening import open_to_read

    try:
        from facilitator.documents import export_document
    except ImportError:
        raise FacilitatorError(
            "Exporting documents is not available in this version of ZOPP Facilitator."
        ) from None
    known = {"logframe": "pdf", "tables": "pdf", "minutes": "pdf", "monitoring": "pdf"}
    known |= {"miradi": "xmpz2", "iati": "xml"}
    example = f"{args.kind}.{known[args.kind]}" if args.kind in known else "document.pdf"
    output_file(args.output, example)
    with open_to_read(args.session) as store:
        written = export_document(store, args.kind, Path(args.output), args.language)
    say(f"Wrote {written}.")
    return 0
