"""Bundles between two real vaults: export, verify, import, and bad input changing nothing."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image

from evidencevault.bundle import agefile
from evidencevault.bundle.reader import open_bundle
from evidencevault.domain.errors import (
    BundleDamaged, BundleNotForYou, BundleSignatureInvalid, BundleWrongPassphrase,
    ExportCancelled, InvalidInput, InvalidRecipient, VaultError,
)
from evidencevault.services.bundles import BundleService, ExportOptions, verify_bundle
from evidencevault.services.cases import CaseService
from evidencevault.services.contacts import ContactService
from evidencevault.services.evidence import EvidenceService
from evidencevault.services.vault import create_vault
from tests.bundle_factory import build_tar, members, write_age
from tests.integration.test_evidence import make_jpeg

LAWYER_PASSPHRASE = "the lawyer's own long passphrase"


@pytest.fixture
def sender(session, tmp_path):
    """A monitor's vault with one case: a JPEG with GPS, a PDF, a larger binary."""
    CaseService(session).add_case("Detention of A.", ref="C-1", summary="summary text")
    folder = tmp_path / "incoming"
    folder.mkdir()
    make_jpeg(folder / "injury.jpg")
    (folder / "letter.pdf").write_bytes(b"%PDF-1.4\nletter\n%%EOF\n")
    (folder / "recording.bin").write_bytes(os.urandom(1_500_000))
    EvidenceService(session).add_files("C-1", [folder])
    return session


@pytest.fixture
def lawyer(tmp_path, fast_kdf):
    created = create_vault(tmp_path / "lawyer", LAWYER_PASSPHRASE, kdf=fast_kdf)
    yield created.session
    created.session.close()


def snapshot(session) -> dict:
    db = session.db
    count = lambda table: db.query_one(f"SELECT count(*) AS n FROM {table}")["n"]  # noqa: E731
    return {"items": count("evidence_item"), "blobs": count("media_blob"),
            "imports": count("bundle_import"), "audit": count("audit_event"),
            "cases": count("case_file"), "media": sorted(os.listdir(session.vault.media_dir)),
            "staging": sorted(os.listdir(session.vault.staging_dir))}


def export_to_lawyer(sender, lawyer, tmp_path, **kw) -> Path:
    recipient = ContactService(lawyer).identity().recipient
    return BundleService(sender).export(tmp_path / "case.evb", case_refs=["C-1"],
                                        recipients=[recipient], **kw).path


def test_export_verify_import_round_trip(sender, lawyer, tmp_path) -> None:
    me = ContactService(sender).identity()
    ContactService(lawyer).add_contact("Monitor", ContactService(sender).identity().recipient,
                                       fingerprint=me.fingerprint, verified=True)
    progress = []
    recipient = ContactService(lawyer).identity().recipient
    result = BundleService(sender).export(tmp_path / "case.evb", case_refs=["C-1"],
                                          recipients=[recipient],
                                          progress=lambda d, t: progress.append((d, t)))
    assert result.items == 3 and result.fingerprint == me.fingerprint
    assert progress[-1][0] == progress[-1][1] == result.total_bytes
    assert sender.audit.entries()[-1].action == "bundle.export"

    report = BundleService(lawyer).verify(result.path)
    assert report.ok and report.audit_consistent and report.problems == ()
    assert (report.signer_name, report.signer_verified) == ("Monitor", True)
    assert report.item_count == report.hashes_checked == 3

    imported = BundleService(lawyer).import_bundle(result.path)
    assert (imported.items_added, imported.already_imported) == (3, False)
    assert imported.case_refs == (f"C-1/{me.fingerprint[:4]}",)
    originals = {i.sha256: i for i in EvidenceService(sender).list_items("C-1")}
    copies = EvidenceService(lawyer).list_items(imported.case_refs[0])
    assert {c.sha256 for c in copies} == set(originals)
    for copy in copies:
        assert copy.read_only and copy.origin == "bundle"
        assert EvidenceService(lawyer).read_original(copy.id) == \
            EvidenceService(sender).read_original(originals[copy.sha256].id)
        EvidenceService(lawyer).verify_item(copy.id)
    assert lawyer.audit.verify().ok

    before = snapshot(lawyer)
    again = BundleService(lawyer).import_bundle(result.path)
    assert again.already_imported and again.items_added == 0
    assert snapshot(lawyer) == before


