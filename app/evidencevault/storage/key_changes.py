"""Key-file changes that a crash interrupted: settle them at the next unlock.

Changing the passphrase writes the key file (backup copy, then main copy) and
then records the change in the audit log. A crash can stop this at two
points, and the next unlock settles each:

* between the two copies: the backup holds the new slots, the main copy the
  old ones, so both passphrases would open the vault. Whichever one the user
  opens with wins, and both copies are rewritten with it, so the other stops
  working (a leaked old passphrase must not keep working after a change).
* after the key file, before the audit entry: the database keeps a
  fingerprint of each slot; a slot that no longer matches is recorded in the
  audit log then, marked as completed after an interruption.

A damaged or missing copy is not rewritten here (that is the backup's job and
its warning); only two readable copies that disagree are.
"""

from __future__ import annotations

import hashlib

from evidencevault.crypto.keyslots import canonical_json
from evidencevault.storage.header import BACKUP_NAME, HEADER_NAME, Header, write_header

ACTIONS = {"passphrase": "vault.passphrase_change", "recovery": "vault.recovery_code_replaced"}
_META = "slot_fingerprint:"


def fingerprints(header: Header) -> dict[str, str]:
    return {slot.kind: hashlib.sha256(canonical_json(slot.to_dict())).hexdigest()
            for slot in header.slots if slot.kind in ACTIONS}


def remember_slots(db, header: Header) -> None:
    """Store the slots' fingerprints (inside the caller's transaction)."""
    for kind, digest in fingerprints(header).items():
        db.execute("INSERT INTO vault_meta (key, value) VALUES (?, ?)"
                   " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                   (_META + kind, digest))


def record_key_change(vault, kind: str, details: dict | None = None) -> None:
    """After the key file was written: the audit entry and the new fingerprint, together."""
    with vault.db.transaction():
        remember_slots(vault.db, vault.header)
        vault.audit.append(ACTIONS[kind], "vault", vault.header.vault_id, details=details)


def settle_after_unlock(vault, headers: list[Header]) -> None:
    """Make two disagreeing copies agree on the opened one; log changes a crash left unlogged."""
    opened = vault.header
    if len(headers) > 1 and all((vault.folder / n).exists() for n in (HEADER_NAME, BACKUP_NAME)):
        if any(canonical_json(h.body()) != canonical_json(opened.body()) for h in headers):
            write_header(vault.folder, opened)
    rows = vault.db.query("SELECT key, value FROM vault_meta WHERE key LIKE ?", (_META + "%",))
    recorded = {r["key"][len(_META):]: r["value"] for r in rows}
    current = fingerprints(opened)
    changed = [k for k, v in current.items() if k in recorded and recorded[k] != v]
    if not changed and set(current) <= set(recorded):
        return
    with vault.db.transaction():
        remember_slots(vault.db, opened)
        for kind in changed:
            vault.audit.append(ACTIONS[kind], "vault", opened.vault_id,
                               details={"completed_after_interruption": True})
