"""The record commands as a script uses them: ids on stdout, --json, exit codes, and
errors that are one sentence on stderr with no traceback."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.integration.test_cli_vault import assert_one_sentence_error, cli_vault, ev  # noqa: F401

TEXT = "Меня задержали 14 марта 2021 года.\nВ ИВС били дубинкой. MARKER-Latin"


@pytest.fixture
def case(cli_vault):  # noqa: F811
    vault, pp = cli_vault
    result = ev("case", "add", "--vault", str(vault), "--passphrase-file", str(pp),
                "--title", "Дело Фармонова", "--ref", "UZ-1")
    assert result.returncode == 0, result.stderr
    return vault, pp, "UZ-1"


def run(case, *args, stdin=None, ok=True):
    vault, pp, _ = case
    result = ev(*args, "--vault", str(vault), "--passphrase-file", str(pp), stdin=stdin)
    if ok:
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
    return result


def test_testimony_add_and_list(case, tmp_path):
    text_file = tmp_path / "t.txt"
    text_file.write_text(TEXT, encoding="utf-8")
    added = run(case, "testimony", "add", "--case", "UZ-1", "--text-file", str(text_file),
                "--language", "ru", "--interviewee", "Фарход", "--interviewer", "Monitor",
                "--interpreter", "Interp", "--present", "сестра", "--date", "2021-04",
                "--consent", "legal_action=given", "--consent", "publication_named=refused")
    testimony_id = added.stdout.strip()
    assert len(testimony_id) == 32
    listed = json.loads(run(case, "testimony", "list", "--case", "UZ-1", "--json").stdout)
    assert [t["id"] for t in listed] == [testimony_id]
    [t] = listed
    assert t["text"] == TEXT and t["language"] == "ru" and t["interviewee_name"] == "Фарход"
    assert t["persons_present"] == ["сестра"] and t["taken_on"] == "2021-04"
    assert t["consent"] == {"legal_action": "given", "publication_named": "refused"}
    plain = run(case, "testimony", "list", "--case", "UZ-1").stdout
    assert testimony_id in plain and "April 2021" in plain
    withdrawn = run(case, "testimony", "consent", testimony_id, "legal_action", "withdrawn")
    assert "withdrawn" in withdrawn.stdout
    shown = json.loads(run(case, "testimony", "show", testimony_id, "--json").stdout)
    assert [d["state"] for d in shown["consent_history"]] == ["given", "refused", "withdrawn"]


def test_testimony_text_from_standard_input(case):
    vault, pp, ref = case
    result = ev("testimony", "add", "--case", ref, "--text-file", "-", "--vault", str(vault),
                "--passphrase-file", str(pp), stdin=TEXT)
    assert result.returncode == 0, result.stderr
    listed = json.loads(run(case, "testimony", "list", "--case", ref, "--json").stdout)
    assert listed[0]["text"] == TEXT


@pytest.mark.parametrize("args, words", [
    (["testimony", "add", "--case", "NOPE", "--text-file", "{text}"], "No case"),
    (["testimony", "add", "--case", "UZ-1", "--text-file", "{missing}"], "cannot read"),
    (["testimony", "add", "--case", "UZ-1", "--text-file", "{binary}"], "not UTF-8"),
    (["testimony", "add", "--case", "UZ-1", "--text-file", "{empty}"], "cannot be empty"),
    (["testimony", "add", "--case", "UZ-1", "--text-file", "{text}", "--date", "2021-02-30"],
     "no such day"),
    (["testimony", "add", "--case", "UZ-1", "--text-file", "{text}", "--consent", "legal_action=maybe"],
     "given, refused, withdrawn"),
    (["incident", "add", "--case", "UZ-1", "--title", "x", "--type", "tickling"], "unknown value"),
    (["complaint", "add", "--case", "UZ-1", "--authority", "x", "--authority-type", "oracle"],
     "unknown value"),
])
def test_bad_input_is_one_sentence_and_changes_nothing(case, tmp_path, args, words):
    files = {"text": tmp_path / "t.txt", "missing": tmp_path / "none.txt",
             "binary": tmp_path / "b.txt", "empty": tmp_path / "e.txt"}
    files["text"].write_text(TEXT, encoding="utf-8")
    files["binary"].write_bytes(b"\xff\xfe\x00\x81" * 10)
    files["empty"].write_text("  \n", encoding="utf-8")
    args = [a.format(**{k: str(v) for k, v in files.items()}) for a in args]
    before = run(case, "audit", "list", "--json").stdout
    result = run(case, *args, ok=False)
    assert_one_sentence_error(result)
    assert words in result.stderr
    assert run(case, "audit", "list", "--json").stdout == before


def test_persons_incidents_timeline_and_links(case):
    victim = run(case, "person", "add", "--case", "UZ-1", "--name", "Фарход Фармонов",
                 "--spelling", "Farhod Farmonov", "--role", "victim", "--birth-date", "~1985",
                 "--confidential", "birth_date").stdout.strip()
    officer = run(case, "person", "add", "--case", "UZ-1", "--name", "Officer K.", "--role",
                  "perpetrator", "--unit", "ОМВД", "--rank", "майор").stdout.strip()
    people = json.loads(run(case, "person", "list", "--case", "UZ-1", "--json").stdout)
    by_id = {p["id"]: p for p in people}
    assert by_id[officer]["roles"][0]["rank"] == "майор"
    assert by_id[victim]["birth_date"]["precision"] == "unknown"   # confidential: hidden
    shown = json.loads(run(case, "person", "list", "--case", "UZ-1", "--json",
                           "--show-confidential").stdout)
    assert {p["id"]: p for p in shown}[victim]["birth_date"]["year"] == 1985
    beating = run(case, "incident", "add", "--case", "UZ-1", "--title", "Beating", "--type",
                  "torture", "--date", "2021-03-14", "--method", "beating", "--victim", victim,
                  "--perpetrator", f"{officer}:direct").stdout.strip()
    arrest = run(case, "incident", "add", "--case", "UZ-1", "--title", "Arrest", "--type",
                 "arrest", "--date", "2021-03").stdout.strip()
    run(case, "incident", "link", arrest, "precedes", "--incident", beating)
    timeline = json.loads(run(case, "incident", "list", "--case", "UZ-1", "--json").stdout)
    assert [i["id"] for i in timeline] == [arrest, beating]
    assert timeline[0]["links"][0]["other_incident_id"] == beating
    assert timeline[1]["perpetrators"] == [{"person_id": officer, "involvement": "direct"}]
    assert timeline[1]["occurred_text"] == "14 March 2021"
    plain = run(case, "incident", "list", "--case", "UZ-1").stdout.splitlines()
    assert plain[0].startswith(arrest) and "March 2021" in plain[0]


def test_complaint_workflow_and_due_deadlines(case):
    complaint = run(case, "complaint", "add", "--case", "UZ-1", "--authority", "Прокуратура",
                    "--authority-type", "prosecutor", "--filed", "2021-04-01",
                    "--number", "12/3-45").stdout.strip()
    assert "now acknowledged" in run(case, "complaint", "status", complaint, "acknowledged").stdout
    refused = run(case, "complaint", "status", complaint, "appealed", ok=False)
    assert_one_sentence_error(refused)
    assert "cannot become appealed" in refused.stderr
    run(case, "complaint", "respond", complaint, "--type", "token_response", "--received",
        "2021-05-01", "--text", "Оснований нет.", "--status", "refused")
    soon = (dt.date.today() + dt.timedelta(days=5)).isoformat()
    late = (dt.date.today() - dt.timedelta(days=2)).isoformat()
    far = (dt.date.today() + dt.timedelta(days=60)).isoformat()
    for due, what in ((soon, "appeal"), (late, "answer"), (far, "later")):
        run(case, "complaint", "deadline", complaint, "--due", due, "--what", what)
    retaliation = run(case, "incident", "add", "--case", "UZ-1", "--title", "ШИЗО", "--type",
                      "solitary_confinement", "--date", "2021-05-10").stdout.strip()
    run(case, "incident", "link", retaliation, "retaliation_for", "--complaint", complaint)
    [listed] = json.loads(run(case, "complaint", "list", "--case", "UZ-1", "--json").stdout)
    assert listed["status"] == "refused" and listed["reference_number"] == "12/3-45"
    assert [h["to_status"] for h in listed["status_history"]] == ["filed", "acknowledged",
                                                                  "refused"]
    assert listed["responses"][0]["received_on"] == "2021-05-01"
    due = json.loads(run(case, "complaints", "due", "--json").stdout)
    assert [(d["deadline"]["what"], d["case_ref"]) for d in due] == [("answer", "UZ-1"),
                                                                      ("appeal", "UZ-1")]
    assert due[0]["days_left"] == -2
    plain = run(case, "complaints", "due", "--days", "90").stdout
    assert "2 days overdue" in plain and "later" in plain
    assert "intact" in run(case, "audit", "verify").stdout


def test_vocabulary_commands(case):
    names = json.loads(run(case, "vocabulary", "list", "--json").stdout)
    assert {"name": "act_type", "label_en": "Type of act", "label_ru": "Вид действия"} in names
    code = run(case, "vocabulary", "add", "place_type", "--label-en", "Basement",
               "--label-ru", "подвал").stdout.strip()
    assert code == "basement"
    run(case, "vocabulary", "retire", "place_type", "basement")
    terms = json.loads(run(case, "vocabulary", "list", "place_type", "--json", "--all").stdout)
    assert {"code": "basement", "retired": True}.items() <= next(
        t for t in terms if t["code"] == "basement").items()
    refused = run(case, "incident", "add", "--case", "UZ-1", "--title", "x", "--type", "arrest",
                  "--place-type", "basement", ok=False)
    assert_one_sentence_error(refused)
    assert "retired" in refused.stderr
