"""``facilitator review new``: start a monitoring review from the command line.

With a review in the session, the national reports (actions taken,
recommendations) can be imported from files with ``facilitator import``.
"""

from __future__ import annotations

import argparse

from facilitator.cli.commands import _session_arg, command
from facilitator.cli.output import say


def _review_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("new",), help="new: add a review")
    _session_arg(parser)
    parser.add_argument("--title", required=True, help="e.g. 'Midterm review 2018'")
    parser.add_argument("--date", default="", help="the review's date, YYYY-MM-DD")
    parser.add_argument("--since", default="", metavar="YEAR", help="actions taken since YEAR")
    parser.add_argument("--until", default="", metavar="YEAR", help="recommendations until YEAR")


@command(_review_args)
def cmd_review(args: argparse.Namespace) -> int:
    """Add a monitoring review, to import the actions taken and recommendations into.

    Example:
      facilitator review new leopard-2024.zopp --title "Midterm review 2026" --since 2022 --until 2030
      facilitator import leopard-2024.zopp actions.xlsx recommendations.csv
    """
    from facilitator.monitoring.reviews import add_review
    from facilitator.session.opening import open_to_write

    with open_to_write(args.session) as store:
        store.apply(add_review(args.title, args.date, args.since, until_year=args.until))
    say(f"Added the review '{args.title}' to {args.session}.")
    return 0
