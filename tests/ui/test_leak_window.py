"""The window, offscreen, over a vault full of markers: open the case, its evidence
(thumbnails, the viewer), search in Latin and Cyrillic, change nothing, lock. Then
nothing readable in the vault folder, HOME, the Qt settings folder or the system temp
folders: zero hits for markers, image bytes, the passphrase and every key."""

from __future__ import annotations

import os
from pathlib import Path

from evidencevault.services.cases import CaseService
from evidencevault.services.evidence import EvidenceService
from evidencevault.services.testimonies import TestimonyService
from evidencevault.services.vault import create_vault
from evidencevault.ui.main_window import MainWindow
from tests.proof.leaks import SYSTEM_TEMP, Markers, Needles, image_needles, now, scan, vault_keys


def _fill(session, markers: Markers, inputs: Path) -> None:
    case = CaseService(session).add_case(f"{markers.cyrillic} {markers.latin}", ref="W-1",
                                         summary=f"{markers.uzbek} " * 20, tags=[markers.latin])
    (inputs / "фото.jpg").write_bytes(markers.image())
    (inputs / "note.txt").write_text(f"{markers.cyrillic}\n" * 100, encoding="utf-8")
    EvidenceService(session).add_files("W-1", [inputs / "фото.jpg", inputs / "note.txt"])
    TestimonyService(session).add_testimony(case.ref, f"{markers.cyrillic} — {markers.latin}. " * 30)


def test_window_session_leaves_nothing_readable(qtbot, tmp_path, fast_kdf, isolated_settings):
    markers, started = Markers(), now()
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    passphrase = f"window leak {markers.token} пароль"
    session = create_vault(tmp_path / "vault", passphrase, kdf=fast_kdf).session
    _fill(session, markers, inputs)
    needles = Needles()
    for label, text in (("latin", markers.latin), ("cyrillic", markers.cyrillic),
                        ("uzbek", markers.uzbek), ("passphrase", passphrase)):
        needles.add_text(label, text)
    needles.add_bytes("image bytes", image_needles(markers.image()))
    for label, key in vault_keys(session).items():
        needles.add_key(label, key)

    window = MainWindow(session, kdf=fast_kdf)
    qtbot.addWidget(window)
    window.show()
    case_id = CaseService(session).get_case("W-1").id
    window.workspace.open_case(case_id, "evidence")
    qtbot.wait(500)                                   # thumbnails load in the background
    found = []
    for query in (markers.cyrillic[:10], markers.latin, markers.uzbek):
        window.search_edit.setText(query)
        window.search()
        qtbot.wait(200)
        found.append(window.workspace.search_panel.table.model().rowCount())
    assert all(found), found                       # the searches really ran and found the case
    window.lock_action.trigger()
    assert not session.is_open
    window.close()

    home = Path(os.environ["HOME"])
    result = scan([tmp_path / "vault", home, isolated_settings], needles, exclude=[inputs])
    result = scan(SYSTEM_TEMP, needles, newer_than=started,
                  exclude=[inputs, tmp_path / "vault", home, isolated_settings], result=result)
    print(f"leak scan (window session): {result.files} files, {result.bytes} bytes, "
          f"{len(result.hits)} hits")
    assert result.hits == []
    assert result.files >= 5
