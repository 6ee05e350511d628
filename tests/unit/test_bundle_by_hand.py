"""The README.txt recipe, run exactly as written, with the real age, tar, sha256sum, openssl."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from evidencevault.bundle.readme import README
from evidencevault.bundle.writer import write_bundle
from tests.bundle_factory import make_content, random_files

AGE = shutil.which("age")
AGE_KEYGEN = shutil.which("age-keygen")


def sh(cmd: str, cwd) -> str:
    done = subprocess.run(["bash", "-c", cmd], cwd=cwd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{cmd!r} failed: {done.stderr}"
    return done.stdout + done.stderr


def sh_fails(cmd: str, cwd) -> str:
    done = subprocess.run(["bash", "-c", cmd], cwd=cwd, capture_output=True, text=True, timeout=120)
    assert done.returncode != 0, f"{cmd!r} should have failed"
    return done.stdout + done.stderr


@pytest.mark.skipif(AGE is None or AGE_KEYGEN is None,
                    reason="the age command-line tool is not installed (make test-tools installs it)")
def test_readme_recipe_verifies_a_bundle_made_for_an_age_keygen_key(tmp_path) -> None:
    # The lawyer made a key with the ordinary age-keygen and never installed our program.
    sh("age-keygen -o my-key.txt 2>/dev/null", tmp_path)
    recipient = re.search(r"age1[0-9a-z]+", (tmp_path / "my-key.txt").read_text()).group(0)
    content = make_content(random_files([0, 1234, 300_000]))
    written = write_bundle(tmp_path / "BUNDLE.evb", content, recipients=[recipient])

    # Step 1, as README.txt writes it.
    sh("age -d -i my-key.txt -o bundle.tar BUNDLE.evb", tmp_path)
    sh("mkdir bundle && tar -xf bundle.tar -C bundle", tmp_path)
    folder = tmp_path / "bundle"
    assert (folder / "README.txt").read_text(encoding="utf-8") == README
    # Step 2.
    out = sh("openssl pkeyutl -verify -pubin -inkey signer.pub -rawin "
             "-in manifest.json -sigfile manifest.sig", folder)
    assert "Signature Verified Successfully" in out
    # Step 3: the fingerprint printed by openssl + sha256sum is the one in the manifest.
    printed = sh("openssl pkey -pubin -in signer.pub -outform DER | tail -c 32 | sha256sum", folder)
    assert written.manifest.fingerprint.replace(" ", "") == printed.split()[0][:32]
    # Step 4.
    sums = sh("sha256sum SHA256SUMS", folder).split()[0]
    grep = sh("grep -o '\"sums_sha256\":\"[0-9a-f]*\"' manifest.json", folder)
    assert grep.strip() == f'"sums_sha256":"{sums}"'
    # Step 5.
    checked = sh("sha256sum -c SHA256SUMS", folder)
    assert checked.count(": OK") == 2 + 3

    # And the same recipe catches tampering.
    victim = next((folder / "files").iterdir())
    victim.write_bytes(victim.read_bytes() + b"!")
    assert "FAILED" in sh_fails("sha256sum -c SHA256SUMS", folder)
    manifest = folder / "manifest.json"
    manifest.write_bytes(manifest.read_bytes().replace(b'"seq":1', b'"seq":2'))
    assert "Signature Verification Failure" in sh_fails(
        "openssl pkeyutl -verify -pubin -inkey signer.pub -rawin "
        "-in manifest.json -sigfile manifest.sig", folder)


def test_openssl_here_verifies_ed25519_raw_signatures(tmp_path) -> None:
    """The recipe needs OpenSSL 3 with Ed25519 -rawin; check this machine has it."""
    content = make_content([b"x"])
    from tests.bundle_factory import members

    for name, data in members(content)[:4]:
        (tmp_path / name).write_bytes(data)
    out = sh("openssl pkeyutl -verify -pubin -inkey signer.pub -rawin "
             "-in manifest.json -sigfile manifest.sig", tmp_path)
    assert "Signature Verified Successfully" in out
