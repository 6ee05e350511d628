"""Words shown for stored codes (statuses, roles, precisions), translated at call time.

Codes never change; labels may. Unknown codes (a term a user added) show as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt


CASE_STATUS = {
    "open": lambda: QCoreApplication.translate("labels", "Open"),
    "monitoring": lambda: QCoreApplication.translate("labels", "Monitoring"),
    "closed": lambda: QCoreApplication.translate("labels", "Closed"),
    "archived": lambda: QCoreApplication.translate("labels", "Archived"),
}


def case_status(code: str) -> str:
    label = CASE_STATUS.get(code)
    return label() if label else code


def local_time(iso: str) -> str:
    """'2026-11-26T14:05:00Z' → '26 Nov 2026 15:05' in the user's locale and time zone."""
    if not iso:
        return ""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), "d MMM yyyy, HH:mm")


def local_date(iso: str) -> str:
    """'2026-11-26T14:05:00Z' → '26 Nov 2026' (for narrow columns)."""
    full = local_time(iso)
    return full.split(",")[0] if full != iso else iso


def derived_copy(derivation: dict | None) -> str:
    """What was done to make a copy (here or by the sender of a bundle), in a few words; "" if none."""
    kind = (derivation or {}).get("kind")
    if kind == "location_stripped":
        return QCoreApplication.translate("labels", "location removed")
    if kind == "redacted":
        return QCoreApplication.translate("labels", "redacted")
    return ""
