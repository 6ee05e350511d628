"""Evidence intake on a real vault: originals bit-for-bit, metadata, dedup, export, working copies."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest
from PIL import Image

from evidencevault.domain.errors import (
    FileUnreadable,
    HashMismatch,
    IntakeCancelled,
    InvalidInput,
    MediaDamaged,
    NotAnImage,
    NotFound,
)
from evidencevault.domain.evidence import Rectangle
from evidencevault.services.cases import CaseService
from evidencevault.services.evidence import Acquisition, EvidenceService
from evidencevault.services.vault import open_vault
from evidencevault.storage.blobstore import _Hold

PASSPHRASE = "correct horse battery staple"
MARKER = b"EVIDENCE-MARKER-7d1f3c"


def make_jpeg(path: Path, *, gps: bool = True, size=(96, 64)) -> bytes:
    image = Image.effect_noise(size, 60).convert("RGB")
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Canon", "EOS 5D"
    exif.get_ifd(0x8769)[0x9003] = "2024:03:05 09:08:07"
    if gps:
        g = exif.get_ifd(0x8825)
        g[1], g[2], g[3], g[4] = "N", (55.0, 45.0, 21.0), "W", (37.0, 36.0, 56.0)
    buf = io.BytesIO()
    image.save(buf, "JPEG", exif=exif, quality=90)
    path.write_bytes(buf.getvalue())
    return buf.getvalue()


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    (folder / "sub").mkdir(parents=True)
    make_jpeg(folder / "injury.jpg")
    (folder / "letter.pdf").write_bytes(b"%PDF-1.4\n" + MARKER + b"\n%%EOF\n")
    (folder / "sub" / "recording.bin").write_bytes(MARKER + os.urandom(300_000))
    (folder / "sub" / "damaged.jpg").write_bytes((folder / "injury.jpg").read_bytes()[:400])
    return folder


@pytest.fixture
def evidence(session):
    CaseService(session).add_case("Detention of A.", ref="C-1")
    return EvidenceService(session)


def media_files(session) -> list[str]:
    return sorted(os.listdir(session.vault.media_dir))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_folder_intake_keeps_every_file_with_hash_metadata_and_provenance(session, evidence, files):
    items = evidence.add_files("C-1", [files], Acquisition(source="sister of A.", method="USB stick",
                                                            reliability="probably_true"))
    by_name = {i.file_name: i for i in items}
    assert sorted(by_name) == ["damaged.jpg", "injury.jpg", "letter.pdf", "recording.bin"]
    for path in files.rglob("*"):
        if path.is_file():
            item = by_name[path.name]
            assert item.sha256 == sha(path) and item.size == path.stat().st_size
            assert item.source == "sister of A." and item.acquisition_method == "USB stick"
            assert item.reliability == "probably_true" and item.acquired_by == session.audit.actor
            assert evidence.read_original(item.id) == path.read_bytes()
    photo = by_name["injury.jpg"]
    assert photo.media_type == "image/jpeg" and photo.camera == "Canon EOS 5D"
    assert photo.captured_at == "2024-03-05T09:08:07"
    assert photo.gps_lat == pytest.approx(55.755833) and photo.gps_lon == pytest.approx(-37.615556)
    assert by_name["letter.pdf"].media_type == "application/pdf"
    assert "kept bit-for-bit" in by_name["damaged.jpg"].note
    assert evidence.list_items("C-1") == sorted(items, key=lambda i: (i.acquired_at, i.id))
    actions = [e.action for e in session.audit.entries()]
    assert actions.count("evidence.add") == 4


def test_media_folder_holds_only_ciphertext_named_by_random_ids(session, evidence, files):
    evidence.add_files("C-1", [files])
    names = media_files(session)
    assert len(names) == 4 and all(len(n) == 32 and int(n, 16) >= 0 for n in names)
    for name in names:
        data = (session.vault.media_dir / name).read_bytes()
        assert MARKER not in data and b"Canon" not in data and b"%PDF" not in data
    for path in session.folder.rglob("*"):  # no plaintext thumbnail or temp file anywhere
        if path.is_file():
            assert b"JFIF" not in path.read_bytes()[:64]


def test_same_content_is_linked_not_stored_twice(session, evidence, files):
    first = evidence.add_files("C-1", [files / "injury.jpg"])[0]
    again = evidence.add_files("C-1", [files / "injury.jpg"])[0]
    assert again.id == first.id and again.already_present
    CaseService(session).add_case("Another case", ref="C-2")
    linked = evidence.add_files("C-2", [files / "injury.jpg"])[0]
    assert linked.id != first.id and linked.duplicate_of == first.id and linked.blob_id == first.blob_id
    assert len(media_files(session)) == 1
    assert len(evidence.list_items("C-1")) == 1 and len(evidence.list_items("C-2")) == 1
    assert "evidence.add_again" in [e.action for e in session.audit.entries()]


def test_export_writes_the_exact_original(session, evidence, files, tmp_path):
    item = evidence.add_files("C-1", [files / "sub" / "recording.bin"])[0]
    out = tmp_path / "out" / "copy.bin"
    out.parent.mkdir()
    evidence.export_original(item.id[:8], out)
    assert out.read_bytes() == (files / "sub" / "recording.bin").read_bytes()
    assert sorted(os.listdir(out.parent)) == ["copy.bin"]
    with pytest.raises(InvalidInput):  # never overwrites
        evidence.export_original(item.id, out)
    assert "evidence.export" in [e.action for e in session.audit.entries()]


def test_a_flipped_bit_in_a_blob_is_refused_and_nothing_is_written(session, evidence, files, tmp_path):
    item = evidence.add_files("C-1", [files / "sub" / "recording.bin"])[0]
    blob = session.vault.media_dir / item.blob_id
    data = bytearray(blob.read_bytes())
    data[len(data) // 2] ^= 0x04
    blob.write_bytes(bytes(data))
    out = tmp_path / "copy.bin"
    with pytest.raises(MediaDamaged):
        evidence.export_original(item.id, out)
    assert not out.exists() and not (tmp_path / "copy.bin.part").exists()
    with pytest.raises(MediaDamaged):
        evidence.verify_item(item.id)


def test_export_refuses_when_the_hash_differs_from_intake(session, evidence, files, tmp_path):
    item = evidence.add_files("C-1", [files / "letter.pdf"])[0]
    with session.db.transaction():
        session.db.execute("UPDATE evidence_item SET sha256 = ? WHERE id = ?", ("0" * 64, item.id))
    with pytest.raises(HashMismatch):
        evidence.export_original(item.id, tmp_path / "letter.pdf")
    assert not (tmp_path / "letter.pdf").exists() and not (tmp_path / "letter.pdf.part").exists()


def test_viewing_reads_ranges_and_is_audited(session, evidence, files):
    item = evidence.add_files("C-1", [files / "sub" / "recording.bin"])[0]
    original = (files / "sub" / "recording.bin").read_bytes()
    before = len([e for e in session.audit.entries() if e.action == "evidence.view"])
    with evidence.open_original(item.id) as viewer:
        assert viewer.size == len(original)
        for offset in (0, 1, 16383, 16384, 200_000, len(original) - 3):
            assert viewer.read(offset, 5000) == original[offset : offset + 5000]
    views = [e for e in session.audit.entries() if e.action == "evidence.view"]
    assert len(views) == before + 1 and views[-1].target_id == item.id


def test_location_stripped_copy_is_a_new_linked_item(session, evidence, files):
    photo = evidence.add_files("C-1", [files / "injury.jpg"])[0]
    copy = evidence.make_location_stripped_copy(photo.id)
    assert copy.parent_id == photo.id and copy.derivation["kind"] == "location_stripped"
    assert copy.gps_lat is None and copy.camera == "Canon EOS 5D" and copy.case_id == photo.case_id
    assert copy.acquisition_method == "working copy"
    stripped = evidence.read_original(copy.id)
    original = (files / "injury.jpg").read_bytes()
    assert stripped[stripped.index(b"\xff\xda"):] == original[original.index(b"\xff\xda"):]  # picture untouched
    assert evidence.read_original(photo.id) == original  # the original is unchanged
    assert evidence.get_item(photo.id).gps_lat is not None
    with pytest.raises(InvalidInput):  # nothing left to strip
        evidence.make_location_stripped_copy(copy.id)


def test_redacted_copy_blacks_out_rectangles(session, evidence, files):
    photo = evidence.add_files("C-1", [files / "injury.jpg"])[0]
    copy = evidence.make_redacted_copy(photo.id, [Rectangle(10, 5, 30, 20)])
    assert copy.parent_id == photo.id and copy.derivation["rectangles"] == [[10, 5, 30, 20]]
    image = Image.open(io.BytesIO(evidence.read_original(copy.id))).convert("RGB")
    for x, y in ((10, 5), (25, 15), (39, 24)):
        assert max(image.getpixel((x, y))) < 24
    assert copy.gps_lat is None and copy.camera is None  # all metadata dropped
    count = len(evidence.list_items("C-1"))
    with pytest.raises(InvalidInput):
        evidence.make_redacted_copy(photo.id, [Rectangle(90, 60, 20, 20)])  # outside the 96×64 image
    assert len(evidence.list_items("C-1")) == count


def test_working_copies_of_non_images_are_refused(session, evidence, files):
    pdf = evidence.add_files("C-1", [files / "letter.pdf"])[0]
    with pytest.raises(NotAnImage):
        evidence.make_redacted_copy(pdf.id, [Rectangle(0, 0, 1, 1)])
    with pytest.raises(NotAnImage):
        evidence.make_location_stripped_copy(pdf.id)
    assert len(evidence.list_items("C-1")) == 1


def test_thumbnails_only_for_images(session, evidence, files):
    items = {i.file_name: i for i in evidence.add_files("C-1", [files])}
    thumb = evidence.thumbnail(items["injury.jpg"].id)
    assert thumb is not None and Image.open(io.BytesIO(thumb)).size[0] <= 256
    assert evidence.thumbnail(items["letter.pdf"].id) is None
    assert evidence.thumbnail(items["damaged.jpg"].id) is None


@pytest.mark.parametrize("bad", ["unknown case", "missing file", "bad reliability", "empty folder"])
def test_bad_input_changes_nothing(session, evidence, files, tmp_path, bad):
    paths, case, acq = [files / "injury.jpg"], "C-1", Acquisition()
    if bad == "unknown case":
        case, error = "C-404", NotFound
    elif bad == "missing file":
        paths, error = [files / "injury.jpg", files / "nope.jpg"], FileUnreadable
    elif bad == "bad reliability":
        acq, error = Acquisition(reliability="certain"), InvalidInput
    else:
        (tmp_path / "empty").mkdir()
        paths, error = [tmp_path / "empty"], InvalidInput
    audit_before = len(session.audit.entries())
    with pytest.raises(error):
        evidence.add_files(case, paths, acq)
    assert media_files(session) == [] and evidence.list_items("C-1") == []
    assert len(session.audit.entries()) == audit_before


def test_cancel_keeps_finished_files_and_leaves_no_part(session, evidence, files):
    big = files / "sub" / "big.bin"
    big.write_bytes(os.urandom(9 * 1024 * 1024))
    seen = []

    def cancel() -> bool:
        return any(p.file_name == "big.bin" and p.file_done > 0 for p in seen)

    with pytest.raises(IntakeCancelled) as raised:
        evidence.add_files("C-1", [files / "injury.jpg", big, files / "letter.pdf"],
                           progress=seen.append, cancel=cancel)
    assert [i.file_name for i in raised.value.items] == ["injury.jpg"]
    assert [i.file_name for i in evidence.list_items("C-1")] == ["injury.jpg"]
    assert len(media_files(session)) == 1


def test_progress_is_monotonic_and_ends_at_the_total(evidence, files):
    seen = []
    evidence.add_files("C-1", [files], progress=seen.append)
    done = [p.done for p in seen]
    assert done == sorted(done) and seen[-1].done == seen[-1].total == sum(
        p.stat().st_size for p in files.rglob("*") if p.is_file())
    assert {p.file_count for p in seen} == {4}


def test_unlock_sweeps_unfinished_and_orphan_blobs_but_not_busy_ones(created, files, tmp_vault_dir):
    session = created.session
    CaseService(session).add_case("X", ref="C-1")
    kept = EvidenceService(session).add_files("C-1", [files / "letter.pdf"])[0]
    session.close()
    media = tmp_vault_dir / "media"
    (media / ("a" * 32 + ".part")).write_bytes(b"half")
    (media / ("b" * 32)).write_bytes(b"orphan")
    busy = media / ("c" * 32 + ".part")
    busy.write_bytes(b"another process is writing this")
    hold = _Hold(busy)
    try:
        session = open_vault(tmp_vault_dir, passphrase=PASSPHRASE)
    finally:
        hold.release()
    try:
        assert sorted(os.listdir(media)) == sorted([kept.blob_id, busy.name])
        sweep = [e for e in session.audit.entries() if e.action == "media.sweep"]
        assert sweep and sweep[-1].details == {"unfinished_removed": 1, "orphans_removed": 1}
        assert EvidenceService(session).read_original(kept.id).startswith(b"%PDF")
    finally:
        session.close()


def test_any_unlock_sweeps_even_without_importing_the_evidence_service(created, tmp_vault_dir):
    import subprocess
    import sys

    created.session.close()
    leftover = tmp_vault_dir / "media" / ("d" * 32 + ".part")
    leftover.write_bytes(b"half-written")
    code = ("import sys; from evidencevault.services.vault import open_vault; "
            "open_vault(sys.argv[1], passphrase=sys.argv[2]).close()")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_vault_dir), PASSPHRASE],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert not leftover.exists()


def test_damaged_exif_is_noted_quietly_and_the_file_kept(evidence, tmp_path):
    import struct
    import warnings

    data = bytearray(make_jpeg(tmp_path / "ok.jpg"))
    start = data.index(b"Exif\x00\x00") + 6
    order = "<" if data[start : start + 2] == b"II" else ">"
    model = data.index(struct.pack(order + "H", 0x0110), start)
    data[model + 4 : model + 8] = struct.pack(order + "I", 100_000)  # the camera model claims 100 kB
    (tmp_path / "bad-exif.jpg").write_bytes(bytes(data))
    with warnings.catch_warnings(record=True) as shown:
        warnings.simplefilter("always")
        item = evidence.add_files("C-1", [tmp_path / "bad-exif.jpg"])[0]
        copy = evidence.make_location_stripped_copy(item.id)
    assert [str(w.message) for w in shown] == []  # nothing reaches the user's terminal
    assert "damaged and was skipped" in item.note and item.camera == "Canon"
    assert evidence.read_original(item.id) == bytes(data) and copy.gps_lat is None
