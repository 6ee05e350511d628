"""A full disk: intake, database writes and exports into a small file system that
fills up give DiskFull, leave no partial item or file, and the vault still opens.

The small file system is a tmpfs mounted for the test (we run as root locally and
in CI); where mounting is not permitted the tests skip and say so.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from evidencevault.domain.errors import DiskFull
from evidencevault.services.cases import CaseService
from evidencevault.services.evidence import EvidenceService
from evidencevault.services.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE

MIB = 1024 * 1024


@pytest.fixture
def small_fs(tmp_path):
    """mount(size_mib) -> a folder on a fresh tmpfs of that size; unmounted afterwards."""
    mounted: list[Path] = []

    def mount(size_mib: float) -> Path:
        point = tmp_path / f"small{len(mounted)}"
        point.mkdir()
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={int(size_mib * 1024)}k",
                                 "tmpfs", str(point)], capture_output=True, text=True)
        if result.returncode != 0:
            pytest.skip("cannot mount a small tmpfs here (needs root or CAP_SYS_ADMIN): "
                        + (result.stderr.strip() or f"exit {result.returncode}"))
        mounted.append(point)
        return point
    yield mount
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def _source(tmp_path: Path, name: str, size: int) -> Path:
    path = tmp_path / name
    path.write_bytes(os.urandom(size))
    return path


def _check_whole(folder: Path, expect_items: int) -> None:
    with open_vault(folder, passphrase=PASSPHRASE) as session:
        assert session.integrity_check() == []
        assert session.verify_audit().ok
        service = EvidenceService(session)
        items = service.list_items("FULL")
        assert len(items) == expect_items
        for item in items:
            service.verify_item(item.id)
        media = {p.name for p in (folder / "media").iterdir()}
        assert not [n for n in media if n.endswith(".part")]
        assert media == {r["id"] for r in session.db.query("SELECT id FROM media_blob")}


@pytest.fixture
def vault_on_small_fs(small_fs, fast_kdf):
    def make(size_mib: float) -> Path:
        folder = small_fs(size_mib) / "vault"
        with create_vault(folder, PASSPHRASE, kdf=fast_kdf).session as session:
            CaseService(session).add_case("Full disk", ref="FULL")
        return folder
    return make


def test_intake_of_a_file_larger_than_the_free_space(vault_on_small_fs, tmp_path):
    folder = vault_on_small_fs(4)
    big = _source(tmp_path, "big.bin", 6 * MIB)
    with open_vault(folder, passphrase=PASSPHRASE) as session:
        with pytest.raises(DiskFull) as info:
            EvidenceService(session).add_files("FULL", [big])
        assert "disk is full" in info.value.message
        assert EvidenceService(session).list_items("FULL") == []
    _check_whole(folder, 0)


def test_filling_up_keeps_everything_added_before(vault_on_small_fs, tmp_path):
    folder = vault_on_small_fs(5)
    added = 0
    with open_vault(folder, passphrase=PASSPHRASE) as session:
        service = EvidenceService(session)
        with pytest.raises(DiskFull):
            for n in range(40):
                service.add_files("FULL", [_source(tmp_path, f"f{n}.bin", 300_000 + n)])
                added += 1
    assert added >= 3
    _check_whole(folder, added)


def test_database_writes_on_a_full_disk(vault_on_small_fs, tmp_path):
    folder = vault_on_small_fs(3)
    with open_vault(folder, passphrase=PASSPHRASE) as session:
        cases = CaseService(session)
        with pytest.raises(DiskFull):
            for n in range(400):
                cases.add_case(f"case {n}", ref=f"D-{n}", summary=os.urandom(40_000).hex())
        made = cases.count_cases()
    with open_vault(folder, passphrase=PASSPHRASE) as session:
        assert session.integrity_check() == [] and session.verify_audit().ok
        assert CaseService(session).count_cases() == made


def test_export_of_an_original_onto_a_full_stick(session, small_fs, tmp_path):
    CaseService(session).add_case("Full disk", ref="FULL")
    service = EvidenceService(session)
    item = service.add_files("FULL", [_source(tmp_path, "big.bin", 3 * MIB)])[0]
    stick = small_fs(1)
    with pytest.raises(DiskFull):
        service.export_original(item.id, stick / "copy.bin")
    assert list(stick.iterdir()) == []
    assert session.verify_audit().ok


def test_bundle_export_onto_a_full_stick(session, small_fs, tmp_path):
    from evidencevault.services.bundles import BundleService
    from evidencevault.services.contacts import ContactService
    CaseService(session).add_case("Full disk", ref="FULL")
    EvidenceService(session).add_files("FULL", [_source(tmp_path, "big.bin", 3 * MIB)])
    stick = small_fs(1)
    recipient = ContactService(session).identity().recipient
    with pytest.raises(DiskFull) as info:
        BundleService(session).export(stick / "to-lawyer.age", case_refs=["FULL"],
                                      recipients=[recipient])
    assert "disk is full" in info.value.message
    assert list(stick.iterdir()) == []
    assert session.verify_audit().ok


def test_bundle_import_into_a_full_vault_imports_nothing(session, vault_on_small_fs, tmp_path):
    from evidencevault.services.bundles import BundleService
    from evidencevault.services.contacts import ContactService
    folder = vault_on_small_fs(4)
    with open_vault(folder, passphrase=PASSPHRASE) as receiver:
        recipient = ContactService(receiver).identity().recipient
    CaseService(session).add_case("Sent", ref="SENT")
    EvidenceService(session).add_files("SENT", [_source(tmp_path, f"s{n}.bin", 1_500_000)
                                                for n in range(4)])
    bundle = tmp_path / "in.age"
    BundleService(session).export(bundle, case_refs=["SENT"], recipients=[recipient])
    with open_vault(folder, passphrase=PASSPHRASE) as receiver:
        with pytest.raises(DiskFull):
            BundleService(receiver).import_bundle(bundle)
        assert receiver.db.query("SELECT count(*) AS n FROM bundle_import")[0]["n"] == 0
        assert receiver.db.query("SELECT count(*) AS n FROM evidence_item")[0]["n"] == 0
    _check_whole(folder, 0)
