"""Bundles: export to a lawyer, verify anywhere, import and review.

``BundleService(session)`` is what the window and the CLI call. Export and
import take ``progress(done, total)`` and ``cancel()`` callbacks and may run on
a background thread (the session's database is serialised by its own lock).
``verify_bundle`` also works without a vault, with an age identity file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from evidencevault.bundle import agefile
from evidencevault.bundle.reader import open_bundle
from evidencevault.services.bundle_checks import audit_problems
from evidencevault.services.bundle_export import ExportOptions, ExportResult, Exporter, LeftOut
from evidencevault.services.bundle_import import ImportResult, Importer
from evidencevault.services.contacts import ContactService
from evidencevault.services.vault import VaultSession
from evidencevault.storage.bundles import Contact

__all__ = ["BundleService", "ExportOptions", "ExportResult", "ImportResult", "LeftOut",
           "VerifyReport", "verify_bundle"]


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    signer_fingerprint: str
    signer_name: str | None        # the contact with this fingerprint, if any
    signer_verified: bool          # that contact was verified in person
    made_at: str
    item_count: int
    hashes_checked: int
    total_bytes: int
    audit_entries: int
    audit_consistent: bool
    checkpoint_seq: int
    left_out: int
    problems: tuple[str, ...]
    cases: tuple[str, ...] = ()    # "REF — title" of the sender's cases the bundle draws on
    persons: int = 0               # records carried beside the files
    testimonies: int = 0
    working_copies: int = 0        # files the sender sent as copies (redacted, location removed)


def verify_bundle(path: Path, *, identity_text: str | None = None, passphrase: str | None = None,
                  find_contact: Callable[[str], Contact | None] | None = None) -> VerifyReport:
    """Decrypt and check everything; typed errors for what cannot be opened or is altered.

    Hashes are checked as the bundle streams by; nothing is written anywhere.
    """
    identities = agefile.parse_identities(identity_text) if identity_text else None
    opened = open_bundle(Path(path), identities=identities, passphrase=passphrase)
    problems = tuple(audit_problems(opened))
    manifest = opened.manifest
    contact = find_contact(manifest.fingerprint) if find_contact else None
    return VerifyReport(
        ok=not problems, signer_fingerprint=manifest.fingerprint,
        signer_name=contact.name if contact else None,
        signer_verified=bool(contact and contact.verified), made_at=manifest.created_at,
        item_count=len(manifest.files), hashes_checked=sum(f.sha256_ok for f in opened.files),
        total_bytes=manifest.total_size(), audit_entries=manifest.audit_entries,
        audit_consistent=not problems, checkpoint_seq=manifest.checkpoint.seq,
        left_out=len(manifest.left_out), problems=problems,
        cases=tuple(_case_line(c) for c in manifest.cases if isinstance(c, dict)),
        persons=_count(manifest.records.get("persons")),
        testimonies=_count(manifest.records.get("testimonies")),
        working_copies=sum(1 for f in manifest.files if f.copy == "working"))


def _case_line(case: dict) -> str:
    ref, title = case.get("ref"), case.get("title")
    ref = ref if isinstance(ref, str) else "?"
    return f"{ref} — {title}" if isinstance(title, str) and title else ref


def _count(value: object) -> int:
    return len(value) if isinstance(value, list) else 0


class BundleService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session
        self._contacts = ContactService(session)

    def export(self, out: str | Path, *, case_refs: list[str] | tuple[str, ...] = (),
               item_ids: list[str] | tuple[str, ...] = (), recipients: list[str] | tuple[str, ...] = (),
               passphrase: str | None = None, options: ExportOptions = ExportOptions(),
               progress: Callable[[int, int], None] | None = None,
               cancel: Callable[[], bool] | None = None) -> ExportResult:
        """Write a bundle of the chosen cases/items to ``out``, for the recipients or a passphrase."""
        recipients = tuple(str(agefile.parse_recipient(r)) for r in recipients)
        return Exporter(self._session).export(
            Path(out), case_refs=tuple(case_refs), item_ids=tuple(item_ids), recipients=recipients,
            passphrase=passphrase, options=options, progress=progress, cancel=cancel)

    def verify(self, path: str | Path, *, identity_text: str | None = None,
               passphrase: str | None = None) -> VerifyReport:
        """Verify with the given identity, or this vault's own age identity."""
        if identity_text is None and passphrase is None:
            identity_text = self._contacts.age_identity_secret()
        return verify_bundle(Path(path), identity_text=identity_text, passphrase=passphrase,
                             find_contact=self._contacts.by_fingerprint)

    def import_bundle(self, path: str | Path, *, identity_text: str | None = None,
                      passphrase: str | None = None) -> ImportResult:
        """Verify, then add everything in one transaction; a second import changes nothing."""
        identities = None
        if passphrase is None:
            identities = agefile.parse_identities(identity_text or self._contacts.age_identity_secret())
        return Importer(self._session).import_bundle(Path(path), identities=identities,
                                                     passphrase=passphrase)
