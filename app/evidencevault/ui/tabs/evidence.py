"""Evidence tab: drop files or folders onto the case; intake runs as a background job
with progress and Cancel; a thumbnail gallery; double-click opens the viewer; the files
selected in the gallery (Ctrl/Shift-click) can be sent as a bundle of their own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget,
)

from evidencevault.domain.case import Case
from evidencevault.domain.evidence import DEFAULT_RELIABILITY, EvidenceItem, IntakeProgress
from evidencevault.services.evidence import Acquisition, EvidenceService
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.jobs import Job, JobContext
from evidencevault.ui.record_model import RECORD_ROLE
from evidencevault.ui.tabs.evidence_gallery import THUMB, EvidenceGalleryModel
from evidencevault.ui.vocab import Vocabularies
from evidencevault.ui import file_dialog_history



class EvidenceTab(QWidget):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceTab")
        self.setAcceptDrops(True)
        self._context = context
        self._service: EvidenceService = context.service(EvidenceService)
        self.case: Case | None = None
        self.intake: Job | None = None
        self.model = EvidenceGalleryModel(self._service.thumbnail, self)
        self.gallery = QListView(self)
        self.gallery.setObjectName("evidenceGallery")
        self.gallery.setModel(self.model)
        self.gallery.setViewMode(QListView.ViewMode.IconMode)
        self.gallery.setIconSize(THUMB)
        self.gallery.setGridSize(QSize(THUMB.width() + 40, THUMB.height() + 48))
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery.setMovement(QListView.Movement.Static)
        self.gallery.setWordWrap(True)
        self.gallery.setUniformItemSizes(True)
        self.gallery.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.gallery.activated.connect(lambda index: self.open_viewer(index.data(RECORD_ROLE)))
        self.hint = QLabel(self.tr("Drop photos, scans, documents, audio or whole folders here,\n"
                                   "or press “Add files…”. Originals are kept bit for bit, encrypted."), self)
        self.hint.setObjectName("evidenceDropHint")
        self.hint.setProperty("role", "empty")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.add_files_button = QPushButton(self.tr("Add files…"), self)
        self.add_files_button.setObjectName("addEvidenceFilesButton")
        self.add_files_button.clicked.connect(self._choose_files)
        self.add_folder_button = QPushButton(self.tr("Add folder…"), self)
        self.add_folder_button.setObjectName("addEvidenceFolderButton")
        self.add_folder_button.clicked.connect(self._choose_folder)
        self.open_button = QPushButton(self.tr("Open…"), self)
        self.open_button.setObjectName("openEvidenceButton")
        self.open_button.clicked.connect(lambda: self.open_viewer(self.current_item()))
        self.send_button = QPushButton(self.tr("Send selected…"), self)
        self.send_button.setObjectName("sendSelectedEvidenceButton")
        self.send_button.setToolTip(self.tr("Write the files selected below to an encrypted bundle"))
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self.send_selected)
        self.gallery.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)   # a reset clears the selection silently
        self.counts = QLabel(self)
        self.counts.setObjectName("evidenceCounts")
        self.counts.setProperty("role", "subtle")
        buttons = QHBoxLayout()
        for widget in (self.add_files_button, self.add_folder_button, self.open_button, self.send_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.counts)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(self._acquisition_row(context.service(Vocabularies)))
        layout.addWidget(self.hint, 1)
        layout.addWidget(self.gallery, 1)

    def _acquisition_row(self, vocab: Vocabularies) -> QHBoxLayout:
        """Source and reliability given to the files added next (each can be changed in the viewer)."""
        self.source_edit = QLineEdit(self)
        self.source_edit.setObjectName("intakeSourceEdit")
        self.source_edit.setPlaceholderText(self.tr("Who gave them, or where they were found"))
        self.reliability_box = QComboBox(self)
        self.reliability_box.setObjectName("intakeReliabilityCombo")
        vocab.fill(self.reliability_box, "reliability", DEFAULT_RELIABILITY)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Source of files added:"), self))
        row.addWidget(self.source_edit, 1)
        row.addWidget(QLabel(self.tr("Reliability:"), self))
        row.addWidget(self.reliability_box)
        return row

    # --- showing ----------------------------------------------------------------------
    def show_case(self, case: Case) -> None:
        self.case = case
        self.model.forget_images()
        self.reload()

    def reload(self) -> None:
        if self.case is None:
            return
        self.model.set_items(self._service.list_items(self.case.ref))
        self._update_hint()

    def _update_hint(self) -> None:
        count = self.model.rowCount()
        self.hint.setVisible(count == 0)
        self.gallery.setVisible(count > 0)
        copies = sum(1 for i in self.model.items() if i.is_copy)
        self.counts.setText(self.tr("%n original(s)", "", count - copies) +
                            (", " + self.tr("%n working copy(ies)", "", copies) if copies else ""))

    def selected_items(self) -> list[EvidenceItem]:
        rows = sorted(index.row() for index in self.gallery.selectionModel().selectedIndexes())
        return [self.model.item_at(row) for row in rows]

    def _selection_changed(self, *_args: object) -> None:
        count = len(self.gallery.selectionModel().selectedIndexes())
        self.send_button.setEnabled(count > 0)
        self.send_button.setText(self.tr("Send %n selected…", "", count) if count else self.tr("Send selected…"))

    def send_selected(self):  # noqa: ANN201 - the dialog, for tests
        """Open Send bundle with the selected files in place of whole cases."""
        items = self.selected_items()
        if self.case is None or not items:
            return None
        from evidencevault.ui.bundles.send_dialog import SendBundleDialog

        dialog = SendBundleDialog(self._context, [self.case], self.window(), items=items)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def current_item(self) -> EvidenceItem | None:
        index = self.gallery.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    # --- adding -----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if self.case is not None and event.mimeData().hasUrls() \
                and all(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"))
        file_dialog_history.forget()
        if names:
            self.add_paths([Path(n) for n in names])

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of evidence"))
        file_dialog_history.forget()
        if folder:
            self.add_paths([Path(folder)])

    def add_paths(self, paths: list[Path]) -> Job | None:
        """Start the intake job; the window stays responsive and Cancel keeps what is done."""
        if self.case is None or (self.intake is not None and self.intake.running):
            return None
        case_ref, service = self.case.ref, self._service
        acquisition = Acquisition(source=self.source_edit.text().strip(),
                                  reliability=self.reliability_box.currentData() or DEFAULT_RELIABILITY)

        def work(ctx: JobContext) -> list[EvidenceItem]:
            def progress(p: IntakeProgress) -> None:
                ctx.progress(p.done, p.total, QCoreApplication.translate("EvidenceTab", "Adding %1 (%2 of %3)")
                             .replace("%1", p.file_name).replace("%2", str(p.file_index + 1))
                             .replace("%3", str(p.file_count)))
            return service.add_files(case_ref, paths, acquisition, progress=progress, cancel=ctx.cancelled)

        self.intake = self._context.runner.start(self.tr("Adding evidence"), work, on_success=self._added,
                                                 on_failure=self._intake_failed)
        self.intake.cancelled.connect(self._intake_cancelled)
        return self.intake

    def _added(self, items: list[EvidenceItem]) -> None:
        for item in items:
            self.model.add(item)
        self._update_hint()
        present = sum(1 for i in items if i.already_present)
        text = self.tr("%n file(s) added.", "", len(items) - present)
        if present:
            text += " " + self.tr("%n already in this case.", "", present)
        self._context.notify(text)

    def _intake_failed(self, sentence: str) -> None:
        self.reload()
        self._context.runner.error_shown.emit(sentence)

    def _intake_cancelled(self) -> None:
        self.reload()
        self._context.notify(self.tr("Adding files was cancelled; the files already added were kept."))

    # --- viewing ----------------------------------------------------------------------
    def open_viewer(self, item: EvidenceItem | None) -> None:
        if item is None:
            return
        from evidencevault.ui.tabs.evidence_viewer import EvidenceViewer

        viewer = EvidenceViewer(self._context, item, parent=self)
        viewer.copy_made.connect(lambda new: (self.model.add(new), self._update_hint()))
        viewer.item_changed.connect(
            lambda changed: self.model.set_items([changed if i.id == changed.id else i for i in self.model.items()]))
        viewer.show()
