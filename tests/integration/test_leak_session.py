"""The scripted command-line session leaves nothing readable at rest: zero hits for
markers (Latin, Cyrillic, image bytes), passphrases, recovery codes and keys."""

from __future__ import annotations

from tests.proof.leak_session import Session
from tests.proof.leaks import Needles, scan
from tests.proof.tamper import cache_kdf


def test_cli_session_leaves_nothing_readable(tmp_path, monkeypatch):
    cache_kdf(monkeypatch)          # Argon2 results remembered in memory: disk contents unchanged
    session = Session(tmp_path, in_process=True)   # the subprocess variant runs in make proof
    session.run()
    result = session.scan()
    print(f"leak scan (CLI session): {result.files} files, {result.bytes} bytes scanned,"
          f" {len(result.hits)} hits")
    assert result.hits == []
    assert result.files >= 10


def test_the_scan_would_see_a_leak(tmp_path):
    """Planted plaintext in the vault folder and the temp folder is found."""
    session = Session(tmp_path)
    (session.vault).mkdir()
    (session.vault / "plain.txt").write_text("x " + session.markers.cyrillic, encoding="utf-8")
    needles = Needles()
    needles.add_text("cyrillic", session.markers.cyrillic)
    needles.add_bytes("image bytes", [session.markers.image()[-200:-150]])
    (tmp_path / "stray.jpg").write_bytes(session.markers.image())
    result = scan([session.vault, tmp_path], needles, exclude=[session.inputs])
    assert len([h for h in result.hits if "cyrillic" in h]) >= 1
    assert any("image bytes" in h for h in result.hits)
