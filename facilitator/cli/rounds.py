"""``facilitator round``: close a vote, reopen it, or open its next round, from a terminal."""

from __future__ import annotations

import argparse

from facilitator.cli.commands import _session_arg, command
from facilitator.cli.output import say
from facilitator.errors import FacilitatorError


def _round_args(parser: argparse.ArgumentParser) -> None:
    _session_arg(parser)
    parser.add_argument("vote", choices=["threat_ranking", "prioritisation"], help="which vote")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--close", action="store_true", help="close the vote: no more changes")
    what.add_argument("--reopen", action="store_true", help="reopen it, in the same round")
    what.add_argument(
        "--next", action="store_true", help="open the next round (the vote must be closed)"
    )
    parser.add_argument(
        "--wide",
        type=float,
        metavar="SPREAD",
        help="with --next: only the items whose votes range at least this far",
    )


@command(_round_args)
def cmd_round(args: argparse.Namespace) -> int:
    """Close a vote, reopen it, or open its next round (earlier rounds stay in the file).

    Example:
      facilitator round leopard-2024.zopp threat_ranking --close
      facilitator round leopard-2024.zopp threat_ranking --next --wide 2
    """
    from facilitator.session.opening import open_to_write
    from facilitator.voting import closing, rounds

    if args.wide is not None and not args.next:
        raise FacilitatorError("--wide goes with --next: it chooses the items of the next round.")
    with open_to_write(args.session) as store:
        if args.close:
            store.apply(closing.close_vote(args.vote))
            say(f"The {args.vote.replace('_', ' ')} is closed.")
        elif args.reopen:
            store.apply(closing.reopen_vote(args.vote))
            say(f"The {args.vote.replace('_', ' ')} is open again.")
        else:
            store.apply(rounds.open_round(args.vote, spread_at_least=args.wide))
            n = rounds.current_round(store, args.vote)
            items = rounds.reopened_items(store, args.vote, n)
            which = "every item" if items is None else f"{len(items)} item(s)"
            say(f"Round {n} of the {args.vote.replace('_', ' ')} is open on {which}.")
    return 0
