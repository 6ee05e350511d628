"""`evidence-vault gui [--vault DIR]`: open the window (the only place Qt is imported)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evidencevault.cli.common import default_vault_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    gui = subparsers.add_parser("gui", help="open the window (the default when no command is given)")
    gui.add_argument("--vault", type=Path, metavar="DIR",
                     help="vault folder (default: the one in your user data folder)")
    gui.set_defaults(run=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    from evidencevault.ui.system_libraries import check_gui_libraries

    problem = check_gui_libraries()
    if problem:
        print(problem, file=sys.stderr)
        return 3
    from evidencevault.ui.app import run_gui as start_window

    return start_window(args.vault if args.vault is not None else default_vault_dir())
