"""Ids as people type them on the command line: the first 4+ characters of any record's
id work in every command that takes one, an ambiguous prefix is refused with its own
sentence, and the reparation and annotation commands. One vault for the whole module
(each command costs a key derivation)."""

from __future__ import annotations

import json

import pytest

from evidencevault.services.persons import PersonService
from evidencevault.services.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.integration.test_cli_vault import assert_one_sentence_error, ev

JPEG_SIZE = (64, 48)


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ids")
    pp = folder / "pass.txt"
    pp.write_text(PASSPHRASE + "\n", encoding="utf-8")
    vault_dir = folder / "v"
    assert ev("init", "--vault", str(vault_dir), "--passphrase-file", str(pp),
              "--fast-kdf").returncode == 0
    opts = ("--vault", str(vault_dir), "--passphrase-file", str(pp))
    assert ev("case", "add", *opts, "--title", "Дело", "--ref", "UZ-17").returncode == 0
    return folder, vault_dir, pp, opts


def run(vault, *args, ok=True):
    result = ev(*args, *vault[3])
    if ok:
        assert result.returncode == 0, result.stderr
    return result


def _files(folder):
    from PIL import Image

    photo = folder / "photo.jpg"
    Image.new("RGB", JPEG_SIZE, "gray").save(photo)
    pdf = folder / "letter.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    return photo, pdf


def test_every_command_takes_a_short_id_prefix(vault):
    folder = vault[0]
    victim = run(vault, "person", "add", "--case", "UZ-17", "--name", "Фарход").stdout.strip()
    officer = run(vault, "person", "add", "--case", "UZ-17", "--name", "Officer").stdout.strip()
    run(vault, "person", "role", "--case", "UZ-17", officer[:4], "perpetrator")
    incident = run(vault, "incident", "add", "--case", "UZ-17", "--title", "Beaten", "--type",
                   "torture", "--victim", victim[:4], "--perpetrator",
                   officer[:5] + ":direct").stdout.strip()
    [listed] = [i for i in json.loads(run(vault, "incident", "list", "--case", "UZ-17",
                                          "--json").stdout) if i["id"] == incident]
    assert listed["victims"] == [victim]
    assert listed["perpetrators"] == [{"person_id": officer, "involvement": "direct"}]

    text = folder / "t.txt"
    text.write_text("Меня задержали.", encoding="utf-8")
    testimony = run(vault, "testimony", "add", "--case", "UZ-17", "--text-file", str(text),
                    "--interviewee-id", victim[:6]).stdout.strip()
    shown = json.loads(run(vault, "testimony", "show", testimony[:4], "--json").stdout)
    assert shown["id"] == testimony and shown["interviewee_id"] == victim
    run(vault, "testimony", "consent", testimony[:4], "legal_action", "given")
    run(vault, "testimony", "translate", testimony[:4], "--language", "en", "--text-file", str(text))

    photo, _pdf = _files(folder)
    item = run(vault, "evidence", "add", "--case", "UZ-17", str(photo)).stdout.split()[0]
    assert json.loads(run(vault, "evidence", "show", item[:4], "--json").stdout)["id"] == item

    complaint = run(vault, "complaint", "add", "--case", "UZ-17", "--authority", "Prosecutor",
                    "--authority-type", "prosecutor", "--filed", "2021-04-01").stdout.strip()
    run(vault, "complaint", "status", complaint[:4], "acknowledged")
    run(vault, "complaint", "respond", complaint[:4], "--type", "token_response",
        "--evidence", item[:4])
    deadline = run(vault, "complaint", "deadline", complaint[:4], "--due", "2021-05-11",
                   "--what", "appeal").stdout.strip()
    run(vault, "complaint", "deadline-met", deadline[:4], "--on", "2021-05-10")
    run(vault, "incident", "link", incident[:4], "retaliation_for", "--complaint", complaint[:4])
    [c] = json.loads(run(vault, "complaint", "list", "--case", "UZ-17", "--json").stdout)
    assert c["status"] == "acknowledged" and c["responses"][0]["evidence_item_ids"] == [item]
    assert c["deadlines"][0]["met_on"] == "2021-05-10"

    claim = run(vault, "reparation", "add", "--case", "UZ-17", "--kind", "compensation",
                "--person", victim[:4], "--complaint", complaint[:4]).stdout.strip()
    run(vault, "reparation", "status", claim[:4], "claimed")
    [r] = json.loads(run(vault, "reparation", "list", "--case", "UZ-17", "--json").stdout)
    assert (r["id"], r["status"], r["person_id"], r["complaint_id"]) == \
        (claim, "claimed", victim, complaint)

    note = run(vault, "annotate", item[:4], "--note", "Matches the report",
               "--reliability", "probably_true").stdout.strip()
    [a] = json.loads(run(vault, "annotations", "list", "--on", item[:4], "--json").stdout)
    assert (a["id"], a["target_type"], a["target_id"], a["reliability"]) == \
        (note, "evidence", item, "probably_true")


