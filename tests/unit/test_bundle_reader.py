"""Opening bundles: a real age + tar round trip, and every kind of bad input refused."""

from __future__ import annotations

import io
import tarfile
import time
import tracemalloc

import pyrage
import pytest

from evidencevault.bundle import agefile
from evidencevault.bundle.reader import open_bundle
from evidencevault.bundle.tarwrite import ChunkReader
from evidencevault.bundle.writer import write_bundle
from evidencevault.crypto import signing
from evidencevault.domain.errors import (
    BundleDamaged, BundleNotForYou, BundleSignatureInvalid, BundleUnreadable, BundleUnsafe,
    BundleWrongPassphrase, ExportCancelled, HashMismatch, VaultError,
)
from tests.bundle_factory import (
    build_tar, make_content, members, new_identity, random_files, special, write_age,
)


class Sinks:
    """Sink factory that records what happens to every sink (staging stand-in)."""

    def __init__(self) -> None:
        self.made: list[dict] = []

    def __call__(self, file):
        record = {"path": file.path, "data": bytearray(), "discarded": False}
        self.made.append(record)

        class Sink:
            def write(self, data):
                record["data"].extend(data)

            def close(self):
                pass

            def discard(self):
                record["discarded"] = True
        return Sink()

    def all_discarded(self) -> bool:
        return all(r["discarded"] for r in self.made)


@pytest.fixture
def keys():
    identity, recipient = new_identity()
    return agefile.parse_identities(identity), recipient


def test_round_trip_with_a_key(tmp_path, keys) -> None:
    identities, recipient = keys
    datas = random_files([0, 1, 16383, 16384, 70_000, 2_000_003])
    written = write_bundle(tmp_path / "b.evb", make_content(datas), recipients=[recipient])
    sinks = Sinks()
    opened = open_bundle(written.path, identities=identities, sink_factory=sinks)
    assert [bytes(r["data"]) for r in sinks.made] == datas
    assert opened.manifest == written.manifest
    assert opened.signer_public_key.hex() == written.manifest.signing_key
    assert not any(r["discarded"] for r in sinks.made)
    assert opened.bytes_read == written.size
    assert not (tmp_path / "b.evb.part").exists()


def test_round_trip_with_a_passphrase(tmp_path) -> None:
    datas = random_files([10, 20_000])
    written = write_bundle(tmp_path / "p.evb", make_content(datas), passphrase="a long passphrase")
    sinks = Sinks()
    open_bundle(written.path, passphrase="a long passphrase", sink_factory=sinks)
    assert [bytes(r["data"]) for r in sinks.made] == datas
    with pytest.raises(BundleWrongPassphrase):
        open_bundle(written.path, passphrase="not it", sink_factory=sinks)
    with pytest.raises(BundleUnreadable, match="passphrase"):
        open_bundle(written.path, identities=agefile.parse_identities(new_identity()[0]))


def test_wrong_recipient_is_refused_and_nothing_is_kept(tmp_path, keys) -> None:
    _identities, recipient = keys
    written = write_bundle(tmp_path / "b.evb", make_content(random_files([100])), recipients=[recipient])
    other = agefile.parse_identities(new_identity()[0])
    sinks = Sinks()
    with pytest.raises(BundleNotForYou) as caught:
        open_bundle(written.path, identities=other, sink_factory=sinks)
    assert "not encrypted to" in caught.value.message
    assert sinks.made == []


def _assert_refused(path, identities) -> VaultError:
    sinks = Sinks()
    with pytest.raises(VaultError) as caught:
        open_bundle(path, identities=identities, sink_factory=sinks)
    assert sinks.all_discarded()
    return caught.value


