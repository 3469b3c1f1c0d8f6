"""The one-file executable's entry point: the app, or the ``facilitator`` command line.

zopp-facilitator [SESSION]                   open the app
zopp-facilitator --screenshots DIR [SESSION] picture every step (the sample by default)
zopp-facilitator export SESSION logframe -o OUT.pdf   any ``facilitator`` command
"""

from __future__ import annotations

import sys
from pathlib import Path


def bundled_sample() -> Path:
    """The sample workshop packed into the executable (or beside the sources)."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base / "sample_sessions" / "persian-leopard-2022.zopp"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from facilitator.cli.commands import COMMANDS

    if argv and argv[0] in COMMANDS:
        from facilitator.cli.commands import main as command_line

        return command_line(argv)
    from ui.__main__ import main as app
    from ui.__main__ import parse_args

    args = parse_args(argv)
    if args.screenshots and not args.session:
        argv = [*argv, str(bundled_sample())]
    return app(argv)


if __name__ == "__main__":
    sys.exit(main())
