"""The four tampering targets (vault database, media file, key file, bundle), shared by
the quick run in tests/integration and the long one in tests/proof."""

from __future__ import annotations

import io
import os
import random
from pathlib import Path

from PIL import Image

from evidencevault.domain.errors import VaultError
from evidencevault.services.bundles import BundleService
from evidencevault.services.cases import CaseService
from evidencevault.services.contacts import ContactService
from evidencevault.services.evidence import EvidenceService
from evidencevault.services.vault import create_vault, open_vault
from evidencevault.storage.header import Header
from tests.conftest import PASSPHRASE
from tests.proof.tamper import FlipReport, flip_bits, probe_vault, run_flips, vault_digest


def build_vault(root: Path, kdf) -> tuple[Path, str]:
    """A vault with cases, three originals (one a JPEG) and their audit trail; closed."""
    folder = root / "vault"
    src = root / "src"
    src.mkdir()
    image = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(image, "JPEG")
    (src / "фото.jpg").write_bytes(image.getvalue())
    (src / "notes.bin").write_bytes(os.urandom(40_000))
    (src / "tiny.txt").write_text("Задержание у метро, 14:05", encoding="utf-8")
    with create_vault(folder, PASSPHRASE, kdf=kdf).session as session:
        cases = CaseService(session)
        cases.add_case("Задержание Фармонова", ref="T-1", summary="Свидетель видел " * 30)
        cases.add_case("Second case", ref="T-2", tags=["torture"])
        EvidenceService(session).add_files("T-1", sorted(src.iterdir()))
        for n in range(20):
            cases.update_case("T-2", summary=f"edit {n} " * 50)
        reference = vault_digest(session)
    return folder, reference


def database_flips(folder: Path, reference: str, n: int, seed: int) -> FlipReport:
    path = folder / "vault.db"
    flips = flip_bits(path.read_bytes(), random.Random(seed), n)
    return run_flips(FlipReport("vault database"), path, flips,
                     lambda: probe_vault(folder, PASSPHRASE, reference))


def media_flips(folder: Path, reference: str, n: int, seed: int) -> FlipReport:
    """Flip bits in the largest encrypted original; every read path must refuse it."""
    path = max((folder / "media").iterdir(), key=lambda p: p.stat().st_size)
    flips = flip_bits(path.read_bytes(), random.Random(seed), n)
    report = FlipReport("media file")
    with open_vault(folder, passphrase=PASSPHRASE) as session:
        evidence = EvidenceService(session)
        item = next(i for i in evidence.list_items("T-1") if i.blob_id == path.name)
        out = folder.parent / "exported.bin"

        def probe() -> str:
            outcomes = set()
            for read in (lambda: evidence.verify_item(item.id),
                         lambda: evidence.read_original(item.id),
                         lambda: evidence.export_original(item.id, out)):
                try:
                    read()
                    outcomes.add("WRONG DATA")
                except VaultError as exc:
                    outcomes.add(f"detected:{exc.code}")
            if out.exists():
                return "WRONG DATA"        # an unverified copy was left behind
            return "WRONG DATA" if "WRONG DATA" in outcomes else "/".join(sorted(outcomes))
        return run_flips(report, path, flips, probe)


def header_flips(folder: Path, reference: str, n: int, seed: int) -> FlipReport:
    """The same bit flipped in both copies of the key file (one copy alone is the backup's job)."""
    main, backup = folder / "vault.header", folder / "vault.header.bak"
    original = main.read_bytes()
    flips = flip_bits(original, random.Random(seed), n)
    canonical = Header.from_bytes(original).to_bytes()

    def probe() -> str:
        backup.write_bytes(main.read_bytes())
        outcome = probe_vault(folder, PASSPHRASE, reference)
        if outcome == "same":
            try:
                still = Header.from_bytes(main.read_bytes()).to_bytes() == canonical
            except VaultError:
                still = False
            return "same" if still else "WRONG DATA"
        return outcome
    return run_flips(FlipReport("key file"), main, flips, probe,
                     restore=lambda: backup.write_bytes(original))


def make_bundle(folder: Path, root: Path, kdf) -> tuple[Path, str, Path]:
    """A bundle of case T-1 encrypted to the vault's own age key; returns it, that
    identity (to decrypt it with) and a fresh, empty vault to import it into."""
    with open_vault(folder, passphrase=PASSPHRASE) as session:
        contacts = ContactService(session)
        recipient, identity = contacts.identity().recipient, contacts.age_identity_secret()
        bundle = root / "to-a-lawyer.age"
        BundleService(session).export(bundle, case_refs=["T-1"], recipients=[recipient])
    receiver = root / "receiver"
    create_vault(receiver, PASSPHRASE, kdf=kdf).session.close()
    return bundle, identity, receiver


def bundle_flips(bundle: Path, identity: str, n: int, seed: int) -> FlipReport:
    """Verify and import each flipped bundle (into the vault that made it, with its own
    identity): always refused, nothing imported."""
    from evidencevault.services.bundles import verify_bundle
    flips = flip_bits(bundle.read_bytes(), random.Random(seed), n)

    def probe() -> str:
        try:
            report = verify_bundle(bundle, identity_text=identity)
        except VaultError as exc:
            return f"detected:{exc.code}"
        return "detected:verify_report" if not report.ok else "WRONG DATA"
    return run_flips(FlipReport("bundle"), bundle, flips, probe)


def bundle_import_flips(bundle: Path, receiver: Path, identity: str, n: int, seed: int) -> FlipReport:
    flips = flip_bits(bundle.read_bytes(), random.Random(seed), n)
    report = FlipReport("bundle import")
    with open_vault(receiver, passphrase=PASSPHRASE) as session:
        service = BundleService(session)

        def probe() -> str:
            try:
                service.import_bundle(bundle, identity_text=identity)
                return "WRONG DATA"
            except VaultError as exc:
                rows = session.db.query("SELECT count(*) AS n FROM evidence_item")[0]["n"]
                staged = [p for p in (receiver / "media").iterdir()]
                return f"detected:{exc.code}" if rows == 0 and not staged else "WRONG DATA"
        return run_flips(report, bundle, flips, probe)


def assert_all_detected(report: FlipReport, allow_same: bool = False) -> None:
    print(report.line())
    assert report.wrong == [], report.wrong[:10]
    bad = {k for k in report.outcomes if not (k.startswith("detected") or (allow_same and k == "same"))}
    assert not bad, report.line()
    assert report.flips > 0
