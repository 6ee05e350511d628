"""The bundle's manifest: what is inside, who signed it, and the audit checkpoint.

The manifest is canonical JSON (sorted keys, no insignificant whitespace,
UTF-8, no trailing newline) so that the exact bytes can be signed and the same
content always gives the same bytes. Reading refuses anything that is not in
canonical form, not of the expected shape, or larger than the limits below.
Specified in docs/bundle-format.md.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field

from evidencevault.domain.errors import BundleDamaged, BundleUnsafe

FORMAT = "evidence-vault-bundle/1"
README_NAME = "README.txt"
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
SIGNER_NAME = "signer.pub"
AUDIT_NAME = "audit.jsonl"
SUMS_NAME = "SHA256SUMS"
# The fixed entries at the start of every bundle's tar stream, in this order.
METADATA_NAMES = (README_NAME, MANIFEST_NAME, SIGNATURE_NAME, SIGNER_NAME, AUDIT_NAME, SUMS_NAME)
METADATA_LIMITS = {
    README_NAME: 256 * 1024,
    MANIFEST_NAME: 32 * 1024 * 1024,
    SIGNATURE_NAME: 64,
    SIGNER_NAME: 4096,
    AUDIT_NAME: 64 * 1024 * 1024,
    SUMS_NAME: 16 * 1024 * 1024,
}
MAX_FILES = 100_000
MAX_FILE_SIZE = 1 << 44  # 16 TiB: far beyond any real evidence file
FILE_PATH = re.compile(r"files/[0-9]{5,6}-[A-Za-z0-9_][A-Za-z0-9._-]{0,99}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX128 = re.compile(r"[0-9a-f]{128}")


def canonical_json(value: object) -> bytes:
    """The one byte form of ``value``: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def safe_file_name(index: int, original: str) -> str:
    """``files/00001-name.ext``: the index keeps names unique, the rest stays portable."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", original).lstrip("._-")[-100:] or "file"
    if not re.match(r"[A-Za-z0-9_]", stem):
        stem = "_" + stem[:99]
    return f"files/{index:05d}-{stem}"


@dataclass(frozen=True)
class BundleFile:
    """One evidence file inside the bundle."""

    path: str
    size: int
    sha256: str                # of the bytes in the bundle
    acquisition_sha256: str    # taken at intake (equals sha256 for an unchanged original)
    intake_at: str
    item_id: str
    copy: str = "original"     # "original" or "working"
    item: dict = field(default_factory=dict)  # descriptive fields for import (title, case, ...)


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    head_hash: str
    at: str
    signature: str


@dataclass(frozen=True)
class Manifest:
    created_at: str
    signing_key: str           # hex of the raw Ed25519 public key
    fingerprint: str
    checkpoint: Checkpoint
    files: tuple[BundleFile, ...]
    audit_sha256: str
    audit_entries: int
    readme_sha256: str
    sums_sha256: str
    exporter: dict = field(default_factory=dict)   # vault id, label
    cases: tuple[dict, ...] = ()
    options: dict = field(default_factory=dict)
    left_out: tuple[dict, ...] = ()
    records: dict = field(default_factory=dict)   # persons and testimonies of the cases
    format: str = FORMAT

    def to_json(self) -> dict:
        data = asdict(self)
        data["files"] = [asdict(f) for f in self.files]
        data["cases"] = list(self.cases)
        data["left_out"] = list(self.left_out)
        return data

    def to_bytes(self) -> bytes:
        return canonical_json(self.to_json())

    def total_size(self) -> int:
        return sum(f.size for f in self.files)


def sums_text(files: tuple[BundleFile, ...] | list[BundleFile], audit_sha256: str,
              readme_sha256: str) -> bytes:
    """SHA256SUMS as `sha256sum -c` reads it: README, audit log, then every file."""
    lines = [f"{readme_sha256}  {README_NAME}", f"{audit_sha256}  {AUDIT_NAME}"]
    lines += [f"{f.sha256}  {f.path}" for f in files]
    return ("\n".join(lines) + "\n").encode("ascii")


def parse_manifest(raw: bytes) -> Manifest:
    """Parse and check a manifest; BundleDamaged/BundleUnsafe when it is not one we wrote."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleDamaged(detail="its manifest is not valid JSON") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BundleDamaged(detail="its manifest is not in a format this program knows")
    if canonical_json(data) != raw:
        raise BundleDamaged(detail="its manifest is not in canonical form")
    try:
        return _build(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise BundleDamaged(detail=f"its manifest is malformed ({type(exc).__name__})") from None


def _build(data: dict) -> Manifest:
    files = data["files"]
    if not isinstance(files, list):
        raise TypeError("files")
    if len(files) > MAX_FILES:
        raise BundleUnsafe(detail=f"it announces more than {MAX_FILES} files")
    built = tuple(_file(f) for f in files)
    if len({f.path for f in built}) != len(built):
        raise BundleUnsafe(detail="two files have the same name")
    cp = data["checkpoint"]
    checkpoint = Checkpoint(_int(cp["seq"]), _hex(cp["head_hash"]), _str(cp["at"]),
                            _hex(cp["signature"], _HEX128))
    manifest = Manifest(
        created_at=_str(data["created_at"]), signing_key=_hex(data["signing_key"]),
        fingerprint=_str(data["fingerprint"]), checkpoint=checkpoint, files=built,
        audit_sha256=_hex(data["audit_sha256"]), audit_entries=_int(data["audit_entries"]),
        readme_sha256=_hex(data["readme_sha256"]), sums_sha256=_hex(data["sums_sha256"]),
        exporter=_dict(data["exporter"]), cases=tuple(_dict(c) for c in _list(data["cases"])),
        options=_dict(data["options"]), left_out=tuple(_dict(x) for x in _list(data["left_out"])),
        records=_dict(data["records"]),
    )
    if set(data) != set(manifest.to_json()):
        raise ValueError("unexpected fields")
    return manifest


def _file(f: object) -> BundleFile:
    f = _dict(f)
    path = _str(f["path"])
    if not FILE_PATH.fullmatch(path):
        raise BundleUnsafe(detail="a file name in its manifest is not allowed")
    size = _int(f["size"])
    if size > MAX_FILE_SIZE:
        raise BundleUnsafe(detail="a file in its manifest is impossibly large")
    copy = _str(f["copy"])
    if copy not in ("original", "working"):
        raise ValueError("copy")
    built = BundleFile(path=path, size=size, sha256=_hex(f["sha256"]),
                       acquisition_sha256=_hex(f["acquisition_sha256"]),
                       intake_at=_str(f["intake_at"]), item_id=_str(f["item_id"]),
                       copy=copy, item=_dict(f["item"]))
    if set(f) != set(asdict(built)):
        raise ValueError("unexpected file fields")
    return built


def _hex(value: object, pattern: re.Pattern = _HEX64) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise ValueError("hex")
    return value


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("integer")
    return value


def _str(value: object) -> str:
    if not isinstance(value, str) or len(value) > 4096:
        raise ValueError("string")
    return value


def _dict(value: object) -> dict:
    if not isinstance(value, dict):
        raise TypeError("object")
    return value


def _list(value: object) -> list:
    if not isinstance(value, list):
        raise TypeError("list")
    return value
