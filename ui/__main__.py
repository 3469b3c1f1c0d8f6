"""Start ZOPP Facilitator, optionally with a session file open.

With --screenshots DIR it writes one picture per step page (NN-step_id.png,
1280x720 unless --size says otherwise, offscreen; the voting steps with a voter
chosen and with the results revealed, then the presenter view) instead of
opening the window, and exits. --zoom and --high-contrast picture the app as a
projector shows it.

Examples:
    python -m ui sample_sessions/persian-leopard-2022.zopp
    python -m ui --screenshots shots sample_sessions/persian-leopard-2022.zopp
    python -m ui --language fa sample_sessions/persian-leopard-2022.zopp
    python -m ui --screenshots shots --zoom 160 --high-contrast --size 1280x720 SESSION
    python -m ui --screenshots shots --zoom 200 --compare IR SESSION
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
    parser.add_argument(
        "--zoom", type=int, metavar="PERCENT", help="with --screenshots: the zoom (100–300)"
    )
    parser.add_argument(
        "--high-contrast", action="store_true", help="with --screenshots: the high-contrast theme"
    )
    parser.add_argument(
        "--size", type=_size, metavar="WxH", help="with --screenshots: the window size (1280x720)"
    )
    parser.add_argument(
        "--compare",
        metavar="CODE",
        help="with --screenshots: the voting results compared with this country (e.g. IR)",
    )
    return parser.parse_args(argv)


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1280x720") from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"'{text}' is not a screen size (320x240 to 8000x8000)")
    return width, height


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
        return screenshots(args.screenshots, args.session, args)

    from .i18n import chosen_language, install

    install(chosen_language(args.language))

    from .main_window import MainWindow

    window = MainWindow()
    if args.session:
        window.open_session(args.session)  # a bad file: its sentence in a dialog, the window opens
    window.show()
    return app.exec()


def screenshots(folder: str, session: str | None, args: argparse.Namespace | None = None) -> int:
    """Picture every step page, with private settings and a private copy of the session,
    so neither the user's preferences and recent files nor the session file change."""
    from PySide6.QtCore import QSettings

    from .main_window import MainWindow
    from .screenshots import SIZE, write_screenshots

    scratch = tempfile.mkdtemp(prefix="zopp-shots-")
    try:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        from .i18n import install

        install((args.language if args is not None else None) or "en")
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
        if args is not None and args.high_contrast:
            window.set_high_contrast(True)
        if args is not None and args.zoom:
            window.set_zoom(args.zoom / 100, remember=False)
        size = args.size if args is not None and args.size else SIZE
        compare = args.compare if args is not None else None
        if compare and compare.upper() not in _country_codes(window):
            print(f"{compare} is not a country of this session.", file=sys.stderr)
            window.close()
            return 1
        for path in write_screenshots(window, folder, size, compare=compare):
            print(path)
        window.close()
        return 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _country_codes(window) -> set[str]:
    from facilitator.plan import model

    store = window.controller.store
    return {c.code for c in model.countries(store)} if store is not None else set()


if __name__ == "__main__":
    sys.exit(main())
