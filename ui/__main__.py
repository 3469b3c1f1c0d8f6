"""Start ZOPP Facilitator, optionally with a session file open.

With --screenshots DIR it writes one picture per step page (NN-step_id.png,
1280x720, offscreen) instead of opening the window, and exits.

Examples:
    python -m ui sample_sessions/persian-leopard-2022.zopp
    python -m ui --screenshots shots sample_sessions/persian-leopard-2022.zopp
    python -m ui --language fa sample_sessions/persian-leopard-2022.zopp
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile

from facilitator.i18n import LANGUAGES

APP_NAME = "ZOPP Facilitator"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="zopp-facilitator",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("session", nargs="?", help="a .zopp session file to open")
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        help="write one PNG per step page into DIR (offscreen) and exit",
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        choices=sorted(LANGUAGES),
        help="the app's language: "
        + ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
        + " (default: the one chosen in Preferences, else the system's)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.screenshots:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    if args.screenshots:
        return screenshots(args.screenshots, args.session, args.language)

    from .i18n import chosen_language, install

    install(chosen_language(args.language))

    from .main_window import MainWindow

    window = MainWindow()
    if args.session:
        window.open_session(args.session)  # a bad file: its sentence in a dialog, the window opens
    window.show()
    return app.exec()


def screenshots(folder: str, session: str | None, language: str | None = None) -> int:
    """Picture every step page, with private settings and a private copy of the session,
    so neither the user's preferences and recent files nor the session file change."""
    from PySide6.QtCore import QSettings

    from .main_window import MainWindow
    from .screenshots import write_screenshots

    scratch = tempfile.mkdtemp(prefix="zopp-shots-")
    try:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        from .i18n import install

        install(language or "en")
        window = MainWindow()
        if session:
            copy = os.path.join(scratch, os.path.basename(session))
            try:
                shutil.copy(session, copy)
            except OSError:
                copy = session  # opening it will say what is wrong
            if not window.open_session(copy):
                print(window.last_dialog.text().replace(copy, session), file=sys.stderr)
                window.close()
                return 1
        for path in write_screenshots(window, folder):
            print(path)
        window.close()
        return 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
