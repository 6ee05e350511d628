"""The evidence viewer: the original at any zoom, its metadata (SHA-256, EXIF, GPS,
source, reliability), and the two working-copy actions: draw rectangles to make a
redacted copy, or make a copy without location. The original is never changed."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush, QColor, QGuiApplication, QImageReader, QKeySequence, QMouseEvent, QPen, QPixmap, QShortcut, QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QGraphicsPixmapItem, QGraphicsRectItem,
    QGraphicsScene, QGraphicsView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from evidencevault.domain.errors import VaultError
from evidencevault.domain.evidence import EvidenceItem, Rectangle
from evidencevault.services.evidence import EvidenceService
from evidencevault.ui import labels
from evidencevault.ui.annotations_panel import AnnotationsPanel, notes_below
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.error_text import error_sentence
from evidencevault.ui.tabs.evidence_gallery import human_size
from evidencevault.ui.vocab import Vocabularies


class ImageView(QGraphicsView):
    """Zoom with Ctrl+wheel or the buttons; in redaction mode, drag to draw a rectangle."""

    rectangles_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewerView")
        self.setScene(QGraphicsScene(self))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.pixmap_item: QGraphicsPixmapItem | None = None
        self.redacting = False
        self.boxes: list[QGraphicsRectItem] = []
        self._start: QPointF | None = None

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self.scene().clear()
        self.boxes.clear()
        self.pixmap_item = self.scene().addPixmap(pixmap)
        self.setSceneRect(QRectF(pixmap.rect()))
        self.fit()

    def fit(self) -> None:
        if self.pixmap_item is not None:
            self.fitInView(self.pixmap_item, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        self.scale(factor, factor)

    def set_redacting(self, on: bool) -> None:
        self.redacting = on
        self.setDragMode(QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.ScrollHandDrag)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.OpenHandCursor)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)
        else:
            super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self.redacting and self.pixmap_item is not None and event.button() == Qt.MouseButton.LeftButton:
            self._start = self.mapToScene(event.position().toPoint())
            box = self.scene().addRect(QRectF(self._start, self._start), QPen(QColor("#b3261e"), 2),
                                       QBrush(QColor(0, 0, 0, 160)))
            self.boxes.append(box)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._start is not None and self.boxes:
            self.boxes[-1].setRect(QRectF(self._start, self.mapToScene(event.position().toPoint())).normalized())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._start is not None:
            self._start = None
            if self.boxes and (self.boxes[-1].rect().width() < 3 or self.boxes[-1].rect().height() < 3):
                self.scene().removeItem(self.boxes.pop())
            self.rectangles_changed.emit()
            return
        super().mouseReleaseEvent(event)

    def add_box(self, rect: QRectF) -> None:
        self.boxes.append(self.scene().addRect(rect, QPen(QColor("#b3261e"), 2), QBrush(QColor(0, 0, 0, 160))))
        self.rectangles_changed.emit()

    def clear_boxes(self) -> None:
        for box in self.boxes:
            self.scene().removeItem(box)
        self.boxes.clear()
        self.rectangles_changed.emit()

    def rectangles(self) -> list[Rectangle]:
        bounds = self.sceneRect()
        out = []
        for box in self.boxes:
            r = box.rect().intersected(bounds)
            if r.width() >= 1 and r.height() >= 1:
                out.append(Rectangle(int(r.x()), int(r.y()), int(round(r.width())), int(round(r.height()))))
        return out


class EvidenceViewer(QDialog):
    copy_made = Signal(object)  # EvidenceItem
    item_changed = Signal(object)  # EvidenceItem: its source or reliability was set

    def __init__(self, context: WorkspaceContext, item: EvidenceItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceViewer")
        self.setWindowTitle(self.tr("Evidence item — Evidence Vault"))
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(1100, screen.width() - 40), min(720, screen.height() - 60))  # fits a 1366×768 laptop
        self._context, self.item = context, item
        self._service: EvidenceService = context.service(EvidenceService)
        self._vocab: Vocabularies = context.service(Vocabularies)
        self.view = ImageView(self)
        self.view.rectangles_changed.connect(self._update_buttons)
        self.message = QLabel(self.tr("Opening the original…"), self)
        self.message.setObjectName("viewerMessage")
        self.message.setProperty("role", "subtle")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tools = QHBoxLayout()
        copies = QHBoxLayout()  # working-copy actions on a row of their own, so the dialog stays narrow
        self.zoom_in = self._button("zoomInButton", self.tr("Zoom in"), lambda: self.view.zoom(1.25), tools)
        self.zoom_out = self._button("zoomOutButton", self.tr("Zoom out"), lambda: self.view.zoom(0.8), tools)
        self.fit_button = self._button("fitButton", self.tr("Fit"), self.view.fit, tools)
        tools.addStretch(1)
        self.redact_mode = self._button("redactModeButton", self.tr("Draw redactions"), None, copies)
        self.redact_mode.setCheckable(True)
        self.redact_mode.toggled.connect(self.view.set_redacting)
        self.clear_button = self._button("clearRedactionsButton", self.tr("Clear"), self.view.clear_boxes, copies)
        self.redact_button = self._button("makeRedactedCopyButton", self.tr("Make redacted copy"), self.make_redacted_copy, copies)
        self.strip_button = self._button("stripLocationButton", self.tr("Strip location"), self.strip_location, copies)
        copies.addStretch(1)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=lambda: self.view.zoom(1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, activated=lambda: self.view.zoom(0.8))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(tools)
        left_layout.addLayout(copies)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.view, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        self.annotations = AnnotationsPanel(context, self)  # reviewer notes beside the item, imported ones too
        self.annotations.show_target("evidence", item.id)
        splitter.addWidget(notes_below(self._metadata_panel(), self.annotations, "viewerSideScroll"))
        splitter.setSizes([780, 320])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("viewerButtons")
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("viewerCloseButton")
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self._update_buttons()
        self._load()

    def _button(self, name: str, text: str, slot, layout: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        if slot is not None:
            button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def _metadata_panel(self) -> QWidget:
        item = self.item
        panel = QWidget(self)
        panel.setObjectName("metadataPanel")
        form = QFormLayout(panel)
        gps = f"{item.gps_lat:.6f}, {item.gps_lon:.6f}" if item.has_location else self.tr("none")
        rows = [
            ("file", self.tr("File:"), item.file_name),
            ("kind", self.tr("Kind:"), self._kind(item)),
            ("type", self.tr("Type:"), item.media_type),
            ("size", self.tr("Size:"), human_size(item.size)),
            ("captured", self.tr("Taken:"), item.captured_at or self.tr("not recorded")),
            ("camera", self.tr("Camera:"), item.camera or "—"),
            ("gps", self.tr("Location (GPS):"), gps),
            ("acquired", self.tr("Acquired:"), f"{labels.local_time(item.acquired_at)} · {item.acquired_by}"),
            ("method", self.tr("How:"), item.acquisition_method),
        ]
        for key, title, text in rows:
            value = QLabel(text, panel)
            value.setObjectName(f"meta_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(title, value)
        sha = QLineEdit(item.sha256, panel)  # 64 digits do not wrap: a read-only box scrolls instead
        sha.setObjectName("meta_sha256")
        sha.setReadOnly(True)
        sha.setFrame(False)
        sha.setCursorPosition(0)
        form.insertRow(4, self.tr("SHA-256:"), sha)
        self._source_rows(form, panel)
        return panel

    def _source_rows(self, form: QFormLayout, panel: QWidget) -> None:
        """Where the item came from and how far it can be trusted: editable unless imported."""
        self.source_edit = QLineEdit(self.item.source, panel)
        self.source_edit.setObjectName("evidenceSourceEdit")
        self.source_edit.setPlaceholderText(self.tr("Who gave it, or where it was found"))
        self.reliability_box = QComboBox(panel)
        self.reliability_box.setObjectName("evidenceReliabilityCombo")
        self._vocab.fill(self.reliability_box, "reliability", self.item.reliability)
        self.save_source_button = QPushButton(self.tr("Save source and reliability"), panel)
        self.save_source_button.setObjectName("saveSourceButton")
        self.save_source_button.setAutoDefault(False)
        self.save_source_button.clicked.connect(self.save_source)
        self.source_edit.textEdited.connect(lambda *_: self._update_buttons())
        self.reliability_box.currentIndexChanged.connect(lambda *_: self._update_buttons())
        self.source_edit.returnPressed.connect(self.save_source)
        self.source_error = QLabel(panel)
        self.source_error.setObjectName("sourceError")
        self.source_error.setProperty("role", "error")
        self.source_error.setWordWrap(True)
        for widget in (self.source_edit, self.reliability_box):
            widget.setEnabled(not self.item.read_only)
        form.addRow(self.tr("Source:"), self.source_edit)
        form.addRow(self.tr("Reliability:"), self.reliability_box)
        form.addRow("", self.save_source_button)
        form.addRow(self.source_error)

    def _source_changed(self) -> bool:
        return (self.source_edit.text().strip() != self.item.source
                or self.reliability_box.currentData() != self.item.reliability)

    def save_source(self) -> None:
        if self.item.read_only or not self._source_changed():
            return
        try:
            self.item = self._service.set_source(self.item.id, self.source_edit.text(),
                                                 self.reliability_box.currentData())
        except VaultError as error:
            self.source_error.setText(error_sentence(error))
            return
        self.source_error.clear()
        self.source_edit.setText(self.item.source)
        self._update_buttons()
        self.item_changed.emit(self.item)
        self._context.notify(self.tr("Source and reliability saved."))

    def _update_buttons(self) -> None:
        image = self.view.pixmap_item is not None
        for button in (self.zoom_in, self.zoom_out, self.fit_button, self.redact_mode):
            button.setEnabled(image)
        self.clear_button.setEnabled(bool(self.view.boxes))
        self.redact_button.setEnabled(image and bool(self.view.boxes))
        self.strip_button.setEnabled(self.item.gps_lat is not None)
        if hasattr(self, "save_source_button"):
            self.save_source_button.setEnabled(not self.item.read_only and self._source_changed())

    def _load(self) -> None:
        if not self.item.is_image:
            self.message.setText(self.tr("No preview for this kind of file. Its details are on the right."))
            self.view.hide()
            return
        item_id, service = self.item.id, self._service
        self._context.runner.start(self.tr("Opening the original"),
                                   lambda ctx: service.read_original(item_id),
                                   on_success=self._show_bytes, on_failure=self.message.setText)

    def _show_bytes(self, data: bytes) -> None:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)  # the same orientation the redaction rectangles use
        image = reader.read()
        if image.isNull():
            self.message.setText(self.tr("This image could not be shown ({detail}).").replace("{detail}", reader.errorString()))
            return
        self.message.hide()
        self.view.set_pixmap(QPixmap.fromImage(image))
        self._update_buttons()

    def make_redacted_copy(self) -> None:
        rectangles = self.view.rectangles()
        if not rectangles:
            return
        item_id, service = self.item.id, self._service
        self._context.runner.start(self.tr("Making a redacted copy"),
                                   lambda ctx: service.make_redacted_copy(item_id, rectangles),
                                   on_success=self._copy_made)

    def strip_location(self) -> None:
        item_id, service = self.item.id, self._service
        self._context.runner.start(self.tr("Making a copy without location"),
                                   lambda ctx: service.make_location_stripped_copy(item_id),
                                   on_success=self._copy_made)

    def _copy_made(self, new: EvidenceItem) -> None:
        self.view.clear_boxes()
        self.redact_mode.setChecked(False)
        self.copy_made.emit(new)
        self._context.notify(self.tr("Working copy made; the original is unchanged."))

    def _kind(self, item) -> str:  # noqa: ANN001
        """Original, or working copy and what was done to it (a copy made by a bundle's sender too)."""
        if not item.is_copy:
            return self.tr("original")
        made = labels.derived_copy(item.derivation)
        kind = self.tr("working copy") + (f" · {made}" if made else "")
        return kind + (" " + self.tr("(made by the sender of the bundle)") if item.read_only and made else "")