def test_imported_originals_are_read_only(sender, lawyer, tmp_path) -> None:
    path = export_to_lawyer(sender, lawyer, tmp_path)
    ref = BundleService(lawyer).import_bundle(path).case_refs[0]
    item = EvidenceService(lawyer).list_items(ref)[0]
    with pytest.raises(Exception, match="read-only"):
        with lawyer.db.transaction():
            lawyer.db.execute("UPDATE evidence_item SET reliability = 'confirmed' WHERE id = ?",
                              (item.id,))
    assert EvidenceService(lawyer).get_item(item.id).reliability == item.reliability


def test_a_lawyer_without_the_program_key_from_age_keygen_verifies(sender, tmp_path) -> None:
    identity, recipient = agefile.new_identity()   # what age-keygen prints
    path = BundleService(sender).export(tmp_path / "b.evb", case_refs=["C-1"],
                                        recipients=[recipient]).path
    report = verify_bundle(path, identity_text=f"# created: today\n# public key: {recipient}\n{identity}\n")
    assert report.ok and report.item_count == 3 and report.signer_name is None


def test_strip_location_sends_images_without_gps(sender, lawyer, tmp_path) -> None:
    path = export_to_lawyer(sender, lawyer, tmp_path,
                            options=ExportOptions(strip_location=True))
    identities = agefile.parse_identities(ContactService(lawyer).age_identity_secret())
    kept = {}

    def sink_for(file):
        buf = kept.setdefault(file.path, bytearray())

        class Sink:
            def write(self, data):
                buf.extend(data)

            def close(self):
                pass

            def discard(self):
                pass
        return Sink()

    opened = open_bundle(path, identities=identities, sink_factory=sink_for)
    jpeg = next(f for f in opened.manifest.files if f.item["media_type"] == "image/jpeg")
    assert jpeg.copy == "working" and jpeg.sha256 != jpeg.acquisition_sha256
    assert jpeg.item["gps_lat"] is None and jpeg.item["metadata"] == {}
    image = Image.open(io.BytesIO(bytes(kept[jpeg.path])))
    assert not image.getexif().get_ifd(0x8825)
    assert BundleService(lawyer).verify(path).ok


def test_working_copies_only(sender, tmp_path) -> None:
    jpeg = next(i for i in EvidenceService(sender).list_items("C-1") if i.media_type == "image/jpeg")
    EvidenceService(sender).make_location_stripped_copy(jpeg.id)
    _identity, recipient = agefile.new_identity()
    result = BundleService(sender).export(tmp_path / "w.evb", case_refs=["C-1"], recipients=[recipient],
                                          options=ExportOptions(copies="working"))
    assert result.items == 1


def test_passphrase_bundle(sender, lawyer, tmp_path) -> None:
    path = BundleService(sender).export(tmp_path / "p.evb", case_refs=["C-1"],
                                        passphrase="a passphrase told by phone").path
    before = snapshot(lawyer)
    with pytest.raises(BundleWrongPassphrase):
        BundleService(lawyer).import_bundle(path, passphrase="wrong guess")
    assert snapshot(lawyer) == before
    assert BundleService(lawyer).import_bundle(path, passphrase="a passphrase told by phone").items_added == 3


