"""Flip bits in a vault's files and in bundles; classify what the program does.

Every flip must end in one of two ways:
* ``detected``: a typed error (a ``VaultError`` subclass, with its code), a failed
  integrity check, or a broken audit log;
* ``same``: the flipped bit carried no meaning (for instance the spare low bits of
  a base64 character) and everything read back is identical to the original.
Anything else is a finding: ``WRONG DATA`` (altered data shown as good) or a
crash (an exception that is not a VaultError propagates to the test and fails it).
"""

from __future__ import annotations

import functools
import hashlib
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from evidencevault.crypto import keyslots
from evidencevault.domain.errors import VaultError
from evidencevault.services.cases import CaseService
from evidencevault.services.evidence import EvidenceService
from evidencevault.services.vault import open_vault


@dataclass
class FlipReport:
    target: str
    outcomes: Counter = field(default_factory=Counter)
    wrong: list[str] = field(default_factory=list)

    @property
    def flips(self) -> int:
        return sum(self.outcomes.values())

    def line(self) -> str:
        parts = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items()))
        return f"tamper[{self.target}]: {self.flips} bit flips: {parts}"


def cache_kdf(monkeypatch) -> None:
    """Argon2id is deterministic: remember results so hundreds of opens stay fast.
    (A flipped salt or parameter still derives afresh.)"""
    real = keyslots.derive_key

    @functools.lru_cache(maxsize=64)
    def cached(secret: bytes, salt: bytes, params) -> bytes:
        return real(secret, salt, params)
    monkeypatch.setattr(keyslots, "derive_key", cached)


def flip_bits(data: bytes, rng: random.Random, count: int,
              region: tuple[int, int] | None = None) -> list[tuple[int, int, bytes]]:
    """``count`` distinct (byte offset, bit, flipped data) in ``region`` (default: all)."""
    start, end = region or (0, len(data))
    positions = rng.sample(range(start * 8, end * 8), min(count, (end - start) * 8))
    out = []
    for pos in positions:
        flipped = bytearray(data)
        flipped[pos // 8] ^= 1 << (pos % 8)
        out.append((pos // 8, pos % 8, bytes(flipped)))
    return out


def vault_digest(session) -> str:
    """Everything a user can see: cases, items (decrypted and hash-checked), the audit log."""
    h = hashlib.sha256()
    evidence = EvidenceService(session)
    for case in CaseService(session).list_cases():
        h.update(repr((case.ref, case.title, case.summary, case.tags, case.status)).encode())
        for item in evidence.list_items(case.ref):
            evidence.verify_item(item.id)
            h.update(repr((item.id, item.sha256, item.file_name)).encode())
    for entry in session.audit.entries():
        h.update(entry.hash)
    return h.hexdigest()


def probe_vault(folder: Path, passphrase: str, reference: str | None) -> str:
    """Open and read everything; 'detected:<how>' or 'same' or 'WRONG DATA'."""
    try:
        with open_vault(folder, passphrase=passphrase) as session:
            problems = session.integrity_check()
            if problems:
                return "detected:integrity_check"
            if not session.verify_audit().ok:
                return "detected:audit_verify"
            digest = vault_digest(session)
    except VaultError as exc:
        return f"detected:{exc.code}"
    return "same" if digest == reference else "WRONG DATA"


def run_flips(report: FlipReport, path: Path, flips: list[tuple[int, int, bytes]],
              probe: Callable[[], str], restore: Callable[[], None] | None = None) -> FlipReport:
    original = path.read_bytes()
    for offset, bit, data in flips:
        path.write_bytes(data)
        try:
            outcome = probe()
        finally:
            path.write_bytes(original)
            if restore is not None:
                restore()
        report.outcomes[outcome] += 1
        if outcome == "WRONG DATA":
            report.wrong.append(f"byte {offset} bit {bit}")
    return report
