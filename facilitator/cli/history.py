"""``facilitator history``: what changed in a session, and when each vote was given."""

from __future__ import annotations

import argparse

from facilitator.cli.commands import _session_arg, command
from facilitator.cli.output import say


def _history_args(parser: argparse.ArgumentParser) -> None:
    _session_arg(parser)
    parser.add_argument(
        "--votes", action="store_true", help="list every vote given or changed, with its time"
    )


@command(_history_args)
def cmd_history(args: argparse.Namespace) -> int:
    """List the changes made to a session, oldest first; with --votes, when each vote was given or changed.

    Example:
      facilitator history leopard-2024.zopp --votes
    """
    from facilitator.session.opening import open_to_read
    from facilitator.status.session_info import history_lines, vote_history_lines

    with open_to_read(args.session) as store:
        lines = vote_history_lines(store) if args.votes else history_lines(store)
    for line in lines or ["No changes recorded yet."]:
        say(line)
    return 0