def test_export_cancel_and_bad_recipient_leave_nothing(sender, tmp_path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    audit_before = len(sender.audit.entries())
    with pytest.raises(InvalidRecipient):
        BundleService(sender).export(folder / "x.evb", case_refs=["C-1"], recipients=["age1nope"])
    _identity, recipient = agefile.new_identity()
    with pytest.raises(ExportCancelled):
        BundleService(sender).export(folder / "x.evb", case_refs=["C-1"], recipients=[recipient],
                                     cancel=lambda: True)
    assert list(folder.iterdir()) == []
    assert len(sender.audit.entries()) == audit_before


def _assert_nothing_imported(lawyer, path, error_type, **kw) -> VaultError:
    before = snapshot(lawyer)
    with pytest.raises(error_type) as caught:
        BundleService(lawyer).import_bundle(path, **kw)
    assert snapshot(lawyer) == before
    assert caught.value.message.endswith(".")
    return caught.value


def test_bad_bundles_import_nothing(sender, lawyer, tmp_path) -> None:
    good = export_to_lawyer(sender, lawyer, tmp_path).read_bytes()
    bad = tmp_path / "bad.evb"
    # wrong recipient
    _other_identity, other = agefile.new_identity()
    wrong = BundleService(sender).export(tmp_path / "other.evb", case_refs=["C-1"], recipients=[other])
    _assert_nothing_imported(lawyer, wrong.path, BundleNotForYou)
    # one flipped bit, at many places
    for pos in [30, 100, 180, len(good) // 4, len(good) // 2, len(good) - 100, len(good) - 1]:
        damaged = bytearray(good)
        damaged[pos] ^= 0x10
        bad.write_bytes(damaged)
        _assert_nothing_imported(lawyer, bad, VaultError)
    # truncation
    for cut in [10, 200, 70_000, len(good) // 2, len(good) - 1]:
        bad.write_bytes(good[:cut])
        _assert_nothing_imported(lawyer, bad, VaultError)


def test_valid_age_file_with_forged_content_imports_nothing(sender, lawyer, tmp_path) -> None:
    """Someone re-packs a bundle for the lawyer's key with a changed manifest or file."""
    identities = agefile.parse_identities(ContactService(lawyer).age_identity_secret())
    recipient = ContactService(lawyer).identity().recipient
    path = export_to_lawyer(sender, lawyer, tmp_path)
    entries = []

    def sink_for(file):
        buf = bytearray()
        entries.append((file.path, buf))

        class Sink:
            def write(self, data):
                buf.extend(data)

            def close(self):
                pass

            def discard(self):
                pass
        return Sink()

    opened = open_bundle(path, identities=identities, sink_factory=sink_for)
    readme = members_of(opened)
    files = [(p, bytes(b)) for p, b in entries]
    forged_manifest = opened.manifest_bytes.replace(b'"title":"Detention of A."', b'"title":"Other"')
    forged = write_age(tmp_path / "f1.evb", build_tar(
        readme(manifest=forged_manifest) + files), recipient)
    _assert_nothing_imported(lawyer, forged, BundleSignatureInvalid)
    changed = [(files[0][0], b"X" + files[0][1][1:])] + files[1:]
    forged = write_age(tmp_path / "f2.evb", build_tar(readme() + changed), recipient)
    _assert_nothing_imported(lawyer, forged, BundleDamaged)


def members_of(opened):
    """The six metadata entries of an opened bundle, optionally with a replaced manifest."""
    from evidencevault.bundle.manifest import sums_text
    from evidencevault.bundle.readme import readme_bytes
    from evidencevault.crypto import signing

    def build(manifest: bytes | None = None):
        m = opened.manifest
        return [("README.txt", readme_bytes()), ("manifest.json", manifest or opened.manifest_bytes),
                ("manifest.sig", opened.signature),
                ("signer.pub", signing.public_key_pem(opened.signer_public_key)),
                ("audit.jsonl", opened.audit_jsonl),
                ("SHA256SUMS", sums_text(m.files, m.audit_sha256, m.readme_sha256))]
    return build


def test_identity_and_contacts(lawyer, sender) -> None:
    first = ContactService(lawyer).identity()
    assert first == ContactService(lawyer).identity()
    assert first.recipient.startswith("age1") and len(first.fingerprint.split()) == 8
    contacts = ContactService(lawyer)
    monitor = contacts.add_contact("Monitor", ContactService(sender).identity().recipient)
    assert not monitor.verified
    with pytest.raises(InvalidInput):
        contacts.add_contact("Again", monitor.recipient)
    with pytest.raises(InvalidRecipient):
        contacts.add_contact("Broken", "age1notakey")
    with pytest.raises(InvalidInput):
        contacts.mark_verified(monitor.recipient)   # no fingerprint yet
    assert [c.name for c in contacts.list_contacts()] == ["Monitor"]


def test_consent_and_confidential_persons_decide_what_goes_out(sender, lawyer, tmp_path) -> None:
    from evidencevault.services.persons import PersonService
    from evidencevault.services.testimonies import TestimonyService

    persons, testimonies = PersonService(sender), TestimonyService(sender)
    hidden = persons.add_person("C-1", "Secret Witness", contact="+998 90 000", confidential=["name"])
    open_person = persons.add_person("C-1", "Open Witness", identity_document="AB123",
                                     confidential=["identity_document"])
    allowed = testimonies.add_testimony("C-1", "They beat me.", interviewee_id=hidden.id,
                                        interviewee_name="Secret Witness",
                                        consent={"legal_action": "given"})
    refused = testimonies.add_testimony("C-1", "Do not share.", interviewee_id=open_person.id,
                                        consent={"legal_action": "refused"})
    testimonies.add_testimony("C-1", "Never asked.")
    recipient = ContactService(lawyer).identity().recipient
    result = BundleService(sender).export(
        tmp_path / "r.evb", case_refs=["C-1"], recipients=[recipient],
        options=ExportOptions(leave_out_confidential=True, consent_use="legal_action"))
    left = {(x.kind, x.item_id): x.reason for x in result.left_out}
    assert left[("person", hidden.id)] == "the person is marked confidential"
    assert left[("person", open_person.id)] == "the person is marked confidential"
    assert left[("testimony", refused.id)] == "consent for legal_action is refused"
    assert len([k for k in left if k[0] == "testimony"]) == 2     # refused + never asked

    identities = agefile.parse_identities(ContactService(lawyer).age_identity_secret())
    manifest = open_bundle(result.path, identities=identities).manifest
    assert manifest.records["persons"] == []
    [sent] = manifest.records["testimonies"]
    assert sent["id"] == allowed.id and sent["interviewee_id"] is None
    assert sent["interviewee_name"] == "[confidential]"
    assert b"Secret Witness" not in open_bundle(result.path, identities=identities).manifest_bytes

    imported = BundleService(lawyer).import_bundle(result.path)
    assert imported.records_added == 1
    [copy] = TestimonyService(lawyer).list_testimonies(imported.case_refs[0])
    assert copy.text == "They beat me." and copy.read_only and copy.may_be_used_for("legal_action")


def test_without_the_option_confidential_fields_are_blanked(sender, lawyer, tmp_path) -> None:
    from evidencevault.services.persons import PersonService

    PersonService(sender).add_person("C-1", "Open Witness", identity_document="AB123",
                                     confidential=["identity_document"])
    path = export_to_lawyer(sender, lawyer, tmp_path)
    identities = agefile.parse_identities(ContactService(lawyer).age_identity_secret())
    opened = open_bundle(path, identities=identities)
    [person] = opened.manifest.records["persons"]
    assert person["name"] == "Open Witness" and person["identity_document"] == "[confidential]"
    assert b"AB123" not in opened.manifest_bytes
    imported = BundleService(lawyer).import_bundle(path)
    [copy] = PersonService(lawyer).list_persons(imported.case_refs[0])
    assert copy.read_only and copy.identity_document == "[confidential]"
    with pytest.raises(InvalidInput):
        BundleService(sender).export(tmp_path / "x.evb", case_refs=["C-1"],
                                     recipients=[ContactService(lawyer).identity().recipient],
                                     options=ExportOptions(consent_use="gossip"))


def test_export_on_a_background_thread_reports_progress_and_cancels(sender, tmp_path) -> None:
    import threading

    _identity, recipient = agefile.new_identity()
    seen, stop, outcome = [], threading.Event(), {}

    def progress(done: int, total: int) -> None:
        seen.append((threading.current_thread().name, done, total))
        stop.set()

    def work() -> None:
        try:
            BundleService(sender).export(tmp_path / "bg.evb", case_refs=["C-1"], recipients=[recipient],
                                         progress=progress, cancel=lambda: stop.is_set())
        except ExportCancelled as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=work, name="export-worker")
    thread.start()
    thread.join(60)
    assert isinstance(outcome.get("error"), ExportCancelled)
    assert seen and all(name == "export-worker" for name, _d, _t in seen)
    assert not (tmp_path / "bg.evb").exists() and not (tmp_path / "bg.evb.part").exists()
    done = []
    result = BundleService(sender).export(tmp_path / "bg.evb", case_refs=["C-1"], recipients=[recipient],
                                          progress=lambda d, t: done.append(d))
    assert done == sorted(done) and done[-1] == result.total_bytes


def test_a_wrong_intake_hash_is_caught_by_recheck_or_else_by_the_recipient(sender, lawyer, tmp_path) -> None:
    """Simulate an intake bug: the recorded SHA-256 is not the stored bytes' hash."""
    from evidencevault.domain.errors import HashMismatch

    item = next(i for i in EvidenceService(sender).list_items("C-1") if i.media_type == "application/pdf")
    with sender.db.transaction():
        sender.db.execute("UPDATE media_blob SET sha256 = ? WHERE id = ?", ("0" * 64, item.blob_id))
        sender.db.execute("UPDATE evidence_item SET sha256 = ? WHERE id = ?", ("0" * 64, item.id))
    recipient = ContactService(lawyer).identity().recipient
    with pytest.raises(HashMismatch):
        BundleService(sender).export(tmp_path / "r.evb", case_refs=["C-1"], recipients=[recipient],
                                     options=ExportOptions(recheck_hashes=True))
    assert not (tmp_path / "r.evb").exists()
    path = BundleService(sender).export(tmp_path / "r.evb", case_refs=["C-1"],
                                        recipients=[recipient]).path
    with pytest.raises(BundleDamaged, match="does not match its SHA-256"):
        BundleService(lawyer).verify(path)
    _assert_nothing_imported(lawyer, path, BundleDamaged)


def test_several_recipients_and_content_the_lawyer_already_holds(sender, lawyer, tmp_path) -> None:
    pdf = next(i for i in EvidenceService(sender).list_items("C-1") if i.media_type == "application/pdf")
    own = tmp_path / "own-copy.pdf"
    own.write_bytes(EvidenceService(sender).read_original(pdf.id))
    CaseService(lawyer).add_case("Lawyer's own file", ref="L-1")
    EvidenceService(lawyer).add_files("L-1", [own])
    other_identity, other = agefile.new_identity()
    recipient = ContactService(lawyer).identity().recipient
    path = BundleService(sender).export(tmp_path / "two.evb", case_refs=["C-1"],
                                        recipients=[recipient, other]).path
    assert verify_bundle(path, identity_text=other_identity).ok
    blobs_before = len(os.listdir(lawyer.vault.media_dir))
    imported = BundleService(lawyer).import_bundle(path)
    assert imported.items_added == 3
    assert len(os.listdir(lawyer.vault.media_dir)) == blobs_before + 2   # the PDF's blob is shared
    copy = next(i for i in EvidenceService(lawyer).list_items(imported.case_refs[0])
                if i.sha256 == pdf.sha256)
    assert copy.duplicate_of is not None and copy.read_only


def test_persons_keep_their_roles_in_the_case(sender, lawyer, tmp_path) -> None:
    """A victim stays a victim and a perpetrator keeps unit and rank; a second import adds nothing."""
    from evidencevault.services.persons import PersonService

    persons = PersonService(sender)
    persons.add_person("C-1", "Aziz K.", roles=["victim"])
    officer = persons.add_person("C-1", "Officer B.", notes="seen at the gate", confidential=["notes"])
    persons.add_role("C-1", officer.id, "perpetrator", unit="district police", rank="captain",
                     perpetrator_type="police", notes="led the beating")
    path = export_to_lawyer(sender, lawyer, tmp_path)
    identities = agefile.parse_identities(ContactService(lawyer).age_identity_secret())
    sent = {p["name"]: p for p in open_bundle(path, identities=identities).manifest.records["persons"]}
    assert [r["role"] for r in sent["Aziz K."]["roles"]] == ["victim"]
    assert sent["Officer B."]["roles"][0]["notes"] == "[confidential]"   # the person's notes are

    ref = BundleService(lawyer).import_bundle(path).case_refs[0]
    got = {p.name: p for p in PersonService(lawyer).list_persons(ref)}
    assert [(r.role, r.read_only) for r in got["Aziz K."].roles] == [("victim", True)]
    [role] = got["Officer B."].roles
    assert (role.role, role.unit, role.rank, role.perpetrator_type) == \
        ("perpetrator", "district police", "captain", "police")
    assert [p.name for p in PersonService(lawyer).list_persons(ref, role="victim")] == ["Aziz K."]
    before = lawyer.db.query_one("SELECT count(*) AS n FROM person_role")["n"]
    BundleService(lawyer).import_bundle(path)
    assert lawyer.db.query_one("SELECT count(*) AS n FROM person_role")["n"] == before == 2


def test_importing_many_files_keeps_no_buffers_or_threads_per_file(sender, lawyer, tmp_path, monkeypatch):
    """Each file is written out as soon as it ends; only its descriptor waits for the commit."""
    import threading

    from evidencevault.services import bundle_import

    CaseService(sender).add_case("Many recordings", ref="C-2")
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(8):
        (folder / f"rec-{n}.bin").write_bytes(os.urandom(5 * 1024 * 1024))   # each past one stage
    EvidenceService(sender).add_files("C-2", [folder])
    path = BundleService(sender).export(tmp_path / "many.evb", case_refs=["C-2"],
                                        recipients=[ContactService(lawyer).identity().recipient]).path
    seen, real_close = [], bundle_import._BlobSink.close

    def close(self):  # noqa: ANN001, ANN202
        real_close(self)
        seen.append((sum(1 for t in threading.enumerate() if t.name == "durable-write"),
                     self.blob.writer._stage.closed))

    monkeypatch.setattr(bundle_import._BlobSink, "close", close)
    assert BundleService(lawyer).import_bundle(path).items_added == 8
    assert seen == [(0, True)] * 8


def test_chosen_files_leave_the_case_summary_behind_and_results_say_what_went(sender, lawyer, tmp_path):
    from evidencevault.services.persons import PersonService

    PersonService(sender).add_person("C-1", "Aziz K.", roles=["victim"])
    recipient = ContactService(lawyer).identity().recipient
    identities = agefile.parse_identities(ContactService(lawyer).age_identity_secret())
    [photo] = [i for i in EvidenceService(sender).list_items("C-1") if i.file_name == "injury.jpg"]
    chosen = BundleService(sender).export(tmp_path / "chosen.evb", item_ids=[photo.id], recipients=[recipient],
                                          options=ExportOptions(strip_location=True))
    assert chosen.file_names == ("injury.jpg",) and chosen.location_removed == 1
    assert (chosen.persons, chosen.testimonies) == (0, 0)
    [case] = open_bundle(chosen.path, identities=identities).manifest.cases
    assert case["title"] == "Detention of A." and case["summary"] == ""
    report = BundleService(lawyer).verify(chosen.path)
    assert report.cases == ("C-1 — Detention of A.",) and (report.persons, report.testimonies) == (0, 0)
    assert BundleService(lawyer).verify(
        BundleService(sender).export(tmp_path / "w.evb", case_refs=["C-1"], recipients=[recipient]).path
    ).persons == 1
    whole = BundleService(sender).export(tmp_path / "whole.evb", case_refs=["C-1"], recipients=[recipient])
    assert whole.persons == 1 and whole.location_removed == 0 and len(whole.file_names) == 3
    [case] = open_bundle(whole.path, identities=identities).manifest.cases
    assert case["summary"] == "summary text"


def test_imported_pictures_get_previews_like_pictures_added_here(sender, lawyer, tmp_path):
    path = export_to_lawyer(sender, lawyer, tmp_path)
    ref = BundleService(lawyer).import_bundle(path).case_refs[0]
    evidence = EvidenceService(lawyer)
    previews = {i.file_name: evidence.thumbnail(i.id) for i in evidence.list_items(ref)}
    assert previews["injury.jpg"] is not None and previews["injury.jpg"][:3] == b"\xff\xd8\xff"
    assert Image.open(io.BytesIO(previews["injury.jpg"])).size[0] <= 256
    assert previews["letter.pdf"] is None and previews["recording.bin"] is None


def _crafted(mutate):  # noqa: ANN001, ANN202
    """A write_bundle that lets the (hostile) sender change the content before it is signed."""
    import copy

    from evidencevault.services import bundle_export

    real = bundle_export.write_bundle

    def write(out, content, **kw):  # noqa: ANN001, ANN003, ANN202
        content = copy.copy(content)
        mutate(content)
        return real(out, content, **kw)
    return write


def _first_person(field, value):  # noqa: ANN001, ANN202
    return lambda c: c.records["persons"][0].__setitem__(field, value)


def _first_role(field, value):  # noqa: ANN001, ANN202
    return lambda c: c.records["persons"][0]["roles"][0].__setitem__(field, value)


def _same_role_twice(c) -> None:  # noqa: ANN001
    import copy
    other = copy.deepcopy(c.records["persons"][0])
    other["id"] = "another-person"
    c.records["persons"].append(other)


@pytest.mark.parametrize("mutate", [
    _first_person("roles", "x"), _first_role("case_id", [1]), _first_role("id", [1]),
    _first_person("id", [1]), _first_person("id", {"a": 1}), _first_person("names", [1, {"text": 5}]),
    _same_role_twice,
    lambda c: c.records.__setitem__("testimonies", [{"id": "t", "case_id": c.cases[0]["id"],
                                                     "interviewee_id": [1], "text": "x"}]),
    lambda c: c.sources[0].file.item.__setitem__("case_id", [1]),
    lambda c: c.sources[0].file.item.__setitem__("case_id", 7),
    lambda c: c.cases[0].__setitem__("id", [1]),
    lambda c: (c.sources.clear(), c.records.clear()),
], ids=["roles-text", "role-case-list", "role-id-list", "person-id-list", "person-id-dict",
        "names-junk", "same-role-twice", "interviewee-list", "item-case-list", "item-case-number",
        "case-id-list", "nothing"])
def test_a_hostile_signed_manifest_imports_leniently_or_is_a_sentence(sender, lawyer, tmp_path,
                                                                     monkeypatch, mutate):
    """The signature only says who sent it: odd types in records are skipped or refused in words."""
    from evidencevault.services import bundle_export
    from evidencevault.services.persons import PersonService

    PersonService(sender).add_person("C-1", "Aziz K.", roles=["victim"])
    monkeypatch.setattr(bundle_export, "write_bundle", _crafted(mutate))
    path = export_to_lawyer(sender, lawyer, tmp_path)
    before = snapshot(lawyer)
    try:
        BundleService(lawyer).import_bundle(path)
    except VaultError:
        assert snapshot(lawyer) == before          # refused: nothing of it stays


def test_only_the_chosen_cases_and_no_earlier_recipients_leave_the_vault(sender, lawyer, tmp_path):
    """A person from another case with a role here goes without that case; a person in two
    exported cases goes once with both roles; earlier exports (other recipients) stay behind."""
    from evidencevault.services.persons import PersonService

    persons = PersonService(sender)
    CaseService(sender).add_case("Secret: unit 7", ref="C-2")
    officer = persons.add_person("C-2", "Officer B.", roles=["perpetrator"])
    persons.add_role("C-1", officer.id, "witness")
    recipient = ContactService(lawyer).identity().recipient
    other = agefile.new_identity()[1]
    BundleService(sender).export(tmp_path / "earlier.evb", case_refs=["C-1"], recipients=[other])
    identities = agefile.parse_identities(ContactService(lawyer).age_identity_secret())

    only_one = open_bundle(BundleService(sender).export(tmp_path / "one.evb", case_refs=["C-1"],
                                                        recipients=[recipient]).path, identities=identities)
    assert [c["ref"] for c in only_one.manifest.cases] == ["C-1"]
    assert b"Secret: unit 7" not in only_one.manifest_bytes + only_one.audit_jsonl
    assert other.encode() not in only_one.audit_jsonl and b"bundle.export" not in only_one.audit_jsonl
    [sent] = only_one.manifest.records["persons"]
    assert [r["role"] for r in sent["roles"]] == ["witness"]

    both = BundleService(sender).export(tmp_path / "both.evb", case_refs=["C-1", "C-2"], recipients=[recipient])
    assert both.persons == 1
    refs = BundleService(lawyer).import_bundle(both.path).case_refs
    roles = {r.role for ref in refs for p in PersonService(lawyer).list_persons(ref) for r in p.roles}
    assert roles == {"witness", "perpetrator"}
