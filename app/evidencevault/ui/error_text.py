"""Turn an exception into one sentence in the user's language.

Typed errors carry an English template and parameters; the template is looked up
in the "errors" translation context, then filled in. Anything else becomes a
generic sentence naming only the exception type (its text might hold case data).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from evidencevault.domain.errors import VaultError


def error_sentence(error: BaseException) -> str:
    if isinstance(error, VaultError):
        template = QCoreApplication.translate("errors", error.template)
        try:
            return template.format(**error.params)
        except (KeyError, IndexError, ValueError):
            return error.message
    if isinstance(error, MemoryError):
        return QCoreApplication.translate("errors", "The computer ran out of memory; nothing was saved.")
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "errors", "The operating system refused a file operation ({kind}). Nothing was saved."
        ).format(kind=type(error).__name__)
    return QCoreApplication.translate(
        "errors", "An unexpected problem stopped this action ({kind}). Nothing was saved."
    ).format(kind=type(error).__name__)
