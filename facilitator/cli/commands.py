"""The ``facilitator`` command: work with a session file from a terminal.

Each command is a function whose docstring is its ``--help``. An error the
user can fix (a missing or foreign file, a bad spreadsheet, a refused edit)
prints one plain sentence to stderr and exits with status 1; a wrong command
line exits with status 2, as argparse does.
"""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

from facilitator.cli.output import output_file, plural, quiet_logs, say, speak_utf8
from facilitator.errors import FacilitatorError, SessionError

# The session's modules (SQLite, the lock, the edits) are imported by the commands that open
# one, so ``facilitator --help`` starts in a blink.

Command = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, tuple[Command, Callable[[argparse.ArgumentParser], None]]] = {}


def command(arguments: Callable[[argparse.ArgumentParser], None]) -> Callable[[Command], Command]:
    """Register a command under its function's name (``cmd_import_miradi`` → ``import-miradi``)."""

    def register(func: Command) -> Command:
        COMMANDS[func.__name__.removeprefix("cmd_").replace("_", "-")] = (func, arguments)
        return func

    return register


def _session_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("session", metavar="SESSION.zopp", help="the session file")


# -- new, info ----------------------------------------------------------------------


def _new_args(parser: argparse.ArgumentParser) -> None:
    _session_arg(parser)
    parser.add_argument(
        "--title", default="", help="the workshop's title (default: the file's name)"
    )
    parser.add_argument(
        "--from", dest="source", metavar="EARLIER.zopp", help="start from an earlier workshop"
    )


@command(_new_args)
def cmd_new(args: argparse.Namespace) -> int:
    """Create a new session file, empty or started from an earlier workshop (without its votes).

    Example:
      facilitator new leopard-2024.zopp --title "Second Range State Meeting"
      facilitator new leopard-2024.zopp --from leopard-2022.zopp
    """
    from facilitator.session.store import SessionStore

    path = Path(args.session)
    if not path.suffix:  # the app's open dialog lists only .zopp files
        path = path.with_name(path.name + ".zopp")
    if path.parent.is_dir() and not os.access(path.parent, os.W_OK):
        raise SessionError(f"Cannot create {path}: the folder {path.parent} is read-only.")
    if args.source:  # its plan, countries and participants, with their identities; no votes
        from facilitator.compare.new_from import new_from

        new_from(args.source, path, args.title)
    else:
        SessionStore.create(path, title=args.title).close()
    say(f"Created {path}.")
    return 0


@command(_session_arg)
def cmd_info(args: argparse.Namespace) -> int:
    """Show what a session holds: counts per step, voters, and the last change.

    Example:
      facilitator info leopard-2024.zopp
    """
    from facilitator.session.opening import open_to_read
    from facilitator.status.session_info import session_summary

    with open_to_read(args.session) as store:
        for line in session_summary(store):
            say(line)
    return 0


# -- import --------------------------------------------------------------------------


def _import_args(parser: argparse.ArgumentParser) -> None:
    _session_arg(parser)
    parser.add_argument("files", nargs="+", metavar="FILE", help="CSV or XLSX files")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="check the files against the session and report, changing nothing",
    )


