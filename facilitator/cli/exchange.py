"""Commands across sessions: ``compare`` (then versus now) and ``programme`` (many sessions)."""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.cli.commands import command
from facilitator.cli.output import output_file, say
from facilitator.i18n import LANGUAGES


def _compare_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", metavar="OLD.zopp", help="the earlier session")
    parser.add_argument("new", metavar="NEW.zopp", help="the later session")
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="also write the comparison (.pdf or .xlsx)"
    )
    parser.add_argument(
        "--all", action="store_true", help="list every figure, not only those that changed"
    )
    parser.add_argument(
        "--language",
        choices=sorted(LANGUAGES),
        default="en",
        help="the language of the written comparison's headings and column names (default: en)",
    )


@command(_compare_args)
def cmd_compare(args: argparse.Namespace) -> int:
    """Compare two sessions: threat figures and activity priorities then and now.

    Items and activities are matched by identity (a workshop started from an
    earlier one keeps it), else by label; those without a partner are listed.
    Prints the figures that changed (overall, per region, per country) as
    tab-separated rows: table, item, criterion, level, scope, then, now, change.

    Example:
      facilitator compare leopard-2022.zopp leopard-2024.zopp -o then-and-now.pdf
      facilitator compare leopard-2022.zopp leopard-2024.zopp -o sravnenie.xlsx --language ru
    """
    from facilitator.compare.documents import figure_row, summary_lines, write_comparison
    from facilitator.compare.figures import compare_sessions
    from facilitator.session.opening import open_to_read

    output_file(args.output, "then-and-now.pdf")
    with open_to_read(args.old) as old, open_to_read(args.new) as new:
        comparison = compare_sessions(old, new)
    for line in summary_lines(comparison):
        say(line)
    for f in comparison.figures if args.all else comparison.changed():
        say("\t".join(figure_row(f)))
    if args.output:
        say(f"Wrote {write_comparison(comparison, Path(args.output), args.language)}.")
    return 0


def _miradi_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("session", metavar="SESSION.zopp", help="the session to seed")
    parser.add_argument("project", metavar="PLAN.xmpz2", help="a Miradi project")
    parser.add_argument(
        "--dry-run", action="store_true", help="report what would be imported, changing nothing"
    )


@command(_miradi_args)
def cmd_import_miradi(args: argparse.Namespace) -> int:
    """Seed a session's problem tree and outline from a Miradi project (.xmpz2), as one step.

    Causes become drivers (direct threats become threats), the conceptual
    model's links become the problem tree's links, strategies become
    objectives, Miradi objectives results (with their first indicator) and
    tasks activities. The session's plan must still be empty. What the app has
    no place for is listed.

    Example:
      facilitator import-miradi leopard-2024.zopp plan.xmpz2
    """
    from facilitator.exchange.miradi_read import read_miradi
    from facilitator.exchange.seed import seed_plan
    from facilitator.session.opening import open_to_write

    plan = read_miradi(args.project)
    n_results = sum(len(o["results"]) for o in plan.objectives)
    n_activities = sum(len(r["activities"]) for o in plan.objectives for r in o["results"])
    if not args.dry_run:
        with open_to_write(args.session) as store:
            store.apply(seed_plan(plan, f"import {Path(args.project).name}"))
    verb = "Would import" if args.dry_run else "Imported"
    say(
        f"{verb} {len(plan.items)} problem-tree items, {len(plan.links)} links, "
        f"{len(plan.objectives)} objectives, {n_results} results and {n_activities} activities "
        f"from {Path(args.project).name}."
    )
    for line in plan.not_carried:
        say(f"Not carried over: {line}")
    return 0


def _returns_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("session", metavar="SESSION.zopp", help="the session file")
    parser.add_argument(
        "-o", "--output", metavar="FOLDER", required=True, help="the folder to write them into"
    )
    parser.add_argument("--review", type=int, help="the review's number (default: the latest)")
    parser.add_argument(
        "--country", action="append", metavar="CODE", help="only this country (repeatable)"
    )
    parser.add_argument(
        "--language",
        default="en",
        choices=sorted(LANGUAGES),
        help="the language of the headings, column names, statuses and priorities "
        "(en, ru, fa or tr; default en); the session's own texts stay as typed",
    )