def test_an_ambiguous_or_too_short_prefix_gets_its_own_sentence(vault):
    session = open_vault(vault[1], passphrase=PASSPHRASE)
    try:
        persons, seen = PersonService(session), {}
        while True:   # about 300 persons until two ids share their first 4 characters
            person_id = persons.add_person("UZ-17", "Someone").id
            if person_id[:4] in seen:
                break
            seen[person_id[:4]] = person_id
    finally:
        session.close()
    shared = person_id[:4]
    ambiguous = run(vault, "person", "role", "--case", "UZ-17", shared, "witness", ok=False)
    assert_one_sentence_error(ambiguous)
    assert f"{shared} matches several persons; type more characters" in ambiguous.stderr
    longer = run(vault, "person", "role", "--case", "UZ-17", person_id[:12], "witness")
    assert longer.stdout.strip()
    short = run(vault, "incident", "add", "--case", "UZ-17", "--title", "T", "--type", "torture",
                "--victim", "abc", ok=False)
    assert_one_sentence_error(short)
    assert "at least 4 characters" in short.stderr
    missing = run(vault, "testimony", "show", "ffffffffffff", ok=False)
    assert_one_sentence_error(missing)
    assert "No testimony with reference ffffffffffff" in missing.stderr


def test_redact_on_a_pdf_says_what_the_file_is(vault):
    _photo, pdf = _files(vault[0])
    item = run(vault, "evidence", "add", "--case", "UZ-17", str(pdf)).stdout.split()[0]
    before = run(vault, "evidence", "list", "--case", "UZ-17").stdout
    for command in (["redact", item[:6], "--rect", "1,1,2,2"], ["strip-location", item[:6]]):
        result = run(vault, "evidence", *command, ok=False)
        assert_one_sentence_error(result)
        assert "it is a PDF document" in result.stderr
        assert "Error" not in result.stderr and "(Unidentified" not in result.stderr
    assert run(vault, "evidence", "list", "--case", "UZ-17").stdout == before


def test_reparation_and_annotation_mistakes_change_nothing(vault):
    before = json.loads(run(vault, "reparation", "list", "--case", "UZ-17", "--json").stdout)
    claim = run(vault, "reparation", "add", "--case", "UZ-17", "--kind",
                "medical_rehabilitation").stdout.strip()
    refused = run(vault, "reparation", "status", claim[:6], "abandoned", ok=False)
    assert_one_sentence_error(refused)
    assert "stood in the way" in refused.stderr
    unknown = run(vault, "reparation", "add", "--case", "UZ-17", "--kind", "money", ok=False)
    assert_one_sentence_error(unknown)
    claims = json.loads(run(vault, "reparation", "list", "--case", "UZ-17", "--json").stdout)
    assert {c["id"]: c["status"] for c in claims}[claim] == "not_claimed"
    assert len(claims) == len(before) + 1
    empty = run(vault, "annotate", "UZ-17", ok=False)
    assert_one_sentence_error(empty)
    on_case = run(vault, "annotate", "UZ-17", "--note", "Ask the sister").stdout.strip()
    bad = run(vault, "annotate", claim[:6], "--reliability", "maybe", ok=False)
    assert_one_sentence_error(bad)
    listed = json.loads(run(vault, "annotations", "list", "--case", "UZ-17", "--json").stdout)
    assert on_case in {a["id"] for a in listed}
    assert not any(a["target_id"] == claim for a in listed)
