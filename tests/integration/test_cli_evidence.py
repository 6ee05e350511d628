"""`evidence-vault evidence ...` as a script uses it."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
from PIL import Image

from tests.integration.test_cli_vault import assert_one_sentence_error, ev
from tests.integration.test_evidence import make_jpeg


@pytest.fixture
def vault_with_case(tmp_path, passphrase_file) -> list[str]:
    vault = tmp_path / "v"
    assert ev("init", "--vault", str(vault), "--passphrase-file", str(passphrase_file), "--fast-kdf").returncode == 0
    common = ["--vault", str(vault), "--passphrase-file", str(passphrase_file)]
    assert ev("case", "add", "--title", "Case", "--ref", "K-1", *common).returncode == 0
    return common


def test_add_list_show_export(vault_with_case, tmp_path):
    common = vault_with_case
    folder = tmp_path / "in"
    folder.mkdir()
    make_jpeg(folder / "photo 1.jpg")
    (folder / "notes.txt").write_bytes(b"written statement\n")
    added = ev("evidence", "add", "--case", "K-1", str(folder), "--source", "witness B", *common)
    assert added.returncode == 0, added.stderr
    lines = added.stdout.splitlines()
    assert len(lines) == 2
    item_id, digest, size, name = lines[1].split("  ", 3)
    assert name == "photo 1.jpg" and int(size) == (folder / "photo 1.jpg").stat().st_size
    assert digest == hashlib.sha256((folder / "photo 1.jpg").read_bytes()).hexdigest() and len(item_id) == 32

    listed = json.loads(ev("evidence", "list", "--case", "K-1", "--json", *common).stdout)
    assert {i["file_name"] for i in listed} == {"notes.txt", "photo 1.jpg"}
    shown = json.loads(ev("evidence", "show", item_id[:10], "--json", *common).stdout)
    assert shown["camera"] == "Canon EOS 5D" and shown["source"] == "witness B"
    text = ev("evidence", "show", item_id, *common).stdout
    assert "SHA-256:" in text and "GPS:" in text

    out = tmp_path / "exported.jpg"
    exported = ev("evidence", "export", item_id, "--out", str(out), *common)
    assert exported.returncode == 0 and "verified" in exported.stdout
    assert out.read_bytes() == (folder / "photo 1.jpg").read_bytes()
    assert_one_sentence_error(ev("evidence", "export", item_id, "--out", str(out), *common))

    again = ev("evidence", "add", "--case", "K-1", str(folder / "photo 1.jpg"), *common)
    assert again.returncode == 0 and "already in this case" in again.stderr


def test_working_copies_from_the_command_line(vault_with_case, tmp_path):
    common = vault_with_case
    make_jpeg(tmp_path / "face.jpg")
    item_id = ev("evidence", "add", "--case", "K-1", str(tmp_path / "face.jpg"), *common).stdout.split()[0]
    stripped = json.loads(ev("evidence", "strip-location", item_id, "--json", *common).stdout)
    assert stripped[0]["parent_id"] == item_id and stripped[0]["gps_lat"] is None
    redacted = ev("evidence", "redact", item_id, "--rect", "0,0,20,20", "--rect", "40,10,5,5", *common)
    assert redacted.returncode == 0, redacted.stderr
    copy_id = redacted.stdout.split()[0]
    out = tmp_path / "red.jpg"
    assert ev("evidence", "export", copy_id, "--out", str(out), *common).returncode == 0
    assert max(Image.open(io.BytesIO(out.read_bytes())).convert("RGB").getpixel((10, 10))) < 24
    assert_one_sentence_error(ev("evidence", "redact", item_id, "--rect", "1,2,3", *common))
    assert_one_sentence_error(ev("evidence", "redact", item_id, "--rect", "0,0,999,5", *common))


def test_errors_are_one_sentence(vault_with_case, tmp_path):
    common = vault_with_case
    assert_one_sentence_error(ev("evidence", "add", "--case", "K-1", str(tmp_path / "missing.jpg"), *common))
    assert_one_sentence_error(ev("evidence", "add", "--case", "NOPE", str(tmp_path), *common))
    assert_one_sentence_error(ev("evidence", "show", "0123456789abcdef", *common))
    listed = ev("evidence", "list", "--case", "K-1", *common)
    assert listed.returncode == 0 and "No evidence" in listed.stdout
