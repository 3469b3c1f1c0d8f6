"""Start ZOPP Facilitator, optionally with a session file open.

With --screenshots DIR it writes one picture per step page (NN-step_id.png,
1280x720, offscreen) instead of opening the window, and exits.

Examples:
    python -m ui sample_sessions/persian-leopard-2022.zopp
    python -m ui --screenshots shots sample_sessions/persian-leopard-2022.zopp
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

APP_NAME = "ZOPP Facilitator"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="zopp-facilitator", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("session", nargs="?", help="a .zopp session file to open")
    parser.add_argument("--screenshots", metavar="DIR",
                        help="write one PNG per step page into DIR (offscreen) and exit")
    return parser.parse_args(argv)


def _private_copy(path: str) -> str:
    """A copy of ``path`` in a temporary folder (the original when it cannot be copied)."""
    import shutil
    import tempfile

    try:
        target = os.path.join(tempfile.mkdtemp(prefix="zopp-shots-"), os.path.basename(path))
        shutil.copy(path, target)
        return target
    except OSError:
        return path


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.screenshots:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    window = MainWindow()
    session = args.session
    if session and args.screenshots:
        session = _private_copy(session)  # pictures never touch the file or leave backups beside it
    if session and not window.open_session(session) and args.screenshots:
        print(window.last_dialog.text().replace(session, args.session), file=sys.stderr)
        return 1
    if args.screenshots:
        from .screenshots import write_screenshots

        for path in write_screenshots(window, args.screenshots):
            print(path)
        window.close()
        if session and session != args.session:
            import shutil

            shutil.rmtree(os.path.dirname(session), ignore_errors=True)
        return 0
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
