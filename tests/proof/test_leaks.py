"""The leak scan at full size: the command-line session run as real subprocesses
(each command a fresh process, as a user would run it), with many cases, then
VACUUM and WAL checkpoints forced; zero hits anywhere, with the count of files
scanned printed."""

from __future__ import annotations

import pytest

from tests.proof.leak_session import Session

pytestmark = [pytest.mark.proof, pytest.mark.timeout(900)]


def test_cli_session_in_subprocesses_leaves_nothing_readable(tmp_path):
    session = Session(tmp_path)
    session.run(scale=12)
    from evidencevault.services.vault import open_vault
    with open_vault(session.vault, passphrase=session.new_passphrase) as opened:
        opened.db.query("SELECT title FROM case_file ORDER BY summary DESC, title")
        opened.db.execute("VACUUM")
        opened.db.checkpoint()
    result = session.scan()
    print(f"leak scan (CLI subprocess session): {result.files} files,"
          f" {result.bytes} bytes scanned, {len(result.hits)} hits")
    assert result.hits == []
    assert result.files >= 10
