"""The pre-Qt check names the missing xcb libraries and the apt-get line that installs them."""

from __future__ import annotations

import sys

from evidencevault.ui import system_libraries as sl


def test_it_imports_no_qt():
    assert "PySide6" not in sl.__dict__
    source = open(sl.__file__, encoding="utf-8").read()
    assert "PySide6" not in source and "import Qt" not in source


def test_checks_only_when_qt_will_use_xcb():
    assert sl.needs_xcb_check("linux", {})
    assert sl.needs_xcb_check("linux", {"QT_QPA_PLATFORM": "xcb"})
    assert not sl.needs_xcb_check("linux", {"QT_QPA_PLATFORM": "offscreen"})
    assert not sl.needs_xcb_check("linux", {"QT_QPA_PLATFORM": "wayland"})
    assert not sl.needs_xcb_check("linux", {"WAYLAND_DISPLAY": "wayland-0"})
    assert not sl.needs_xcb_check("win32", {})
    assert not sl.needs_xcb_check("darwin", {})


def test_missing_libraries_are_named_with_their_packages():
    absent = {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0"}
    message = sl.check_gui_libraries("linux", {"DISPLAY": ":0"}, loads=lambda so: so not in absent)
    assert message is not None
    assert "libxcb-cursor.so.0" in message and "libxcb-cursor0" in message
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxkbcommon-x11-0" in message
    assert "libxcb-keysyms1" not in message  # present ones are not asked for


def test_nothing_to_say_when_all_present_or_not_xcb():
    assert sl.check_gui_libraries("linux", {"DISPLAY": ":0"}, loads=lambda so: True) is None
    assert sl.check_gui_libraries("linux", {"QT_QPA_PLATFORM": "offscreen"}, loads=lambda so: False) is None


def test_no_display_is_said_plainly():
    message = sl.check_gui_libraries("linux", {}, loads=lambda so: True)
    assert message is not None and "no display was found" in message


def test_the_real_loader_finds_libc_and_not_a_made_up_library():
    if not sys.platform.startswith("linux"):
        return
    assert sl.library_loads("libc.so.6")
    assert not sl.library_loads("libevidence-vault-does-not-exist.so.9")


def test_gui_command_prints_the_advice_instead_of_starting_qt(monkeypatch, capsys):
    from evidencevault.cli import main as cli_main

    monkeypatch.setattr(sl, "library_loads", lambda so: so != "libxcb-cursor.so.0")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    code = cli_main.main(["gui", "--vault", "/nonexistent/vault"])
    err = capsys.readouterr().err
    assert code == 3
    assert "sudo apt-get install libxcb-cursor0" in err
