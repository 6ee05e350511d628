"""Working copies of images, made in memory: location stripped, or regions blacked out.

The original is never touched; these functions take its bytes and return the
bytes of a new file plus a record of what was done, stored with the copy.
JPEG location stripping is lossless: only the metadata segments change, the
compressed picture is copied byte for byte.
"""

from __future__ import annotations

import io
import struct

from PIL import Image, ImageDraw, ImageOps

from evidencevault.domain.errors import InvalidInput, NotAnImage
from evidencevault.domain.evidence import Rectangle
from evidencevault.intake.metadata import open_image, quiet_pillow

_GPS_IFD = 0x8825
_EXIF_HEADER = b"Exif\x00\x00"
_XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
_LOSSLESS_RESAVE = {"PNG": {}, "WEBP": {"lossless": True}, "TIFF": {"compression": "tiff_lzw"}, "GIF": {}}
_EXTENSIONS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "TIFF": ".tif", "GIF": ".gif"}


def strip_location(data: bytes) -> tuple[bytes, str, dict]:
    """Remove GPS position and XMP from an image; returns (bytes, extension, what was done)."""
    with quiet_pillow():
        return _strip_location(data)


def redact(data: bytes, rectangles: list[Rectangle]) -> tuple[bytes, str, dict]:
    """Black out ``rectangles`` (pixel coordinates of the upright image); metadata is dropped."""
    with quiet_pillow():
        return _redact(data, rectangles)


def _strip_location(data: bytes) -> tuple[bytes, str, dict]:
    fmt = _format(data)
    if fmt == "JPEG":
        out, removed = _strip_jpeg(data)
    elif fmt in _LOSSLESS_RESAVE:
        out = _resave(open_image(data), fmt)
        removed = ["all embedded metadata (EXIF, XMP, text) — picture re-saved losslessly"]
    else:
        raise NotAnImage(detail=f"location stripping supports JPEG, PNG, WebP, TIFF and GIF, not {fmt}")
    return out, _EXTENSIONS[fmt], {"kind": "location_stripped", "removed": removed}


def _redact(data: bytes, rectangles: list[Rectangle]) -> tuple[bytes, str, dict]:
    if not rectangles:
        raise InvalidInput(field="rectangles", problem="give at least one rectangle to black out")
    fmt = _format(data)
    try:
        image = ImageOps.exif_transpose(open_image(data))
    except (OSError, ValueError):
        raise NotAnImage(detail="its picture data could not be decoded") from None
    for r in rectangles:
        if r.width <= 0 or r.height <= 0 or r.x < 0 or r.y < 0 \
                or r.x + r.width > image.width or r.y + r.height > image.height:
            raise InvalidInput(field="rectangle",
                               problem=f"{r.x},{r.y},{r.width},{r.height} is not inside the "
                                       f"{image.width}×{image.height} image")
    image = image.convert("RGBA" if image.mode in ("RGBA", "LA", "P") and fmt != "JPEG" else "RGB")
    draw = ImageDraw.Draw(image)
    for r in rectangles:
        draw.rectangle((r.x, r.y, r.x + r.width - 1, r.y + r.height - 1), fill="black")
    out_fmt = "JPEG" if fmt == "JPEG" else "PNG"
    buf = io.BytesIO()
    image.save(buf, out_fmt, **({"quality": 95} if out_fmt == "JPEG" else {}))
    details = {"kind": "redacted", "format": out_fmt.lower(),
               "rectangles": [[r.x, r.y, r.width, r.height] for r in rectangles],
               "orientation_applied": True, "metadata_removed": True}
    return buf.getvalue(), _EXTENSIONS[out_fmt], details


def _format(data: bytes) -> str:
    try:
        return open_image(data).format or "unknown"
    except Exception:  # noqa: BLE001 - anything Pillow cannot open is "not an image"
        raise NotAnImage(detail="it is not a picture in a format this program reads") from None


def _resave(image: Image.Image, fmt: str) -> bytes:
    buf = io.BytesIO()
    if getattr(image, "n_frames", 1) > 1 and fmt in ("GIF", "WEBP", "TIFF"):
        image.save(buf, fmt, save_all=True, **_LOSSLESS_RESAVE[fmt])
    else:
        image.save(buf, fmt, **_LOSSLESS_RESAVE[fmt])
    return buf.getvalue()


def _jpeg_segments(data: bytes) -> tuple[list[tuple[int, bytes]], bytes]:
    """Split a JPEG into (marker, payload) segments before the scan, and the rest (scan onward)."""
    if data[:2] != b"\xff\xd8":
        raise NotAnImage(detail="not a JPEG")
    pos, segments = 2, []
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            raise NotAnImage(detail="damaged JPEG segment")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xDA:  # start of scan: the picture itself, kept as it is
            return segments, data[pos:]
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        segments.append((marker, data[pos + 4 : pos + 2 + length]))
        pos += 2 + length
    raise NotAnImage(detail="the JPEG has no picture data")


def _strip_jpeg(data: bytes) -> tuple[bytes, list[str]]:
    segments, scan = _jpeg_segments(data)
    out, removed = [b"\xff\xd8"], []
    for marker, payload in segments:
        if marker == 0xE1 and payload.startswith(_XMP_HEADER):
            removed.append("XMP metadata")
            continue
        if marker == 0xE1 and payload.startswith(_EXIF_HEADER):
            exif = Image.Exif()
            exif.load(payload)
            if exif.get_ifd(_GPS_IFD) or _GPS_IFD in exif:
                exif.pop(_GPS_IFD, None)
                getattr(exif, "_ifds", {}).pop(_GPS_IFD, None)
                body = exif.tobytes()
                payload = body if body.startswith(_EXIF_HEADER) else _EXIF_HEADER + body
                removed.append("EXIF GPS position")
        out.append(b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload)
    out.append(scan)
    return b"".join(out), removed or ["nothing: the image carried no location"]
