"""Checks on an opened bundle beyond the format: the sender's audit entries and checkpoint."""

from __future__ import annotations

import json

from evidencevault.bundle.reader import OpenedBundle
from evidencevault.crypto import signing
from evidencevault.storage.audit import checkpoint_message, entry_hash

_ENTRY_FIELDS = {"seq", "at", "actor", "action", "target_type", "target_id", "case_id",
                 "details", "prev_hash", "hash"}


def audit_problems(opened: OpenedBundle) -> list[str]:
    """Sentences (no case data) for everything inconsistent; empty when all is well.

    Each entry's hash must recompute from its fields, entries must be in order
    and not after the signed checkpoint, the checkpoint must be signed by the
    bundle's signer, and every file must have an audit entry about its item;
    for an original, its intake entry must record the same SHA-256.
    """
    manifest = opened.manifest
    cp = manifest.checkpoint
    problems = []
    message = checkpoint_message(cp.seq, bytes.fromhex(cp.head_hash), cp.at)
    if not signing.verify(opened.signer_public_key, message, bytes.fromhex(cp.signature)):
        problems.append("the audit checkpoint's signature does not verify")
    entries = _entries(opened.audit_jsonl, problems)
    if len(entries) != manifest.audit_entries:
        problems.append("the number of audit entries differs from the manifest")
    last = 0
    hashes_by_target: dict[str, set[str]] = {}
    for entry in entries:
        if not _hash_ok(entry):
            problems.append(f"audit entry {entry['seq']} was altered")
        if entry["seq"] <= last:
            problems.append(f"audit entry {entry['seq']} is out of order")
        if entry["seq"] > cp.seq:
            problems.append(f"audit entry {entry['seq']} comes after the signed checkpoint")
        if entry["seq"] == cp.seq and entry["hash"] != cp.head_hash:
            problems.append("the last audit entry is not the one the checkpoint signed")
        last = entry["seq"]
        details = entry["details"] if isinstance(entry["details"], dict) else {}
        hashes_by_target.setdefault(entry["target_id"], set()).add(str(details.get("sha256", "")))
    for number, file in enumerate(manifest.files, start=1):
        recorded = hashes_by_target.get(file.item_id)
        if recorded is None:
            problems.append(f"file {number} has no audit entry")
        elif file.copy == "original" and file.acquisition_sha256 not in recorded:
            problems.append(f"file {number}'s intake hash differs from its audit entry")
    return problems


def _entries(raw: bytes, problems: list[str]) -> list[dict]:
    entries = []
    for number, line in enumerate(raw.splitlines(), start=1):
        try:
            entry = json.loads(line)
            if not isinstance(entry, dict) or set(entry) != _ENTRY_FIELDS:
                raise ValueError
            if not isinstance(entry["seq"], int) or not isinstance(entry["hash"], str):
                raise ValueError
            bytes.fromhex(entry["prev_hash"])
        except (ValueError, TypeError):
            problems.append(f"audit line {number} cannot be read")
            continue
        entries.append(entry)
    return entries


def _hash_ok(e: dict) -> bool:
    try:
        digest = entry_hash(e["seq"], e["at"], e["actor"], e["action"], e["target_type"],
                            e["target_id"], e["case_id"], e["details"], bytes.fromhex(e["prev_hash"]))
    except (TypeError, ValueError):
        return False
    return digest.hex() == e["hash"]
