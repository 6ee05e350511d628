"""Table cells that show the search words in bold (not as literal [brackets])."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable

from PySide6.QtCore import QModelIndex, QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from evidencevault.ui.record_model import RECORD_ROLE


def marked_html(parts: Iterable) -> str:
    """Snippet parts (text, hit) as HTML: matches in <b>, everything else escaped."""
    return "".join(f"<b>{html.escape(p.text)}</b>" if p.hit else html.escape(p.text) for p in parts)


class HighlightDelegate(QStyledItemDelegate):
    """Paints ``parts_of(record)`` as one line of rich text, clipped to the cell."""

    def __init__(self, parts_of: Callable[[object], Iterable], parent=None) -> None:
        super().__init__(parent)
        self._parts_of = parts_of

    def html(self, index: QModelIndex) -> str:
        record = index.data(RECORD_ROLE)
        return "" if record is None else marked_html(self._parts_of(record))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        document = QTextDocument()
        document.setDefaultFont(options.font)
        document.setDocumentMargin(0)
        document.setHtml(self.html(index).replace("\n", " "))
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, options.widget) \
            if style is not None else option.rect
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        top = text_rect.top() + max(0, (text_rect.height() - document.size().height()) / 2)
        painter.translate(text_rect.left() + 2, top)
        painter.setClipRect(QRectF(0, 0, text_rect.width() - 2, text_rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()
