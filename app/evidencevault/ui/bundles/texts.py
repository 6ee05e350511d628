"""Sentences about bundles in the user's language: why something was left out, who signed."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from evidencevault.services.bundles import LeftOut

_CONSENT = re.compile(r"consent for (\w+) (?:is (\w+)|was never asked)")


def consent_use_label(code: str, vocab=None) -> str:  # noqa: ANN001
    return vocab.label("consent_use", code) if vocab is not None else code.replace("_", " ")


def left_out_sentence(left: LeftOut, vocab=None, what: str = "") -> str:  # noqa: ANN001
    """One line of the export summary: what kind of thing, and why it stayed home."""
    kind = {"person": QCoreApplication.translate("bundles", "A person"), "testimony": QCoreApplication.translate("bundles", "A testimony"),
            "evidence": QCoreApplication.translate("bundles", "A file")}.get(left.kind, left.kind)
    reason = left.reason
    if reason == "the person is marked confidential":
        why = QCoreApplication.translate("bundles", "marked confidential")
    elif reason == "its location could not be removed":
        why = QCoreApplication.translate("bundles", "its location could not be removed from the image")
    elif (match := _CONSENT.fullmatch(reason)) is not None:
        use = consent_use_label(match.group(1), vocab)
        state = match.group(2)
        if state is None:
            why = QCoreApplication.translate("bundles", "consent for “%1” was never asked").replace("%1", use)
        elif state == "withdrawn":
            why = QCoreApplication.translate("bundles", "consent for “%1” was withdrawn").replace("%1", use)
        else:
            why = QCoreApplication.translate("bundles", "consent for “%1” was refused").replace("%1", use)
    else:
        why = reason
    return QCoreApplication.translate("bundles", "%1 (%2): %3").replace("%1", kind).replace("%2", what or left.item_id[:8]).replace("%3", why)


def signer_sentence(name: str | None, verified: bool) -> str:
    if name is None:
        return QCoreApplication.translate("bundles", "Not in your contacts. Compare this fingerprint with the sender's, in person "
                  "or by phone, before you rely on it.")
    if verified:
        return QCoreApplication.translate("bundles", "%1, verified in person.").replace("%1", name)
    return QCoreApplication.translate("bundles", "%1, in your contacts but not verified in person.").replace("%1", name)
