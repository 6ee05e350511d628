"""Check, before Qt starts, that the system libraries Qt 6's xcb platform needs exist.

Without them Qt prints "Could not load the Qt platform plugin 'xcb'" and aborts,
which tells a user nothing. This module imports no Qt, so it can run (and be
tested) before the QApplication is made; it names the missing Debian/Ubuntu
packages and the apt-get command that installs them.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass

# Shared object loaded by Qt 6's libqxcb.so (from `ldd`), and the Debian package
# that ships it. Names are those of Debian 12 / Ubuntu 22.04 and later.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libdbus-1.so.3": "libdbus-1-3",
}


@dataclass(frozen=True)
class MissingLibrary:
    soname: str
    package: str


def library_loads(soname: str) -> bool:
    """True when the dynamic loader finds ``soname`` (honours LD_LIBRARY_PATH)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def needs_xcb_check(platform: str = sys.platform, environ: Mapping[str, str] | None = None) -> bool:
    """Qt will use xcb: Linux, and QT_QPA_PLATFORM unset (outside Wayland) or xcb."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not env.get("WAYLAND_DISPLAY")


def missing_libraries(loads: Callable[[str], bool] | None = None) -> list[MissingLibrary]:
    loads = loads or library_loads
    return [MissingLibrary(so, pkg) for so, pkg in XCB_LIBRARIES.items() if not loads(so)]


def explain_missing(missing: list[MissingLibrary]) -> str:
    """The message printed instead of Qt's plugin error (English: Qt is not up yet)."""
    packages = sorted({m.package for m in missing})
    lines = [
        "Evidence Vault cannot open its window: Qt needs these system libraries, which are missing:",
    ]
    lines += [f"  {m.soname}  (Debian/Ubuntu package {m.package})" for m in missing]
    lines += [
        "Install them with:",
        f"  sudo apt-get install {' '.join(packages)}",
        "then run the program again. The command line (evidence-vault --help) works without them.",
    ]
    return "\n".join(lines)


def check_gui_libraries(
    platform: str = sys.platform,
    environ: Mapping[str, str] | None = None,
    loads: Callable[[str], bool] | None = None,
) -> str | None:
    """None when the window can start; otherwise the sentence to print."""
    if not needs_xcb_check(platform, environ):
        return None
    missing = missing_libraries(loads)
    if missing:
        return explain_missing(missing)
    env = os.environ if environ is None else environ
    if not env.get("DISPLAY"):
        return ("Evidence Vault cannot open its window: no display was found (DISPLAY is not set).\n"
                "Run it from a desktop session, or use the command line: evidence-vault --help")
    return None
