"""Keep the interface translations up to date.

    python tools/translations.py          # update the .ts files, then compile the .qm files

1. pyside6-lupdate collects every tr()/translate() string of app/evidencevault/ui into
   app/evidencevault/resources/translations/evidencevault_{ru,en}.ts, keeping the
   translations already made (translators edit the .ts files, e.g. with pyside6-linguist).
2. The "errors" context gets every VaultError template, so each error code reads in
   the user's language.
3. English gets only plural forms ("%n file(s)" → "1 file" / "2 files"), filled in here.
4. pyside6-lrelease compiles each .ts into the .qm the program loads.
The .qm files are generated: never edit them by hand.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "app" / "evidencevault" / "ui"
OUT = ROOT / "app" / "evidencevault" / "resources" / "translations"
BIN = Path(sys.executable).parent


def error_templates() -> list[str]:
    sys.path.insert(0, str(ROOT / "app"))
    from evidencevault.domain import errors

    found = []
    for value in vars(errors).values():
        if isinstance(value, type) and issubclass(value, errors.VaultError) and value.template not in found:
            found.append(value.template)
    return found


def lupdate(ts: Path, plural_only: bool = False) -> None:
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    command = [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete"]
    if plural_only:
        command.insert(-3, "-pluralonly")
    subprocess.run(command, check=True, capture_output=True)


def saved_error_translations(ts: Path) -> dict[str, str]:
    """The "errors" context is not in the sources, so lupdate drops it: keep it aside first."""
    if not ts.exists():
        return {}
    kept = {}
    for context in ET.parse(ts).getroot().findall("context"):
        if context.findtext("name") == "errors":
            for message in context.findall("message"):
                translation = message.find("translation")
                if translation is not None and translation.text and translation.get("type") != "unfinished":
                    kept[message.findtext("source")] = translation.text
    return kept


def add_errors_context(ts: Path, kept: dict[str, str]) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    context = next((c for c in root.findall("context") if c.findtext("name") == "errors"), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = "errors"
    known = {m.findtext("source") for m in context.findall("message")}
    # Templates translated before stay too (an error may be reworded and reworded back).
    for template in [*error_templates(), *(k for k in kept if k not in error_templates())]:
        if template not in known:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = template
            if template in kept:
                ET.SubElement(message, "translation").text = kept[template]
            else:
                ET.SubElement(message, "translation", type="unfinished")
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def english_plurals(ts: Path) -> None:
    """'%n file(s)' → '%n file' / '%n files'; '%n testimony(ies)' → '… testimony' / '… testimonies'."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        for form in list(translation):
            translation.remove(form)
        one = re.sub(r"\((?:s|es)\)", "", source).replace("y(ies)", "y")
        many = re.sub(r"\((s|es)\)", r"\1", source).replace("y(ies)", "ies")
        for text in (one, many):
            ET.SubElement(translation, "numerusform").text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def lrelease(ts: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True, capture_output=True)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    russian = OUT / "evidencevault_ru.ts"
    english = OUT / "evidencevault_en.ts"
    if not russian.exists():
        russian.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                           '<TS version="2.1" language="ru_RU"></TS>\n', encoding="utf-8")
    kept = saved_error_translations(russian)
    lupdate(russian)
    add_errors_context(russian, kept)
    english.unlink(missing_ok=True)
    english.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                       '<TS version="2.1" language="en_GB"></TS>\n', encoding="utf-8")
    lupdate(english, plural_only=True)
    english_plurals(english)
    for ts in (russian, english):
        lrelease(ts)
        print("compiled", ts.with_suffix(".qm").relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
