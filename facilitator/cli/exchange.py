"""Commands across sessions: ``compare`` (then versus now) and ``programme`` (many sessions)."""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.cli.commands import command
from facilitator.cli.output import output_file, say
from facilitator.session.opening import open_to_read


def _compare_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", metavar="OLD.zopp", help="the earlier session")
    parser.add_argument("new", metavar="NEW.zopp", help="the later session")
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="also write the comparison (.pdf or .xlsx)"
    )
    parser.add_argument(
        "--all", action="store_true", help="list every figure, not only those that changed"
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
    """
    from facilitator.compare.documents import figure_row, summary_lines, write_comparison
    from facilitator.compare.figures import compare_sessions

    output_file(args.output, "then-and-now.pdf")
    with open_to_read(args.old) as old, open_to_read(args.new) as new:
        comparison = compare_sessions(old, new)
    for line in summary_lines(comparison):
        say(line)
    for f in comparison.figures if args.all else comparison.changed():
        say("\t".join(figure_row(f)))
    if args.output:
        say(f"Wrote {write_comparison(comparison, Path(args.output))}.")
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