@command(_import_args)
def cmd_import(args: argparse.Namespace) -> int:
    """Import CSV or XLSX files into a session; the header of each file says what it holds.

    Understood headers (case and spaces do not matter; CSV may use ',' or ';'):
      countries     code, name[, regions]          (regions separated by ';')
      participants  name, country[, affiliation, role, votes]
      items         kind, label[, status]          (constraint/driver/threat; current/emerging)
      links         from, to[, from kind, to kind]   (item labels, cause → effect)
      themes        number, name
      objectives    number, text[, theme, addresses, indicator, baseline, baseline year,
                    target, target year, verification, assumptions]
      results       number, text[, indicator, baseline, … assumptions]   (numbers like 1.2)
      activities    number, text[, timeline, actor, indicator, budget]   (numbers like 1.2.3)
      programme     code, text, responsible, priority
      reviews       review, date[, since, until]
      actions       review, activity, countries, action[, period, implemented by, budget, funder, status]
      recommendations  review, activity, recommendation[, proposed priority]
      votes         participant, scope, item, criterion, value   (criterion may be left out for priorities)
      ballots       the XLSX ballots the app writes for online voting, filled in by the voters

    Each file is one undoable step. A file with any bad row imports nothing and
    every bad row is listed with its line and column. Files are imported in the
    order above, whatever order they are given in; importing a file twice
    changes nothing the second time.

    CSV may be UTF-8 (with or without a BOM) or UTF-16, as Excel saves 'CSV
    UTF-8' and 'Unicode Text'. From an XLSX workbook the first sheet is read
    as it shows: a cell merged down over rows counts on each of them, and a
    formula counts by its saved result.

    With --dry-run the files are imported into a copy of the session, which
    is then thrown away: the report says what would happen.

    Example:
      facilitator import leopard-2024.zopp countries.csv people.xlsx votes.csv
      facilitator import leopard-2024.zopp ballots/*.xlsx --dry-run
    """
    from facilitator.importing.run import apply_files, read_files
    from facilitator.session.opening import open_to_read, open_to_write
    from facilitator.session.store import check_session_file

    if args.dry_run:
        # The trial copy lives in memory: an interrupted dry run leaves no copy on disk.
        with open_to_read(args.session) as original, original.copy_in_memory() as trial:
            report = apply_files(trial, *read_files(args.files))
        say(f"Dry run: {args.session} was not changed. This is what importing would do:")
    else:
        check_session_file(Path(args.session))  # a wrong session is named before the files
        report, pending = read_files(args.files)
        if pending:  # nothing to import: the session is not even opened (no backup rolled)
            with open_to_write(args.session) as store:
                apply_files(store, report, pending)
    for file_report in report.files:
        if file_report.error is None:
            say(file_report.summary())
        else:
            print(file_report.summary(), file=sys.stderr)
    return 0 if report.ok else 1


# -- table ---------------------------------------------------------------------------


def _table_args(parser: argparse.ArgumentParser) -> None:
    _session_arg(parser)
    parser.add_argument(
        "name", metavar="NAME", help="threats, threats-by-region, priorities, participants, …"
    )
    parser.add_argument(
        "--format", choices=("csv", "xlsx", "md"), help="default: from OUT's extension, else csv"
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="write to this file instead of the screen"
    )
    parser.add_argument(
        "--round",
        type=int,
        metavar="N",
        help="show round N of the vote (default: the votes as they stand)",
    )
    language_arg(parser, "the language of the column names, sheet name and fixed words")


def language_arg(parser: argparse.ArgumentParser, what: str) -> None:
    """The ``--language`` option of the commands that write documents or workbooks."""
    from facilitator.i18n import LANGUAGES

    parser.add_argument(
        "--language",
        default="en",
        choices=sorted(LANGUAGES),
        help=f"{what} (en, ru, fa or tr; default en); the session's own texts stay as typed",
    )


@command(_table_args)
def cmd_table(args: argparse.Namespace) -> int:
    """Print or save one of the session's tables as CSV, XLSX or a Markdown table.

    Example:
      facilitator table leopard-2024.zopp threats-by-region --format md
      facilitator table leopard-2024.zopp priorities -o priorities.xlsx
      facilitator table leopard-2024.zopp threats --round 1
      facilitator table leopard-2024.zopp priorities -o prioritety.xlsx --language ru

    With --language the column names, the sheet's name and the core's fixed words
    ("Driver", "Not filled in") are in that language; English (the default) keeps
    the column names that 'facilitator import' reads back.
    """
    from facilitator.documents.tabular import (
        frame_in_language,
        frame_to_csv,
        frame_to_markdown,
        write_frame_xlsx,
        write_text,
    )
    from facilitator.session.opening import open_to_read
    from facilitator.voting import tables
    from facilitator.words import document_language, fixed

    if args.name not in tables.TABLES:
        raise FacilitatorError(
            f"There is no table '{args.name}'; choose one of: {', '.join(tables.TABLES)}."
        )
    output_file(args.output, f"{args.name}.{args.format or 'csv'}")
    fmt = args.format or (Path(args.output).suffix.lstrip(".").lower() if args.output else "csv")
    if fmt not in ("csv", "xlsx", "md"):
        raise FacilitatorError(
            f"Cannot tell the format from '{args.output}'; add --format csv, xlsx or md."
        )
    if fmt == "xlsx" and not args.output:
        raise FacilitatorError("An XLSX table must be written to a file: add -o OUT.xlsx.")
    with open_to_read(args.session) as store:
        from facilitator.voting.scoring import Scores

        kind = "activity_round" if args.name == "priorities" else "item_round"
        scores = Scores(store, **{kind: args.round}) if args.round else Scores(store)
        frame = tables.TABLES[args.name](store, scores)  # type: ignore[call-arg]
        if fmt != "md" and args.name in tables.ROUND_OF:  # a file says which round it shows
            frame["round"] = str(tables.shown_round(store, scores, tables.ROUND_OF[args.name]))
    with document_language(args.language):
        frame = frame_in_language(frame, args.name)
        if fmt == "xlsx":
            write_frame_xlsx(frame, fixed(args.name), Path(args.output))
        else:
            text = frame_to_csv(frame) if fmt == "csv" else frame_to_markdown(frame)
            write_text(text, args.output)
    if args.output:
        say(f"Wrote {args.output}.")
    return 0


