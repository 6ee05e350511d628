"""`evidence-vault identity / contact / bundle ...` as a monitor and a lawyer use them."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess

import pytest

from tests.integration.test_cli_vault import assert_one_sentence_error, ev


@pytest.fixture
def two_vaults(tmp_path, passphrase_file):
    common = {}
    for who in ("monitor", "lawyer"):
        vault = tmp_path / who
        assert ev("init", "--vault", str(vault), "--passphrase-file", str(passphrase_file),
                  "--fast-kdf").returncode == 0
        common[who] = ["--vault", str(vault), "--passphrase-file", str(passphrase_file)]
    m = common["monitor"]
    assert ev("case", "add", "--title", "Case", "--ref", "K-1", *m).returncode == 0
    (tmp_path / "statement.txt").write_bytes(b"written statement\n")
    (tmp_path / "video.bin").write_bytes(os.urandom(200_000))
    added = ev("evidence", "add", "--case", "K-1", str(tmp_path / "statement.txt"),
               str(tmp_path / "video.bin"), *m)
    assert added.returncode == 0, added.stderr
    return common


def test_export_verify_import_from_the_command_line(two_vaults, tmp_path) -> None:
    m, law = two_vaults["monitor"], two_vaults["lawyer"]
    me = json.loads(ev("identity", "--json", *law).stdout)
    monitor = json.loads(ev("identity", "--json", *m).stdout)
    assert me["recipient"].startswith("age1")
    out = tmp_path / "K-1.evb"
    exported = ev("bundle", "export", "--case", "K-1", "--to", me["recipient"], "--out", str(out), *m)
    assert exported.returncode == 0, exported.stderr
    assert "2 file(s)" in exported.stdout and out.exists()

    added = ev("contact", "add", "--name", "Monitor", "--recipient", monitor["recipient"],
               "--fingerprint", monitor["fingerprint"].replace(" ", ""), "--verified", *law)
    assert added.returncode == 0, added.stderr
    assert "verified in person" in ev("contact", "list", *law).stdout

    verified = ev("bundle", "verify", str(out), *law)
    assert verified.returncode == 0, verified.stderr
    assert "Monitor, verified in person" in verified.stdout and "all is well" in verified.stdout

    imported = ev("bundle", "import", str(out), "--json", *law)
    assert imported.returncode == 0, imported.stderr
    result = json.loads(imported.stdout)
    assert result["items_added"] == 2 and result["signer_name"] == "Monitor"
    again = ev("bundle", "import", str(out), *law)
    assert again.returncode == 0 and "already imported" in again.stdout
    listed = json.loads(ev("evidence", "list", "--case", result["case_refs"][0], "--json", *law).stdout)
    assert len(listed) == 2 and all(item["read_only"] for item in listed)


@pytest.mark.skipif(shutil.which("age-keygen") is None, reason="age-keygen is not installed")
def test_verify_with_an_age_keygen_identity_and_no_vault(two_vaults, tmp_path) -> None:
    key = tmp_path / "lawyer-key.txt"
    subprocess.run(["age-keygen", "-o", str(key)], capture_output=True, check=True)
    recipient = re.search(r"age1[0-9a-z]+", key.read_text()).group(0)
    out = tmp_path / "b.evb"
    assert ev("bundle", "export", "--case", "K-1", "--to", recipient, "--out", str(out),
              *two_vaults["monitor"]).returncode == 0
    verified = ev("bundle", "verify", str(out), "--identity", str(key))
    assert verified.returncode == 0, verified.stderr
    assert "not in your contacts" in verified.stdout and "all is well" in verified.stdout
    damaged = bytearray(out.read_bytes())
    damaged[len(damaged) // 2] ^= 4
    out.write_bytes(damaged)
    assert_one_sentence_error(ev("bundle", "verify", str(out), "--identity", str(key)))


def test_bad_bundle_commands_give_one_sentence(two_vaults, tmp_path) -> None:
    m, law = two_vaults["monitor"], two_vaults["lawyer"]
    assert_one_sentence_error(ev("bundle", "export", "--case", "K-1", "--to", "age1bad",
                                 "--out", str(tmp_path / "x.evb"), *m))
    assert_one_sentence_error(ev("bundle", "export", "--case", "K-1", "--out", str(tmp_path / "x.evb"), *m))
    assert not (tmp_path / "x.evb").exists()
    other = json.loads(ev("identity", "--json", *m).stdout)["recipient"]
    out = tmp_path / "for-monitor.evb"
    assert ev("bundle", "export", "--case", "K-1", "--to", other, "--out", str(out), *m).returncode == 0
    assert_one_sentence_error(ev("bundle", "import", str(out), *law))
    (tmp_path / "junk.evb").write_bytes(b"junk")
    assert_one_sentence_error(ev("bundle", "verify", str(tmp_path / "junk.evb"), *law))


def test_verify_exits_non_zero_when_the_audit_entries_do_not_check(tmp_path) -> None:
    """Well signed, but its checkpoint signature and audit entries are made up."""
    from evidencevault.bundle import agefile
    from evidencevault.bundle.writer import write_bundle
    from tests.bundle_factory import make_content

    identity, recipient = agefile.new_identity()
    key = tmp_path / "key.txt"
    key.write_text(identity + "\n")
    out = write_bundle(tmp_path / "b.evb", make_content([b"abc"]), recipients=[recipient]).path
    verified = ev("bundle", "verify", str(out), "--identity", str(key))
    assert verified.returncode == 1
    assert "NOT VERIFIED" in verified.stdout
    assert "the audit checkpoint's signature does not verify" in verified.stdout
    assert "file 1 has no audit entry" in verified.stdout
