"""Small helpers for driving the real widgets by objectName."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget


def child(parent: QObject, kind: type, name: str):
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def click(qtbot, parent: QObject, name: str) -> None:
    button = child(parent, QAbstractButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, parent: QObject, kind: type, name: str, text: str) -> None:
    widget = child(parent, kind, name)
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def active_dialog(name: str) -> QDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


def run_modal(qtbot, name: str, drive) -> None:
    """Drive the modal dialog ``name`` that the next action opens (via a zero timer)."""
    from PySide6.QtCore import QTimer

    done = []

    def attempt() -> None:
        dialog = active_dialog(name)
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        drive(dialog)
        done.append(True)

    QTimer.singleShot(0, attempt)
    return done


def all_widgets(root: QWidget) -> list[QWidget]:
    return [root, *root.findChildren(QWidget)]


def make_jpeg(path, *, gps: bool = True, size=(320, 200), seed: int = 0) -> bytes:
    """A real JPEG with camera EXIF and (optionally) a GPS position."""
    import io

    from PIL import Image

    image = Image.effect_noise(size, 40 + seed).convert("RGB")
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Canon", "EOS 5D"
    exif.get_ifd(0x8769)[0x9003] = "2024:03:05 09:08:07"
    if gps:
        g = exif.get_ifd(0x8825)
        g[1], g[2], g[3], g[4] = "N", (55.0, 45.0, 21.0), "E", (37.0, 36.0, 56.0)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, quality=90)
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


def drop_files(widget: QWidget, paths) -> None:
    """Deliver a real drag-enter and drop of local files onto ``widget``."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = QPoint(widget.width() // 2, widget.height() // 2)
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the widget refused the drag"
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
