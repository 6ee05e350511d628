"""Argon2id key derivation for key slots (RFC 9106, via `cryptography`).

Parameters are stored in each slot. They are calibrated to about one second on
the machine that creates the vault, never below the floor (64 MiB, t=3), and
checked against a cap when read so that a crafted header cannot make us
allocate gigabytes or loop for hours.
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
CAP_MEMORY_KIB = 2 * 1024 * 1024
CAP_ITERATIONS = 64
CAP_LANES = 16
KEY_LENGTH = 32
SALT_LENGTH = 16


class KdfParamsRejected(ValueError):
    """Stored parameters are below the floor or above the cap."""


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int = 4

    @classmethod
    def floor(cls) -> KdfParams:
        return cls(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 4)

    def check(self) -> None:
        """Refuse parameters a crafted header could use to weaken or to stall us."""
        if not (FLOOR_MEMORY_KIB <= self.memory_kib <= CAP_MEMORY_KIB):
            raise KdfParamsRejected(f"memory {self.memory_kib} KiB out of range")
        if not (FLOOR_ITERATIONS <= self.iterations <= CAP_ITERATIONS):
            raise KdfParamsRejected(f"iterations {self.iterations} out of range")
        if not (1 <= self.lanes <= CAP_LANES):
            raise KdfParamsRejected(f"lanes {self.lanes} out of range")
        if self.memory_kib < 8 * self.lanes:
            raise KdfParamsRejected("memory too small for lanes")

    def to_dict(self) -> dict[str, int | str]:
        return {"name": "argon2id", "memory_kib": self.memory_kib,
                "iterations": self.iterations, "lanes": self.lanes}

    @classmethod
    def from_dict(cls, data: dict) -> KdfParams:
        if data.get("name") != "argon2id":
            raise KdfParamsRejected("unknown KDF")
        try:
            params = cls(int(data["memory_kib"]), int(data["iterations"]), int(data["lanes"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise KdfParamsRejected("malformed KDF parameters") from exc
        params.check()
        return params


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC-normalise so the same words typed on another keyboard give the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    params.check()
    kdf = Argon2id(salt=salt, length=KEY_LENGTH, iterations=params.iterations,
                   lanes=params.lanes, memory_cost=params.memory_kib)
    return kdf.derive(secret)


def calibrate(target_seconds: float = 1.0) -> KdfParams:
    """Grow memory, then iterations, from the floor until one derivation takes ~target."""
    params = KdfParams.floor()
    salt = b"\0" * SALT_LENGTH
    elapsed = _time_once(params, salt)
    while elapsed < target_seconds / 2 and params.memory_kib * 2 <= 1024 * 1024:
        params = KdfParams(params.memory_kib * 2, params.iterations, params.lanes)
        elapsed = _time_once(params, salt)
    if elapsed < target_seconds:
        scaled = int(params.iterations * target_seconds / max(elapsed, 1e-3))
        params = KdfParams(params.memory_kib, min(max(scaled, FLOOR_ITERATIONS), CAP_ITERATIONS),
                           params.lanes)
    return params


def _time_once(params: KdfParams, salt: bytes) -> float:
    start = time.perf_counter()
    derive_key(b"calibration", salt, params)
    return time.perf_counter() - start
