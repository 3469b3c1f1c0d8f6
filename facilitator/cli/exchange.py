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
