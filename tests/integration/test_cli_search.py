"""`evidence-vault search` as a script uses it."""

from __future__ import annotations

import json

from tests.integration.test_cli_vault import assert_one_sentence_error, cli_vault, ev  # noqa: F401


def test_search_prints_results_and_json_and_reindexes(cli_vault):  # noqa: F811
    vault, pp = cli_vault
    common = ("--vault", str(vault), "--passphrase-file", str(pp))
    assert ev("case", "add", *common, "--title", "Задержание Фармонова", "--ref", "UZ-17",
              "--tag", "torture").returncode == 0
    plain = ev("search", "Farmonova", *common)
    assert plain.returncode == 0, plain.stderr
    assert "UZ-17" in plain.stdout and "[Фармонова]" in plain.stdout
    as_json = json.loads(ev("search", "фармонова", "--json", "--type", "case", *common).stdout)
    hit = as_json["groups"][0]["hits"][0]
    assert hit["case_ref"] == "UZ-17" and hit["kind"] == "case"
    assert "[Фармонова]" in hit["title_marked"]
    none = ev("search", "Karimov", *common)
    assert none.returncode == 0 and "Nothing found." in none.stdout
    rebuilt = ev("search", "--reindex", *common)
    assert rebuilt.returncode == 0 and "1 records" in rebuilt.stdout


def test_search_errors_are_one_sentence(cli_vault):  # noqa: F811
    vault, pp = cli_vault
    common = ("--vault", str(vault), "--passphrase-file", str(pp))
    assert_one_sentence_error(ev("search", *common))
    assert_one_sentence_error(ev("search", "x", "--case", "NOPE", *common))
    assert_one_sentence_error(ev("search", "x", "--from", "yesterday", *common))
