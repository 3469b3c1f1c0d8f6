"""``facilitator ballots``: ballot workbooks for an online vote, to send to the participants."""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.cli.commands import _session_arg, command, language_arg
from facilitator.cli.output import say
from facilitator.errors import FacilitatorError


def _ballots_args(parser: argparse.ArgumentParser) -> None:
    _session_arg(parser)
    parser.add_argument(
        "vote",
        metavar="VOTE",
        type=lambda text: text.replace("-", "_").lower(),
        choices=("threat_ranking", "prioritisation"),
        help="threat_ranking or prioritisation",
    )
    parser.add_argument(
        "-o", "--output", metavar="FOLDER", required=True, help="where to write them"
    )
    parser.add_argument(
        "--per",
        choices=("participant", "country"),
        default="participant",
        help="one workbook per participant (default) or per country",
    )
    language_arg(parser, "the language of the instructions, scales and column names")


@command(_ballots_args)
def cmd_ballots(args: argparse.Namespace) -> int:
    """Write ballot workbooks for an online vote, to send to the participants.

    Each ballot holds the items (or activities) to score, the scale, the voter
    and the country they vote for, and their earlier scores. Import the
    returned ballots with 'facilitator import', whatever their language.

    Example:
      facilitator ballots leopard-2024.zopp prioritisation -o ballots/
      facilitator ballots leopard-2024.zopp threat_ranking -o byulleteni/ --language ru
      facilitator import leopard-2024.zopp ballots/*.xlsx
    """
    from facilitator.session.opening import open_to_read

    try:
        from facilitator.ballots.write import export_ballots
    except ImportError:
        raise FacilitatorError("Writing ballots is not available in this version.") from None
    if Path(args.output).exists() and not Path(args.output).is_dir():
        raise FacilitatorError(
            f"{args.output} is a file, not a folder; give a folder to write the ballots into."
        )
    with open_to_read(args.session) as store:
        paths = export_ballots(store, args.output, args.vote, per=args.per, language=args.language)
    say(f"Wrote {len(paths)} ballot(s) to {args.output}.")
    return 0
