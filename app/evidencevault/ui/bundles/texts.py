"""Sentences about bundles in the user's language: why something was left out, who signed."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from evidencevault.services.bundles import LeftOut

_CONSENT = re.compile(r"consent for (\w+) (?:is (\w+)|was never asked)")


def consent_use_label(code: str, vocab=None) -> str:  # noqa: ANN001
    return vocab.label("consent_use", code) if vocab is not None else code.replace("_", " ")


def _kind(kind: str) -> str:
    if kind == "person":
        return QCoreApplication.translate("bundles", "A person")
    if kind == "testimony":
        return QCoreApplication.translate("bundles", "A testimony")
    if kind == "evidence":
        return QCoreApplication.translate("bundles", "A file")
    return kind


def _why(reason: str, vocab) -> str:  # noqa: ANN001
    """The service's English reason (fixed phrases, no case data) in the user's language."""
    if reason == "the person is marked confidential":
        return QCoreApplication.translate("bundles", "marked confidential")
    if reason == "its location could not be removed":
        return QCoreApplication.translate("bundles", "its location could not be removed from the image")
    match = _CONSENT.fullmatch(reason)
    if match is None:
        return reason
    use, state = consent_use_label(match.group(1), vocab), match.group(2)
    if state is None:
        text = QCoreApplication.translate("bundles", "consent for “%1” was never asked")
    elif state == "withdrawn":
        text = QCoreApplication.translate("bundles", "consent for “%1” was withdrawn")
    else:
        text = QCoreApplication.translate("bundles", "consent for “%1” was refused")
    return text.replace("%1", use)


def left_out_sentence(left: LeftOut, vocab=None, what: str = "") -> str:  # noqa: ANN001
    """One line of the export summary: what kind of thing, which one, and why it stayed home."""
    text = QCoreApplication.translate("bundles", "%1 (%2): %3")
    return (text.replace("%1", _kind(left.kind)).replace("%2", what or left.item_id[:8])
            .replace("%3", _why(left.reason, vocab)))


def signer_sentence(name: str | None, verified: bool) -> str:
    if name is None:
        return QCoreApplication.translate(
            "bundles", "Not in your contacts. Compare this fingerprint with the sender's, in person "
            "or by phone, before you rely on it.")
    if verified:
        return QCoreApplication.translate("bundles", "%1, verified in person.").replace("%1", name)
    return QCoreApplication.translate("bundles", "%1, in your contacts but not verified in person.").replace("%1", name)
