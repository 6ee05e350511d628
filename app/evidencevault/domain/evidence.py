"""Evidence items: originals kept bit-for-bit, and working copies made from them."""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_RELIABILITY = "cannot_be_judged"
UNKNOWN_MEDIA_TYPE = "application/octet-stream"


@dataclass(frozen=True)
class Rectangle:
    """A region of an image in pixels, after the camera's orientation is applied."""

    x: int
    y: int
    width: int
    height: int

    @classmethod
    def parse(cls, text: str) -> Rectangle:
        """'x,y,w,h' → Rectangle; ValueError if it is not four whole numbers."""
        parts = [p.strip() for p in text.split(",")]
        if len(parts) != 4:
            raise ValueError("a rectangle is four numbers: x,y,width,height")
        x, y, w, h = (int(p) for p in parts)
        return cls(x, y, w, h)


@dataclass(frozen=True)
class MediaMetadata:
    """What could be read from a file's own metadata (EXIF for images)."""

    media_type: str = UNKNOWN_MEDIA_TYPE
    captured_at: str | None = None
    camera: str | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    width: int | None = None
    height: int | None = None
    fields: dict = field(default_factory=dict)
    note: str = ""

    @property
    def has_location(self) -> bool:
        return self.gps_lat is not None and self.gps_lon is not None


@dataclass(frozen=True)
class EvidenceItem:
    id: str
    case_id: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    acquired_at: str
    acquired_by: str
    acquisition_method: str
    source: str
    reliability: str
    captured_at: str | None = None
    camera: str | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    metadata: dict = field(default_factory=dict)
    note: str = ""
    parent_id: str | None = None
    derivation: dict | None = None
    duplicate_of: str | None = None
    blob_id: str = ""
    created_at: str = ""
    updated_at: str = ""
    origin: str = "local"
    read_only: bool = False
    already_present: bool = False  # set on the result of an add that found this item already in the case

    @property
    def is_working_copy(self) -> bool:
        return self.parent_id is not None

    @property
    def is_copy(self) -> bool:
        """A working copy made here, or one a bundle's sender made (its parent stayed there)."""
        return self.parent_id is not None or self.derivation is not None

    @property
    def has_location(self) -> bool:
        return self.gps_lat is not None and self.gps_lon is not None

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


@dataclass(frozen=True)
class IntakeProgress:
    """Reported while files are added; sent from the thread doing the work."""

    file_index: int  # 0-based
    file_count: int
    file_name: str
    file_done: int
    file_size: int
    done: int  # bytes of all files
    total: int

    @property
    def fraction(self) -> float:
        return 1.0 if self.total == 0 else min(1.0, self.done / self.total)
