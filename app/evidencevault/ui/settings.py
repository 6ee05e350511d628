"""Every window setting, declared once: key, type, default and label (after Picard).

Only preferences and vault *paths* live here. Never case data, never a key or a
passphrase: the test suite reads the settings file after a full session and
checks for marker strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings

T = TypeVar("T")
ORGANISATION = "EvidenceVault"
APPLICATION = "EvidenceVault"
RECENT_LIMIT = 8


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    kind: type
    default: T
    label: str  # English; shown through QCoreApplication.translate("settings", label)

    def translated_label(self) -> str:
        return QCoreApplication.translate("settings", self.label)


AUTO_LOCK_MINUTES = Setting("security/auto_lock_minutes", int, 5, QT_TRANSLATE_NOOP("settings", "Lock the vault after this many idle minutes (0 = never)"))
RECENT_VAULTS = Setting("vaults/recent", list, [], QT_TRANSLATE_NOOP("settings", "Recently used vaults (folders only)"))
LANGUAGE = Setting("interface/language", str, "", QT_TRANSLATE_NOOP("settings", "Language of the interface"))
WINDOW_GEOMETRY = Setting("window/geometry", bytes, b"", QT_TRANSLATE_NOOP("settings", "Main window size and position"))
WINDOW_STATE = Setting("window/state", bytes, b"", QT_TRANSLATE_NOOP("settings", "Main window layout"))
DUE_SOON_DAYS = Setting("complaints/due_soon_days", int, 14, QT_TRANSLATE_NOOP("settings", "A deadline is 'due soon' within this many days"))

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    AUTO_LOCK_MINUTES, RECENT_VAULTS, LANGUAGE, WINDOW_GEOMETRY, WINDOW_STATE, DUE_SOON_DAYS,
)


def use_folder(folder: Path) -> None:
    """Keep the settings file in ``folder`` (tests isolate themselves with this)."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def _store() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def settings_file() -> Path:
    return Path(_store().fileName())


def get(setting: Setting[T]) -> T:
    raw = _store().value(setting.key, None)
    if raw is None:
        return setting.default
    try:
        return _coerce(setting, raw)
    except (TypeError, ValueError):
        return setting.default


def put(setting: Setting[T], value: T) -> None:
    store = _store()
    store.setValue(setting.key, value)
    store.sync()


def _coerce(setting: Setting[T], raw: object) -> T:
    if setting.kind is list:
        if isinstance(raw, str):
            return [raw] if raw else []  # type: ignore[return-value]
        return [str(item) for item in raw]  # type: ignore[union-attr, return-value]
    if setting.kind is bytes:
        return bytes(raw)  # type: ignore[arg-type, return-value]
    return setting.kind(raw)  # type: ignore[no-any-return]


def recent_vaults() -> list[Path]:
    return [Path(p) for p in get(RECENT_VAULTS)]


def remember_vault(folder: Path) -> None:
    """Put ``folder`` first in the recent list (by path only; nothing from inside it)."""
    text = str(Path(folder).resolve())
    others = [p for p in get(RECENT_VAULTS) if p != text]
    put(RECENT_VAULTS, [text, *others][:RECENT_LIMIT])
