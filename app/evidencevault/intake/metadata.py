"""What a file is, and what its own metadata says (EXIF for images, via Pillow).

Nothing here may fail an intake: a damaged or unrecognised file is still kept
bit-for-bit, and the returned note says what could not be read. Images are
opened from memory or from the user's own file, never from a copy on disk.
"""

from __future__ import annotations

import io
import mimetypes
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import BinaryIO

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from evidencevault.domain.evidence import UNKNOWN_MEDIA_TYPE, MediaMetadata

MAX_PIXELS = 50_000_000  # refuse to decode larger images (decompression bombs, memory)
THUMBNAIL_SIZE = (256, 256)
_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"%PDF-", "application/pdf"),
    (0, b"\xff\xd8\xff", "image/jpeg"),
    (0, b"\x89PNG\r\n\x1a\n", "image/png"),
    (0, b"GIF8", "image/gif"),
    (0, b"ID3", "audio/mpeg"),
    (0, b"OggS", "audio/ogg"),
    (0, b"fLaC", "audio/flac"),
    (0, b"\x1a\x45\xdf\xa3", "video/webm"),
    (4, b"ftypqt", "video/quicktime"),
    (4, b"ftypM4A", "audio/mp4"),
    (4, b"ftyp", "video/mp4"),
    (0, b"PK\x03\x04", "application/zip"),
)
_RIFF = {b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo", b"WEBP": "image/webp"}
_GPS_IFD = 0x8825
_EXIF_IFD = 0x8769


def sniff_media_type(head: bytes, file_name: str) -> str:
    """MIME type from the first bytes, then from the file name; never fails."""
    if head[:4] == b"RIFF" and head[8:12] in _RIFF:
        return _RIFF[head[8:12]]
    for offset, magic, mime in _SIGNATURES:
        if head[offset : offset + len(magic)] == magic:
            return mime
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    guessed, _ = mimetypes.guess_type(file_name, strict=False)
    return guessed or UNKNOWN_MEDIA_TYPE


def open_image(source: BinaryIO | bytes) -> Image.Image:
    """Open an image lazily, refusing decompression bombs. Raises on anything unreadable."""
    fileobj = io.BytesIO(source) if isinstance(source, (bytes, bytearray)) else source
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        image = Image.open(fileobj)
    if image.width * image.height > MAX_PIXELS:
        raise ValueError("the image is too large to decode safely")
    return image


@contextmanager
def quiet_pillow() -> Iterator[None]:
    """Silence Pillow's warnings about damaged metadata (they would reach the user's terminal)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        yield


def read_metadata(source: BinaryIO | bytes, file_name: str) -> MediaMetadata:
    """Media type and, for images, capture time, camera, GPS and other EXIF fields."""
    head = source[:64] if isinstance(source, (bytes, bytearray)) else _peek(source)
    media_type = sniff_media_type(bytes(head), file_name)
    if not media_type.startswith("image/"):
        return MediaMetadata(media_type=media_type)
    try:
        with warnings.catch_warnings(record=True) as complaints:  # Pillow warns about damaged EXIF
            warnings.simplefilter("always", UserWarning)
            image = open_image(source)
            exif = image.getexif()
            fields = _exif_fields(exif)
            lat, lon = _gps(exif.get_ifd(_GPS_IFD))
        pil_type = Image.MIME.get(image.format or "", media_type)
        camera = " ".join(str(fields[k]) for k in ("Make", "Model") if fields.get(k)) or None
        captured = fields.get("DateTimeOriginal") or fields.get("DateTime")
        note = ("Part of the image's metadata is damaged and was skipped; the original is kept "
                "bit-for-bit." if complaints else "")
        return MediaMetadata(media_type=pil_type, captured_at=_exif_time(captured), camera=camera,
                             gps_lat=lat, gps_lon=lon, width=image.width, height=image.height,
                             fields=fields, note=note)
    except Exception as exc:  # noqa: BLE001 - any decoder failure is a note, never a failed intake
        return MediaMetadata(media_type=media_type,
                             note=f"The image's metadata could not be read ({type(exc).__name__}); "
                                  "the original is kept bit-for-bit.")


def make_thumbnail(source: BinaryIO | bytes) -> bytes | None:
    """A small JPEG for lists, or None if the image cannot be decoded."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # damaged EXIF: the picture may still be fine
            image = open_image(source)
            image.draft("RGB", THUMBNAIL_SIZE)
            image = ImageOps.exif_transpose(image)
            image.thumbnail(THUMBNAIL_SIZE)
            out = io.BytesIO()
            image.convert("RGB").save(out, "JPEG", quality=80)
        return out.getvalue()
    except Exception:  # noqa: BLE001 - a damaged image simply has no preview
        return None


def _peek(fileobj: BinaryIO) -> bytes:
    pos = fileobj.tell()
    head = fileobj.read(64)
    fileobj.seek(pos)
    return head


def _plain(value: object) -> object:
    if isinstance(value, bytes):
        return value.hex() if any(b < 9 for b in value) else value.decode("latin-1").strip("\x00 ")
    if isinstance(value, str):
        return value.strip("\x00 ")
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    try:
        return float(value) if not isinstance(value, int) else value  # IFDRational → float
    except (TypeError, ValueError):
        return str(value)


def _exif_fields(exif: Image.Exif) -> dict:
    fields: dict = {}
    for ifd in (exif, exif.get_ifd(_EXIF_IFD)):
        for tag, value in ifd.items():
            if tag in (_GPS_IFD, _EXIF_IFD, 0x927C):  # nested IFDs; MakerNote is opaque
                continue
            fields[ExifTags.TAGS.get(tag, f"0x{tag:04x}")] = _plain(value)
    gps = exif.get_ifd(_GPS_IFD)
    for tag, value in gps.items():
        fields["GPS" + ExifTags.GPSTAGS.get(tag, f"0x{tag:04x}").removeprefix("GPS")] = _plain(value)
    return fields


def _exif_time(text: object) -> str | None:
    if not isinstance(text, str):
        return None
    try:
        return datetime.strptime(text.strip(), "%Y:%m:%d %H:%M:%S").isoformat()
    except ValueError:
        return text.strip() or None


def _gps(gps: dict) -> tuple[float | None, float | None]:
    try:
        lat = _degrees(gps[2], gps.get(1, "N"), "S")
        lon = _degrees(gps[4], gps.get(3, "E"), "W")
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return None, None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None, None
    return lat, lon


def _degrees(dms: tuple, ref: object, negative: str) -> float:
    d, m, s = (float(v) for v in dms)
    value = d + m / 60 + s / 3600
    ref = ref.decode() if isinstance(ref, bytes) else str(ref)
    return round(-value if ref.strip().upper() == negative else value, 7)
