"""``facilitator serve``: run a live vote from a terminal, without the window."""

from __future__ import annotations

import argparse
import signal
import threading
from typing import Any

from facilitator.cli.commands import _session_arg, command
from facilitator.cli.output import say
from facilitator.errors import SessionError


def _serve_args(parser: argparse.ArgumentParser) -> None:
    _session_arg(parser)
    parser.add_argument(
        "vote",
        choices=["threat_ranking", "prioritisation"],
        help="which vote the phones take part in",
    )
    parser.add_argument(
        "--host",
        default="",
        help="the address to listen on (default: this computer's address on the room's network)",
    )
    parser.add_argument(
        "--port", type=int, default=0, help="the port (default: a free one is chosen)"
    )


@command(_serve_args)
def cmd_serve(args: argparse.Namespace) -> int:
    """Let participants vote from their phones; prints the address and the join code.

    The session stays locked for other writers while it runs; Ctrl+C (or SIGTERM)
    stops it. Every vote a phone was told is saved is in the file.

    Example:
      facilitator serve leopard-2024.zopp threat_ranking --host 192.168.4.10 --port 8765
    """
    from facilitator.live.server import LiveServer, network_addresses
    from facilitator.session.opening import open_to_write

    if not 0 <= args.port <= 65535:
        raise SessionError(f"{args.port} is not a port number (0–65535).")
    host = args.host or network_addresses()[0][1]
    received: list[object] = []
    stop = threading.Event()

    def on_signal(signum: int, frame: Any) -> None:
        stop.set()

    with open_to_write(args.session) as store:
        assert store.path is not None  # opened from a file
        try:
            server = LiveServer(
                store.path, args.vote, host=host, port=args.port, on_vote=received.append
            ).start()
        except OSError as error:
            raise SessionError(
                f"Cannot listen on {host}:{args.port}: {error.strerror or error}."
            ) from None
        previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            say(f"Live voting ({args.vote.replace('_', ' ')}) at {server.address}")
            say(f"Join code: {server.join_code}")
            say("Press Ctrl+C to stop.")
            while not stop.wait(0.5):
                pass
        finally:
            server.stop()
            for s, handler in previous.items():
                signal.signal(s, handler)
    say(f"Stopped; {len(received)} vote(s) received from phones.")
    return 0
