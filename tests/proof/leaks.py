"""Marker text, marker image bytes, the passphrase and every key: what a leak scan looks for.

Markers carry a random token per run, so scanning the shared system temp folders
cannot match another test's files. A needle is searched in several encodings
(UTF-8, UTF-16-LE, lower case, hex for keys).
"""

from __future__ import annotations

import io
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

SYSTEM_TEMP = [Path("/tmp"), Path("/var/tmp"), Path("/dev/shm")]
# Not ours: the sandbox that runs these commands keeps its own stdout logs here.
FOREIGN = ("bash_jobs.",)
MAX_SCAN_BYTES = 256 * 1024 * 1024


@dataclass
class Markers:
    token: str = field(default_factory=lambda: secrets.token_hex(5))

    @property
    def latin(self) -> str:
        return f"MARKERlatin{self.token}QX"

    @property
    def cyrillic(self) -> str:
        return f"МАРКЕРкириллица{self.token}ЖЩ"

    @property
    def uzbek(self) -> str:
        return f"Фармонов-Ёқғў-{self.token}"

    def texts(self) -> list[str]:
        return [self.latin, self.cyrillic, self.uzbek]

    def image(self) -> bytes:
        """A JPEG whose pixels, EXIF description and comment all carry the markers."""
        rng = __import__("random").Random(self.token)
        img = Image.new("RGB", (160, 120))
        img.putdata([(rng.randrange(256), rng.randrange(256), rng.randrange(256))
                     for _ in range(160 * 120)])
        exif = Image.Exif()
        exif[0x010E] = self.latin                     # ImageDescription
        out = io.BytesIO()
        img.save(out, "JPEG", quality=95, exif=exif, comment=self.cyrillic.encode())
        return out.getvalue()


def image_needles(data: bytes) -> list[bytes]:
    """Three 32-byte slices from the compressed picture data (after the headers)."""
    start = data.find(b"\xff\xda")
    body = data[start + 20:-2] if start > 0 else data
    return [body[i:i + 32] for i in (0, len(body) // 2, len(body) - 40)]


def text_forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.lower().encode("utf-8"),
            text.upper().encode("utf-8")]


def key_forms(key: bytes) -> list[bytes]:
    return [key, key.hex().encode(), key.hex().upper().encode()]


def vault_keys(session) -> dict[str, bytes]:
    """Every key of an open vault: master, subkeys, signing key, age identity, file keys."""
    from evidencevault.services.evidence import media_store
    vault = session.vault
    keys = {"master": vault.master_key, "sqlcipher": vault.subkey("sqlcipher"),
            "media-wrap": vault.subkey("media-wrap"), "header-mac": vault.subkey("header-mac")}
    for row in session.db.query("SELECT purpose, secret FROM vault_key"):
        secret = row["secret"]
        keys[f"vault_key:{row['purpose']}"] = secret if isinstance(secret, bytes) else secret.encode()
    store = media_store(session)
    for row in session.db.query("SELECT id, wrapped_key FROM media_blob"):
        keys[f"file:{row['id'][:8]}"] = store.unwrap_key(row["id"], row["wrapped_key"])
    return keys


@dataclass
class Needles:
    forms: dict[str, list[bytes]] = field(default_factory=dict)

    def add_text(self, label: str, text: str) -> None:
        self.forms[label] = text_forms(text)

    def add_key(self, label: str, key: bytes) -> None:
        self.forms[label] = key_forms(key) if len(key) <= 64 else [key]

    def add_bytes(self, label: str, pieces: list[bytes]) -> None:
        self.forms[label] = pieces


@dataclass
class ScanResult:
    files: int = 0
    bytes: int = 0
    hits: list[str] = field(default_factory=list)


def scan(roots: list[Path], needles: Needles, *, newer_than: float | None = None,
         exclude: list[Path] = (), result: ScanResult | None = None) -> ScanResult:
    """Read every regular file under ``roots`` (optionally only those changed since
    ``newer_than``) and report each needle found."""
    result = result or ScanResult()
    excluded = [p.resolve() for p in exclude]
    for root in roots:
        if not root.exists():
            continue
        for dirpath, dirs, names in os.walk(root):
            here = Path(dirpath).resolve()
            if any(here == e or e in here.parents for e in excluded) or \
                    any(part.startswith(FOREIGN) for part in here.parts):
                dirs[:] = []
                continue
            for name in names:
                _scan_file(here / name, needles, newer_than, result)
    return result


def _scan_file(path: Path, needles: Needles, newer_than: float | None, result: ScanResult) -> None:
    try:
        st = path.lstat()
        if not path.is_file() or path.is_symlink() or st.st_size > MAX_SCAN_BYTES:
            return
        if newer_than is not None and max(st.st_mtime, st.st_ctime) < newer_than:
            return
        data = path.read_bytes()
    except OSError:
        return
    result.files += 1
    result.bytes += len(data)
    result.hits += [f"{label} in {path}" for label, forms in needles.forms.items()
                    if any(f and f in data for f in forms)]


def now() -> float:
    return time.time() - 1.0
