"""The case list model: Qt's model checks, lazy pages, instant filter, row-by-row updates."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLineEdit

from evidencevault.services.cases import CaseService
from evidencevault.storage.cases import CaseRepository
from evidencevault.ui.cases.case_list import CaseList
from evidencevault.ui.cases.model import PAGE_SIZE, CaseFilterProxy, CaseTableModel


def bulk_cases(session, count: int, prefix: str = "Case") -> None:
    repo = CaseRepository(session.db)
    with session.db.transaction():
        for n in range(count):
            repo.insert(f"T-{n:06d}", f"{prefix} {n} — задержание", "open", "", ("tag",))


def test_models_pass_qt_model_checks(qtmodeltester, session):
    service = CaseService(session)
    service.add_case("Beating at police station No. 3", tags=["police", "2020"])
    service.add_case("Избиение в СИЗО-1", status="monitoring")
    model = CaseTableModel(service)
    model.search("")
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("сизо")
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy)


def test_pages_are_fetched_only_when_scrolled_to(qtbot, session):
    bulk_cases(session, PAGE_SIZE * 2 + 30)
    model = CaseTableModel(CaseService(session))
    model.search("")
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE * 2 + 30
    assert not model.canFetchMore(QModelIndex())


def test_view_scrolling_fetches_more(qtbot, session):
    bulk_cases(session, PAGE_SIZE + 10)
    widget = CaseList(CaseService(session))
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    assert widget.model.rowCount() == PAGE_SIZE
    widget.table.scrollToBottom()
    qtbot.waitUntil(lambda: widget.model.rowCount() == PAGE_SIZE + 10, timeout=3000)


def test_filter_as_you_type_and_search_of_unfetched_rows(qtbot, session):
    bulk_cases(session, PAGE_SIZE + 5)
    service = CaseService(session)
    oldest = service.list_cases()[-1]  # not in the first page
    widget = CaseList(service)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.model.row_of(oldest.id) is None
    edit = widget.findChild(QLineEdit, "caseFilterEdit")
    qtbot.keyClicks(edit, oldest.ref)
    # the vault is asked after a short pause, so rows never fetched are found too
    qtbot.waitUntil(lambda: widget.proxy.rowCount() == 1, timeout=3000)
    assert widget.proxy.index(0, 0).data() == oldest.ref
    edit.clear()
    qtbot.waitUntil(lambda: widget.model.search_text == "", timeout=3000)
    assert widget.proxy.rowCount() >= PAGE_SIZE, widget.proxy.rowCount()


def test_a_change_touches_one_row_not_the_whole_list(qtbot, session):
    service = CaseService(session)
    first = service.add_case("First")
    widget = CaseList(service)
    qtbot.addWidget(widget)
    resets, inserted, changed = [], [], []
    widget.model.modelReset.connect(lambda: resets.append(1))
    widget.model.rowsInserted.connect(lambda *a: inserted.append(a[1]))
    widget.model.dataChanged.connect(lambda tl, br, roles=(): changed.append(tl.row()))
    second = service.add_case("Second")
    widget.case_changed(second)
    widget.case_changed(service.update_case(first.ref, title="First, renamed"))
    assert resets == [] and inserted == [0] and changed == [1]
    assert widget.model.index(1, 1).data() == "First, renamed"
    assert widget.current_case().id == first.id


def test_empty_state_hint(qtbot, session):
    widget = CaseList(CaseService(session))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.empty.isVisible() and not widget.table.isVisible()
    widget.case_changed(CaseService(session).add_case("Now there is one"))
    assert widget.table.isVisible() and not widget.empty.isVisible()
