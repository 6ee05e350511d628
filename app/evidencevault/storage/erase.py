"""Crypto-erase: destroy the key slots so the vault can never be opened again.

Overwriting a whole vault does not work on SSDs (wear levelling keeps old
copies) and takes long; destroying the few hundred bytes that wrap the master
key takes milliseconds and makes the database and every media file useless
ciphertext. Each copy of the key file (and any half-written ``.tmp``) is
overwritten with random bytes, flushed to disk, then removed; a small marker
says the vault was erased, so opening it later explains what happened instead
of claiming there is no vault.

On flash storage the overwritten blocks may survive in the drive's spare area:
this is why the master key is also useless without the passphrase, and why
erase is a second line of defence, not the first.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from evidencevault.storage.atomic import fsync_dir, write_atomic

ERASED_NAME = "vault.erased"
_KEY_FILES = ("vault.header", "vault.header.bak", "vault.header.tmp", "vault.header.bak.tmp")


def erase_keys(folder: Path) -> int:
    """Overwrite, fsync and remove every copy of the key file; returns how many were destroyed."""
    folder = Path(folder)
    destroyed = 0
    for name in _KEY_FILES:
        path = folder / name
        try:
            _overwrite(path)
        except FileNotFoundError:
            continue
        destroyed += 1
    write_atomic(folder / ERASED_NAME, json.dumps(
        {"format": "evidence-vault/erased", "key_files_destroyed": destroyed}).encode() + b"\n")
    for name in _KEY_FILES:
        (folder / name).unlink(missing_ok=True)
    fsync_dir(folder)
    return destroyed


def _overwrite(path: Path) -> None:
    with open(path, "r+b") as fh:
        size = os.fstat(fh.fileno()).st_size
        fh.write(os.urandom(max(size, 1)))
        fh.flush()
        os.fsync(fh.fileno())


def was_erased(folder: Path) -> bool:
    return (Path(folder) / ERASED_NAME).exists()
