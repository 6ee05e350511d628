"""Nothing readable at rest: markers, passphrase and keys never appear in the vault
folder, the temp folder, or the settings/data folders, even after sorts, temp tables,
VACUUM and WAL checkpoints."""

from __future__ import annotations

import os
from pathlib import Path

from evidencevault.services.cases import CaseService
from tests.conftest import PASSPHRASE

MARKERS = ["MARKERlatinZQX", "МАРКЕРкириллицаЖЩ", "Фармонов-Ёқғў-MARK"]


def _needles(session) -> dict[str, list[bytes]]:
    vault = session.vault
    keys = [vault.master_key, vault.subkey("sqlcipher"), vault.subkey("media-wrap"),
            session.db.query_one("SELECT secret FROM vault_key")["secret"]]
    needles: dict[str, list[bytes]] = {}
    for text in MARKERS + [PASSPHRASE]:
        needles[text] = [text.encode("utf-8"), text.encode("utf-16-le"),
                         text.lower().encode("utf-8")]
    for i, key in enumerate(keys):
        needles[f"key{i}"] = [key, key.hex().encode(), key.hex().upper().encode()]
    return needles


def scan(roots: list[Path], needles: dict[str, list[bytes]]) -> tuple[int, list[str]]:
    hits, files = [], 0
    for root in roots:
        for dirpath, _dirs, names in os.walk(root):
            for name in names:
                path = Path(dirpath) / name
                if not path.is_file():
                    continue
                files += 1
                data = path.read_bytes()
                hits += [f"{label} in {path}" for label, forms in needles.items()
                         if any(f in data for f in forms)]
    return files, hits


def test_no_plaintext_at_rest(session, tmp_vault_dir):
    cases = CaseService(session)
    for i in range(40):
        cases.add_case(f"{MARKERS[i % 3]} case {i}", summary=" ".join(MARKERS) * 20,
                       tags=[MARKERS[1]])
    db = session.db
    needles = _needles(session)
    db.query("SELECT title FROM case_file ORDER BY summary DESC, title")   # a sort
    db.executescript("CREATE TEMP TABLE scratch AS SELECT * FROM case_file;"
                     " SELECT * FROM scratch ORDER BY title; DROP TABLE scratch;")
    cases.update_case(cases.list_cases()[0].ref, summary="edited " + MARKERS[0])
    cases.delete_case(cases.list_cases()[1].ref)
    db.execute("VACUUM")
    db.checkpoint()
    # scan while open (WAL and shm present) and again after closing
    roots = [tmp_vault_dir, Path(os.environ["TMPDIR"]), Path(os.environ["XDG_CONFIG_HOME"]).parent]
    files_open, hits_open = scan(roots, needles)
    session.close()
    files_closed, hits_closed = scan(roots, needles)
    print(f"leak scan: {files_open} files while open, {files_closed} after closing")
    assert files_open >= 3 and hits_open == [] and hits_closed == []


def test_scan_finds_a_planted_marker(tmp_path):
    """The scanner itself works: a marker in a plain file is found."""
    (tmp_path / "plain.txt").write_text("before " + MARKERS[1] + " after", encoding="utf-8")
    files, hits = scan([tmp_path], {"m": [MARKERS[1].encode("utf-8")]})
    assert files == 1 and len(hits) == 1