@command(_returns_args)
def cmd_returns(args: argparse.Namespace) -> int:
    """Write one monitoring return workbook per country for a review, to send to focal points.

    Each holds that country's rows for every activity (actions taken, period,
    implementer, budget, funder, status) and a recommendation column; status and
    proposed priority cells offer their lists. 'facilitator import-returns'
    reads them back, whatever their language.

    Example:
      facilitator returns leopard-2024.zopp -o returns/
      facilitator returns leopard-2024.zopp -o otchety/ --language ru
    """
    from facilitator.ballots.returns_workbook import export_returns
    from facilitator.monitoring.overview import pick_review
    from facilitator.session.opening import open_to_read

    with open_to_read(args.session) as store:
        review_id = pick_review(store, args.review)
        written = export_returns(store, review_id, Path(args.output), args.country, args.language)
    say(f"Wrote {len(written)} return workbook(s) into {args.output}.")
    return 0


def _import_returns_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("session", metavar="SESSION.zopp", help="the session file")
    parser.add_argument("files", nargs="+", metavar="RETURN.xlsx", help="returned workbooks")
    parser.add_argument("--dry-run", action="store_true", help="preview only, change nothing")
    parser.add_argument(
        "--skip-problems",
        action="store_true",
        help="import the good rows and leave out the rows (or files) with problems",
    )


@command(_import_returns_args)
def cmd_import_returns(args: argparse.Namespace) -> int:
    """Import returned country monitoring workbooks as one undoable step.

    Prints what changes per country and every problem cell (file, line,
    column). While problems remain nothing is imported, unless --skip-problems
    leaves those rows out. A country's workbook replaces its earlier rows.

    Example:
      facilitator import-returns leopard-2024.zopp returns/*.xlsx --dry-run
    """
    import sys

    from facilitator.ballots.returns import read_returns
    from facilitator.session.opening import open_to_read, open_to_write

    opener = open_to_read if args.dry_run else open_to_write
    with opener(args.session) as store:
        preview = read_returns(store, args.files)
        for line in preview.summary(store):
            say(line)
        for problem in preview.problems:
            print(str(problem), file=sys.stderr)
        if args.dry_run:
            say(f"Dry run: {args.session} was not changed.")
            return 1 if preview.problems else 0
        store.apply(preview.edit(skip_problem_rows=args.skip_problems))
    skipped = " (rows with problems left out)" if preview.problems else ""
    say(f"Imported the returns into {args.session}{skipped}.")
    return 0


def _programme_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files", nargs="+", metavar="SESSION.zopp", help="session files, any number"
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT.xlsx", required=True, help="the overview to write"
    )


@command(_programme_args)
def cmd_programme(args: argparse.Namespace) -> int:
    """One overview of many session files (a folder of national workshops or reviews).

    Reads every file read-only, one at a time, and writes an XLSX: activities ×
    countries with the latest status (from the latest monitoring review) and
    priority, the threat figures of every meeting side by side, and the list
    of meetings. A file that cannot be read is named and left out.

    Example:
      facilitator programme workshops/*.zopp -o programme.xlsx
    """
    import sys

    from facilitator.compare.programme import read_programme, write_programme

    output_file(args.output, "programme.xlsx")
    programme = read_programme(args.files)
    for problem in programme.problems:
        print(f"Left out: {problem}", file=sys.stderr)
    if not programme.meetings:
        say("No session could be read; nothing was written.")
        return 1
    write_programme(programme, Path(args.output))
    say(
        f"Wrote {args.output}: {len(programme.meetings)} meeting(s), "
        f"{len(programme.activities)} activities, {len(programme.countries)} countries."
    )
    return 1 if programme.problems else 0
