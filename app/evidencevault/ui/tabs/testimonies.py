"""Testimonies tab: the case's testimonies, and the editor for one of them.

While typing, a draft is autosaved into the vault (sealed with the drafts key)
a couple of seconds after the last keystroke; never to a plain file. A draft
left by a crash or a lock is offered again when the case is opened.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from evidencevault.domain.case import Case
from evidencevault.domain.errors import VaultError
from evidencevault.domain.testimony import NOT_ASKED, Testimony
from evidencevault.services.testimonies import TestimonyService
from evidencevault.ui import labels
from evidencevault.ui.annotations_panel import AnnotationsPanel
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.error_text import error_sentence
from evidencevault.ui.plurals import plurals
from evidencevault.ui.record_model import RECORD_ROLE, Column, RecordModel
from evidencevault.ui.tabs.testimony_editor import TestimonyEditor, state_label, testimony_fields
from evidencevault.ui.vocab import Vocabularies, language

AUTOSAVE_MS = 2000


def consent_summary(testimony: Testimony) -> str:
    decisions = testimony.consent()
    given = sum(1 for d in decisions.values() if d.state == "given")
    withdrawn = sum(1 for d in decisions.values() if d.state == "withdrawn")
    text = plurals().uses_allowed(given)
    if withdrawn:
        text += ", " + plurals().withdrawn(withdrawn)
    return text


class TestimoniesTab(QWidget):
    __test__ = False

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("testimoniesTab")
        self._context = context
        self._service: TestimonyService = context.service(TestimonyService)
        self._vocab: Vocabularies = context.service(Vocabularies)
        self.case: Case | None = None
        self.current: Testimony | None = None  # None: a new testimony is being typed
        self._loading = False
        self.model = RecordModel([
            Column(lambda: QCoreApplication.translate("testimonies", "Taken"), lambda t: t.taken_on.render(language()),
                   sort=lambda t: t.taken_on.sort_key()),
            Column(lambda: QCoreApplication.translate("testimonies", "Interviewee"), lambda t: t.interviewee_name),
            Column(lambda: QCoreApplication.translate("testimonies", "Language"), lambda t: t.language),
            Column(lambda: QCoreApplication.translate("testimonies", "Words"), lambda t: str(len(t.text.split()))),
            Column(lambda: QCoreApplication.translate("testimonies", "Consent"), consent_summary),
        ], self)
        self.table = QTableView(self)
        self.table.setObjectName("testimonyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.editor = TestimonyEditor(self._vocab, self)
        self.editor.edited.connect(self._edited)
        self.status = QLabel(self)
        self.status.setObjectName("testimonyStatus")
        self.status.setProperty("role", "subtle")
        self.status.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New testimony"), self)
        self.new_button.setObjectName("newTestimonyButton")
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("Save testimony"), self)
        self.save_button.setObjectName("saveTestimonyButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        # When the window is short (search panel open, small screen) the editor scrolls
        # instead of squeezing its boxes below their height.
        scroll = QScrollArea(self)
        scroll.setObjectName("testimonyEditorScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.editor)
        splitter.addWidget(scroll)
        splitter.setSizes([90, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self.annotations = AnnotationsPanel(context, self, collapsed=True)  # reviewer notes, folded under the editor
        layout.addWidget(self.annotations)
        layout.addLayout(buttons)

    # --- showing -------------------------------------------------------------------
    def show_case(self, case: Case) -> None:
        self.flush()
        self.case = case
        self.model.set_records(self._service.list_testimonies(case.ref))
        self.start_new()

    def start_new(self) -> None:
        self.flush()
        self.current = None
        self.annotations.show_target("testimony", None)
        self.table.clearSelection()
        draft = self._service.load_draft(self.case.ref) if self.case else None
        self._load(draft.fields if draft else {"language": "ru", "translation_language": "en"})
        if draft is not None:
            self.status.setText(self.tr("Unsaved draft from %1 recovered.").replace("%1", labels.local_time(draft.saved_at)))
        else:
            self.status.setText(self.tr("New testimony. Drafts are kept encrypted in the vault as you type."))
        self.editor.original.setFocus()

    def _row_chosen(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.case is None:
            return
        self.flush()
        testimony: Testimony = index.data(RECORD_ROLE)
        self.current = testimony
        self.annotations.show_target("testimony", testimony.id)
        draft = self._service.load_draft(self.case.ref, testimony.id)
        self._load(draft.fields if draft else testimony_fields(testimony))
        self.status.setText(self.tr("Unsaved changes from %1 recovered.").replace("%1", labels.local_time(draft.saved_at))
                            if draft else self.tr("Saved."))

    def _load(self, fields: dict) -> None:
        self._loading = True
        self.editor.set_fields(fields)
        self._loading = False

    # --- drafts --------------------------------------------------------------------
    def _edited(self) -> None:
        if not self._loading and self.case is not None:
            self._autosave.start()
            self.status.setText(self.tr("Editing…"))

    def autosave(self) -> None:
        if self.case is None:
            return
        try:
            saved_at = self._service.autosave_draft(self.case.ref, self.editor.fields(),
                                                    self.current.id if self.current else None)
        except VaultError as error:
            self.status.setText(error_sentence(error))
            return
        self.status.setText(self.tr("Draft saved in the vault at %1.").replace("%1", labels.local_time(saved_at)))

    def flush(self) -> None:
        """Save a pending draft now (before switching, locking or closing)."""
        if self._autosave.isActive():
            self._autosave.stop()
            self.autosave()

    # --- saving --------------------------------------------------------------------
    def save(self) -> None:
        if self.case is None:
            return
        self._autosave.stop()
        fields = self.editor.fields()
        try:
            saved = self._save_fields(fields)
        except VaultError as error:
            self.status.setText(error_sentence(error))
            self.status.setProperty("role", "error")
            self.status.style().polish(self.status)
            return
        self.status.setProperty("role", "subtle")
        self.status.style().polish(self.status)
        self.model.upsert(saved)
        self.current = saved
        self.annotations.show_target("testimony", saved.id)
        self.table.selectRow(self.model.row_of(saved.id))
        self.status.setText(self.tr("Testimony saved."))
        self._context.notify(self.tr("Testimony saved."))

    def _save_fields(self, fields: dict) -> Testimony:
        details = {k: fields[k] for k in ("language", "interviewee_name", "interviewer", "interpreter",
                                          "persons_present", "taken_on", "place")}
        consent = {use: state for use, state in fields["consent"].items() if state != NOT_ASKED}
        if self.current is None:
            saved = self._service.add_testimony(self.case.ref, fields["text"], consent=consent,
                                                from_draft=True, **details)
        else:
            saved = self._service.update_testimony(self.current.id, text=fields["text"], **details)
            for use, state in consent.items():
                if saved.consent_for(use) != state:
                    saved = self._service.record_consent(saved.id, use, state)
            self._service.discard_draft(self.case.ref, saved.id)
        translation = fields["translation"].strip()
        latest = saved.translations[-1].text if saved.translations else ""
        if translation and translation != latest.strip():
            self._service.add_translation(saved.id, fields["translation_language"] or "en", translation)
            saved = self._service.get_testimony(saved.id)
        return saved

    def consent_text(self, use: str) -> str:
        return state_label(self.editor.consent_boxes[use].currentData())