# -- check ---------------------------------------------------------------------------


def _check_args(parser: argparse.ArgumentParser) -> None:
    _session_arg(parser)
    parser.add_argument(
        "--repair",
        action="store_true",
        help="first add up again the sums of the votes the figures are made of, where they "
        "differ from the votes (the votes themselves are never changed)",
    )


@command(_check_args)
def cmd_check(args: argparse.Namespace) -> int:
    """Check a session file's integrity and consistency; exit status 1 when problems are found.

    Checks SQLite's integrity and foreign keys, the sums of the votes the figures
    are made of (--repair adds them up again first), then votes for removed items,
    participants without a country who vote for a country, regions without
    countries, loops in the problem tree, items with the same label and gaps
    in the numbering. Warnings about the chain from threats to activities are
    listed too but do not fail the check.

    Example:
      facilitator check leopard-2024.zopp
      facilitator check --repair leopard-2024.zopp
    """
    from facilitator.session.opening import open_to_read
    from facilitator.status.consistency import (
        backup_advice,
        chain_warnings_if_any,
        consistency_problems,
        damage_report,
        integrity_problems,
        region_warnings,
    )

    if args.repair:
        from facilitator.session import vote_sums
        from facilitator.session.store import SessionStore

        with SessionStore.open(args.session) as writable:
            if vote_sums.repair(writable.conn):
                say("The sums of the votes the figures are made of were added up again.")
    try:
        store = open_to_read(args.session)
    except SessionError:
        damage = damage_report(Path(args.session))  # a damaged file: say where, then refuse
        if not damage:
            raise
        for line in damage:
            say(f"Problem: {line}")
        raise SessionError(
            f"{args.session} is damaged ({plural(len(damage), 'problem')} above). "
            + backup_advice(Path(args.session))
        ) from None
    with store:
        problems = integrity_problems(store) + consistency_problems(store)
        warnings = region_warnings(store) + chain_warnings_if_any(store)
    for problem in problems:
        say(f"Problem: {problem}")
    for warning in warnings:
        say(f"Warning: {warning}")
    if not problems:
        say(f"{args.session} is sound" + (f" ({len(warnings)} warning(s))." if warnings else "."))
    return 1 if problems else 0


# -- the program ---------------------------------------------------------------------

from facilitator.cli import (  # noqa: F401  (each registers its command)
    ballots,
    documents,
    exchange,
    history,
    review,
    rounds,
    serve,
)


def _cleandoc(doc: str) -> str:
    """A docstring as ``inspect.cleandoc`` gives it (without importing ``inspect``)."""
    first, _, rest = doc.strip("\n").partition("\n")
    return (first.strip() + "\n" + textwrap.dedent(rest)).strip()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Work with a ZOPP Facilitator session file (.zopp) from the command line.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (func, arguments) in COMMANDS.items():
        doc = _cleandoc(func.__doc__ or "")
        child = sub.add_parser(
            name,
            help=doc.splitlines()[0],
            description=doc,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        arguments(child)
        child.set_defaults(run=func)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit status (0 fine, 1 a problem the user can fix, 2 bad usage)."""
    speak_utf8()
    quiet_logs()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.run(args))
    except FacilitatorError as error:
        print(str(error), file=sys.stderr)
    except BrokenPipeError:
        sys.stderr.close()  # output piped into 'head' and the like: nothing to report
    except OSError as error:  # a full disk, a folder without write permission …
        where = f"{error.filename}: " if error.filename else ""
        print(f"{where}{error.strerror or error}.", file=sys.stderr)
    except KeyboardInterrupt:
        print("Interrupted; nothing was left half done.", file=sys.stderr)
        return 130
    except Exception as error:
        sqlite3 = sys.modules.get("sqlite3")  # only a command that opened a session can fail so
        if sqlite3 is None or not isinstance(error, sqlite3.Error):
            raise
        print(f"{args.session} could not be read: {error}.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
