"""Real inputs to start mutating from, and the mutation strategy."""

from __future__ import annotations

import hashlib
import io
import random
import tarfile
from pathlib import Path

import pyrage
from PIL import Image

from evidencevault.crypto.kdf import KdfParams


def jpeg_with_gps() -> bytes:
    img = Image.new("RGB", (96, 64), (10, 120, 200))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0132] = "Canon", "EOS", "2021:03:04 05:06:07"
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (41.0, 18.0, 30.5), 3: "E", 4: (69.0, 14.0, 1.25)})
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif)
    return out.getvalue()


def other_images() -> list[bytes]:
    found = []
    for fmt in ("PNG", "TIFF", "GIF", "WEBP", "BMP"):
        out = io.BytesIO()
        Image.new("RGB", (40, 30), (200, 10, 10)).save(out, fmt)
        found.append(out.getvalue())
    return found


def build(root: Path) -> dict[str, object]:
    """A vault with one photo, a bundle of it to the vault's own key, and what it is made of."""
    from evidencevault.services.bundles import BundleService
    from evidencevault.services.cases import CaseService
    from evidencevault.services.contacts import ContactService
    from evidencevault.services.evidence import EvidenceService
    from evidencevault.services.vault import create_vault
    created = create_vault(root / "vault", "fuzz seeds passphrase", kdf=KdfParams.floor())
    (root / "photo.jpg").write_bytes(jpeg_with_gps())
    with created.session as session:
        CaseService(session).add_case("Задержание", ref="F-1")
        EvidenceService(session).add_files("F-1", [root / "photo.jpg"])
        contacts = ContactService(session)
        recipient, identity = contacts.identity().recipient, contacts.age_identity_secret()
        BundleService(session).export(root / "seed.age", case_refs=["F-1"], recipients=[recipient])
    bundle = (root / "seed.age").read_bytes()
    tar = pyrage.decrypt(bundle, [pyrage.x25519.Identity.from_str(identity)])
    with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
        manifest = archive.extractfile("manifest.json").read()
    return {
        "key_file": [(root / "vault" / "vault.header").read_bytes()],
        "image_metadata": [jpeg_with_gps(), *other_images()],
        "bundle_manifest": [manifest],
        "bundle_tar": [tar],
        "age_header": [bundle[:400]],
        "age_file": _age_files(tar),
        "recovery_code": [created.recovery_code.encode()],
        "age_recipient_and_identity": [recipient.encode(), identity.encode()],
        "fuzzy_date": [b"1980-05-01", b"~1980", b"1980-05", b""],
        "_bundle": bundle, "_tar": tar, "_identity": identity, "_recipient": recipient,
        "_shas": {hashlib.sha256(jpeg_with_gps()).hexdigest()},
    }


def _age_files(tar: bytes) -> list[bytes]:
    """Age files to the fuzz target's fixed key: empty, small, and over one 64 KiB chunk."""
    from evidencevault.bundle.age_reader import recipient_of_key
    from tests.proof.fuzz_targets import FUZZ_KEY
    recipient = pyrage.x25519.Recipient.from_str(recipient_of_key(FUZZ_KEY))
    return [pyrage.encrypt(body, [recipient]) for body in (b"", tar[:3000], tar[:70_000])]


def mutate(data: bytes, rng: random.Random, edits: int | None = None) -> bytes:
    """A few random edits: overwrite, insert, delete, duplicate a slice, flip a bit."""
    out = bytearray(data)
    for _ in range(edits or rng.randint(1, 6)):
        pos = rng.randrange(len(out) + 1)
        kind = rng.randrange(5)
        if kind == 0 and out:
            out[min(pos, len(out) - 1)] = rng.randrange(256)
        elif kind == 1:
            out[pos:pos] = rng.randbytes(rng.randint(1, 16))
        elif kind == 2:
            del out[pos:pos + rng.randint(1, 64)]
        elif kind == 3 and out:
            start = rng.randrange(len(out))
            out[pos:pos] = out[start:start + rng.randint(1, 512)]
        elif out:
            out[min(pos, len(out) - 1)] ^= 1 << rng.randrange(8)
    return bytes(out)
