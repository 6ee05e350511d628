"""SIGKILL during intake, at random moments: afterwards the vault opens, every committed
item decrypts to its hash, and nothing half-written is visible."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from evidencevault.services.cases import CaseService
from evidencevault.services.evidence import EvidenceService
from evidencevault.services.vault import open_vault
from tests.conftest import PASSPHRASE

RUNS = int(os.environ.get("EV_CRASH_RUNS", "20"))

CHILD = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from evidencevault.services.vault import open_vault
    from evidencevault.services.evidence import EvidenceService
    vault, inbox, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    session = open_vault(vault, passphrase=sys.argv[4])
    service = EvidenceService(session)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        fresh = inbox / f"run{seed}-{n}.bin"
        fresh.write_bytes(os.urandom((n * 977_123 + seed * 7919) % (6 * 1024 * 1024) + 1))
        service.add_files("C-1", [fresh, inbox / "same.bin"])
        items = service.list_items("C-1")
        service.make_location_stripped_copy(items[0].id) if n % 3 == 0 and items[0].file_name == "gps.jpg" else None
""")


def _check_vault(vault: Path) -> int:
    session = open_vault(vault, passphrase=PASSPHRASE)
    try:
        media = session.vault.media_dir
        names = set(os.listdir(media))
        assert not [n for n in names if n.endswith(".part")], names
        blob_ids = {r["id"] for r in session.db.query("SELECT id FROM media_blob")}
        assert names == blob_ids, (names ^ blob_ids)
        service = EvidenceService(session)
        items = service.list_items("C-1")
        for item in items:
            service.verify_item(item.id)  # decrypts everything and checks SHA-256
        logged = {e.target_id for e in session.audit.entries()
                  if e.action in ("evidence.add", "evidence.derive")}
        assert {i.id for i in items} == logged
        assert session.integrity_check() == []
        assert session.verify_audit().ok
        return len(items)
    finally:
        session.close()


@pytest.mark.timeout(180)
def test_sigkill_during_intake_leaves_a_consistent_vault(created, tmp_vault_dir, tmp_path):
    from tests.integration.test_evidence import make_jpeg

    session = created.session
    CaseService(session).add_case("Crash", ref="C-1")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "same.bin").write_bytes(os.urandom(2 * 1024 * 1024))
    make_jpeg(inbox / "gps.jpg")
    EvidenceService(session).add_files("C-1", [inbox / "gps.jpg"])
    session.close()

    seed = int(os.environ.get("EV_CRASH_SEED", str(int(time.time()))))
    rng = random.Random(seed)
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    counts = []
    for run in range(RUNS):
        child = subprocess.Popen([sys.executable, str(script), str(tmp_vault_dir), str(inbox), str(run),
                                  PASSPHRASE], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert child.stdout.readline().strip() == b"ready", child.stderr.read().decode()[-2000:]
        time.sleep(rng.uniform(0.0, 0.8))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        child.stderr.close()
        try:
            counts.append(_check_vault(tmp_vault_dir))
        except AssertionError as exc:
            raise AssertionError(f"run {run} with EV_CRASH_SEED={seed}: {exc}") from exc
    assert counts == sorted(counts) and counts[-1] > 1  # items only ever accumulate; some were added
    session = open_vault(tmp_vault_dir, passphrase=PASSPHRASE)
    try:
        sweeps = [e for e in session.audit.entries() if e.action == "media.sweep"]
    finally:
        session.close()
    assert sweeps, "no kill landed while a blob was being written; recovery was not exercised"
    print(f"\n{RUNS} kills (seed {seed}): items {counts}; sweeps after {len(sweeps)} of them")