def test_one_flipped_bit_anywhere_is_refused(tmp_path, keys) -> None:
    identities, recipient = keys
    written = write_bundle(tmp_path / "b.evb", make_content(random_files([150_000, 3000])),
                           recipients=[recipient])
    original = written.path.read_bytes()
    size = len(original)
    positions = sorted({0, 5, 30, 60, 100, 150, 200, size // 7, size // 3, size // 2,
                        size - 65_000, size - 20, size - 1} | {i * size // 29 for i in range(29)})
    bad = tmp_path / "bad.evb"
    codes = set()
    for pos in positions:
        damaged = bytearray(original)
        damaged[pos] ^= 1 << (pos % 8)
        bad.write_bytes(damaged)
        codes.add(_assert_refused(bad, identities).code)
    assert codes <= {"bundle_unreadable", "bundle_not_for_you", "bundle_damaged"}
    assert "bundle_damaged" in codes


def test_truncation_at_many_points_is_refused(tmp_path, keys) -> None:
    identities, recipient = keys
    written = write_bundle(tmp_path / "b.evb", make_content(random_files([200_000, 70_000])),
                           recipients=[recipient])
    original = written.path.read_bytes()
    cuts = sorted({0, 1, 21, 22, 50, 120, 200, len(original) - 1, len(original) - 17}
                  | {i * len(original) // 37 for i in range(1, 37)}
                  | {p for p in range(65_536, len(original), 65_552)})
    bad = tmp_path / "cut.evb"
    for cut in cuts:
        bad.write_bytes(original[:cut])
        error = _assert_refused(bad, identities)
        assert error.code in {"bundle_unreadable", "bundle_damaged"}, cut


def _tar_with(content, replace: dict[str, bytes] | None = None, extra: list | None = None,
              drop_files: bool = False) -> bytes:
    entries = members(content)
    if drop_files:
        entries = entries[:6]
    entries = [(n, (replace or {}).get(n, d)) for n, d in entries]
    return build_tar(entries + (extra or []))


def test_a_manifest_changed_after_signing_is_refused(tmp_path, keys) -> None:
    identities, recipient = keys
    content = make_content(random_files([500]))
    manifest = dict(members(content))["manifest.json"]
    forged = manifest.replace(b'"title":"Photo 1"', b'"title":"Photo X"')
    assert forged != manifest
    path = write_age(tmp_path / "f.evb", _tar_with(content, {"manifest.json": forged}), recipient)
    error = _assert_refused(path, identities)
    assert isinstance(error, BundleSignatureInvalid) and "does not verify" in error.message


def test_a_signature_or_key_that_does_not_match_is_refused(tmp_path, keys) -> None:
    identities, recipient = keys
    content = make_content(random_files([500]))
    parts = dict(members(content))
    other = signing.new_signing_key()
    cases = {
        "other signature": {"manifest.sig": signing.sign(other, parts["manifest.json"])},
        "other key": {"manifest.sig": signing.sign(other, parts["manifest.json"]),
                      "signer.pub": signing.public_key_pem(signing.public_key_of(other))},
        "not a key": {"signer.pub": b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"},
    }
    for replace in cases.values():
        path = write_age(tmp_path / "s.evb", _tar_with(content, replace), recipient)
        assert isinstance(_assert_refused(path, identities), BundleSignatureInvalid)


def test_changed_file_bytes_and_sums_are_refused(tmp_path, keys) -> None:
    identities, recipient = keys
    content = make_content(random_files([500, 600]))
    parts = dict(members(content))
    name = [n for n in parts if n.startswith("files/")][1]
    changed = bytes([parts[name][0] ^ 1]) + parts[name][1:]
    path = write_age(tmp_path / "c.evb", _tar_with(content, {name: changed}), recipient)
    assert "does not match its SHA-256" in _assert_refused(path, identities).message
    sums = parts["SHA256SUMS"].replace(b"  files/", b"  files/x", 1)
    path = write_age(tmp_path / "c.evb", _tar_with(content, {"SHA256SUMS": sums}), recipient)
    assert "SHA256SUMS" in _assert_refused(path, identities).message
    audit = b'{"seq":2}\n'
    path = write_age(tmp_path / "c.evb", _tar_with(content, {"audit.jsonl": audit}), recipient)
    assert "audit.jsonl" in _assert_refused(path, identities).message


@pytest.mark.parametrize("extra, words", [
    ([("../outside", b"x")], "climbs out"),
    ([("/etc/cron.d/x", b"x")], "absolute path"),
    ([special("files/00002-a", tarfile.SYMTYPE, "/etc/shadow")], "symbolic link"),
    ([special("files/00002-a", tarfile.LNKTYPE, "README.txt")], "hard link"),
    ([special("files/00002-a", tarfile.CHRTYPE)], "device file"),
    ([("files/00002-extra", b"x")], "not listed in the signed manifest"),
])
def test_unsafe_entries_after_a_valid_signed_start_are_refused(tmp_path, keys, extra, words) -> None:
    identities, recipient = keys
    content = make_content(random_files([10]))
    path = write_age(tmp_path / "u.evb", _tar_with(content, extra=extra), recipient)
    error = _assert_refused(path, identities)
    assert isinstance(error, BundleUnsafe) and words in error.message


def test_unsafe_first_entries_are_refused(tmp_path, keys) -> None:
    identities, recipient = keys
    for entries in ([("../README.txt", b"x")], [special("README.txt", tarfile.SYMTYPE, "/etc")],
                    [("manifest.json", b"{}")]):
        path = write_age(tmp_path / "u.evb", build_tar(entries), recipient)
        assert isinstance(_assert_refused(path, identities), BundleUnsafe)


def test_an_entry_larger_than_announced_is_refused_before_its_bytes(tmp_path, keys) -> None:
    identities, recipient = keys
    content = make_content([b"small"])
    entries = members(content)
    entries[-1] = (entries[-1][0], b"small" + b"\0" * 5_000_000)
    path = write_age(tmp_path / "big.evb", build_tar(entries), recipient)
    sinks = Sinks()
    with pytest.raises(BundleUnsafe, match="not the size the signed manifest announces"):
        open_bundle(path, identities=identities, sink_factory=sinks)
    assert sinks.made == []
    # a metadata entry announcing an enormous size is refused at its header
    huge = tarfile.TarInfo("README.txt")
    huge.size = 1 << 40
    header = huge.tobuf(tarfile.PAX_FORMAT, "utf-8", "strict")
    path = write_age(tmp_path / "huge.evb", header + b"\0" * 4096, recipient)
    assert "larger than allowed" in _assert_refused(path, identities).message


def test_a_million_tiny_entries_are_refused_quickly(tmp_path, keys) -> None:
    identities, recipient = keys
    content = make_content([b"one"])
    start = build_tar(members(content))[:-2 * 512]
    start = start[:len(start) - len(start) % 512]
    while start.endswith(b"\0" * 512):
        start = start[:-512]
    template = tarfile.TarInfo("t/0000000").tobuf(tarfile.USTAR_FORMAT, "utf-8", "strict")

    def stream():
        yield start
        block = bytearray(template)
        for i in range(1_000_000):
            block[2:9] = b"%07d" % i
            block[148:156] = b" " * 8
            block[148:156] = b"%06o\0 " % sum(block)
            yield bytes(block)
        yield b"\0" * 1024

    path = tmp_path / "million.evb"
    with open(path, "wb") as out:
        pyrage.encrypt_io(io.BufferedReader(ChunkReader(stream()), 1 << 20), out,
                          [pyrage.x25519.Recipient.from_str(recipient)])
    assert path.stat().st_size > 500_000_000
    tracemalloc.start()
    started = time.perf_counter()
    error = _assert_refused(path, identities)
    elapsed = time.perf_counter() - started
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert isinstance(error, BundleUnsafe) and "not listed in the signed manifest" in error.message
    print(f"refused in {elapsed:.2f} s")   # timing is a figure here, never a pass criterion
    assert peak < 16 * 1024 * 1024


def test_export_stops_on_cancel_and_on_a_hash_mismatch_leaving_nothing(tmp_path, keys) -> None:
    _identities, recipient = keys
    content = make_content(random_files([3_000_000, 3_000_000]))
    seen = []
    with pytest.raises(ExportCancelled):
        write_bundle(tmp_path / "c.evb", content, recipients=[recipient],
                     progress=lambda done, total: seen.append(done),
                     cancel=lambda: len(seen) > 1)
    assert list(tmp_path.iterdir()) == []
    broken = make_content(random_files([1000]))
    source = broken.sources[0]
    broken.sources[0] = type(source)(source.file, lambda: [b"\1" * 1000])
    with pytest.raises(HashMismatch):
        write_bundle(tmp_path / "h.evb", broken, recipients=[recipient])
    assert list(tmp_path.iterdir()) == []


def test_not_an_age_file_is_refused(tmp_path, keys) -> None:
    identities, _recipient = keys
    path = tmp_path / "x.evb"
    path.write_bytes(b"PK\3\4 this is a zip file")
    with pytest.raises(BundleUnreadable, match="does not start like an age"):
        open_bundle(path, identities=identities)
    path.write_bytes(b"")
    with pytest.raises(BundleUnreadable):
        open_bundle(path, identities=identities)


def test_damage_detected_inside_the_walker_is_not_reported_as_success(tmp_path, keys) -> None:
    identities, recipient = keys
    content = make_content([b"abc"])
    path = write_age(tmp_path / "d.evb", _tar_with(content, drop_files=True), recipient)
    assert isinstance(_assert_refused(path, identities), BundleDamaged)


def test_a_write_failure_inside_age_becomes_one_sentence_and_leaves_nothing(tmp_path, keys) -> None:
    """The file-size limit makes the kernel refuse writes (EFBIG) while pyrage writes the bundle."""
    import subprocess
    import sys
    import textwrap
    from pathlib import Path

    _identities, recipient = keys
    script = textwrap.dedent(f"""
        import resource, signal, sys
        from pathlib import Path
        sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})
        from tests.bundle_factory import make_content, random_files
        from evidencevault.bundle.writer import write_bundle
        from evidencevault.domain.errors import VaultError
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        content = make_content(random_files([3_000_000]))
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))
        try:
            write_bundle(Path({str(tmp_path / 'big.evb')!r}), content, recipients=[{recipient!r}])
        except VaultError as exc:
            print(exc.code, exc.message)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("bundle_write_failed "), done.stdout
    assert "File too large" in done.stdout and "no bundle file was left behind" in done.stdout
    assert list(tmp_path.iterdir()) == []
