"""Fill a vault with realistic, clearly fictional demo data (Russian and English).

Every name, place and number here is invented ("Primerov" ≈ "Example-son",
"Novograd" is no real city). Used by tools/screenshots.py and handy for trying
the window: ``python tools/demo_vault.py DIR`` makes a demo vault with the
passphrase "demo passphrase only".
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from evidencevault.services.cases import CaseService
from evidencevault.services.complaints import ComplaintService
from evidencevault.services.evidence import Acquisition, EvidenceService
from evidencevault.services.incidents import IncidentService
from evidencevault.services.persons import PersonService
from evidencevault.services.reparations import ReparationService
from evidencevault.services.testimonies import TestimonyService

DEMO_PASSPHRASE = "demo passphrase only"

TESTIMONY_RU = (
    "14 марта 2020 года около семи утра ко мне домой пришли трое сотрудников в штатском. "
    "Они не представились и не показали документов, сказали только, что я должен «проехать для беседы».\n\n"
    "В районном отделе полиции меня завели в кабинет на втором этаже. Следователь, которого другие "
    "называли «капитан», требовал, чтобы я подписал признание. Когда я отказался, меня били по почкам "
    "и по ногам, надевали на голову пакет. Это продолжалось, по моим ощущениям, около трёх часов.\n\n"
    "Адвоката ко мне не допустили до следующего вечера. Протокол я подписал, потому что мне сказали, "
    "что иначе задержат и мою жену.\n\n"
    "После того как мой адвокат подал жалобу прокурору, в мае меня перевели в штрафной изолятор на 15 суток."
)
TESTIMONY_EN = (
    "On 14 March 2020, at about seven in the morning, three plain-clothes officers came to my home. "
    "They did not introduce themselves or show any papers; they only said I had to 'come along for a talk'.\n\n"
    "At the district police station I was taken to an office on the first floor. The investigator, whom "
    "the others called 'captain', demanded that I sign a confession. When I refused, I was beaten on the "
    "kidneys and legs, and a bag was put over my head. It went on for about three hours, as far as I could tell.\n\n"
    "I was not allowed to see a lawyer until the next evening. I signed the record because they told me "
    "that otherwise my wife would be detained too.\n\n"
    "After my lawyer complained to the prosecutor, in May I was moved to the punishment cell for 15 days."
)

OTHER_CASES = [
    ("Исчезновение Азамата Образцова после задержания (вымышленное дело)", "monitoring", ("disappearance", "2019")),
    ("Death in custody of Rustam Testov, Novograd pre-trial centre (fictional)", "open", ("death in custody",)),
    ("Давление на родственников правозащитницы Айгуль Демовой", "open", ("relatives", "threats")),
    ("Forced psychiatric detention of a fictional blogger, 2021", "monitoring", ("psychiatric",)),
    ("Пытки в колонии №0 (учебный пример)", "closed", ("prison", "2018")),
    ("Denial of medical care to detained journalist K. Primerova (fictional)", "open", ("medical",)),
    ("Угрозы адвокату после жалобы в ООН (вымышленное дело)", "archived", ("lawyer", "UN")),
]


def demo_image(kind: str, seed: int, gps: bool = False) -> bytes:
    """A synthetic photo-like JPEG (no real person) with camera EXIF."""
    width, height = 1200, 800
    base = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    tint = {"injury": (214, 168, 150), "letter": (236, 232, 220), "cell": (120, 128, 136)}[kind]
    image = Image.blend(base, Image.new("RGB", (width, height), tint), 0.75)
    draw = ImageDraw.Draw(image)
    if kind == "injury":
        for n in range(4):
            x, y = 380 + n * 90 + seed * 13, 260 + (n % 2) * 80
            draw.ellipse((x, y, x + 170, y + 110), fill=(120 + n * 8, 70, 90))
        image = image.filter(ImageFilter.GaussianBlur(18))
    elif kind == "letter":
        draw.rectangle((150, 60, 1050, 760), fill=(250, 250, 246))
        for line in range(16):
            draw.rectangle((210, 140 + line * 36, 990 - (line % 3) * 90, 152 + line * 36), fill=(150, 150, 150))
        draw.text((210, 90), "PROSECUTOR'S OFFICE OF NOVOGRAD REGION (FICTIONAL)", fill=(60, 60, 60))
    else:
        draw.rectangle((300, 150, 900, 700), outline=(40, 40, 40), width=12)
        for x in range(340, 880, 60):
            draw.line((x, 150, x, 700), fill=(30, 30, 30), width=8)
    draw.text((20, height - 30), "DEMO IMAGE - FICTIONAL", fill=(255, 255, 255))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Demo", "Phone 3"
    exif.get_ifd(0x8769)[0x9003] = f"2020:03:1{5 + seed % 3} 1{seed % 10}:12:00"
    if gps:
        g = exif.get_ifd(0x8825)
        g[1], g[2], g[3], g[4] = "N", (41.0, 18.0, 43.0), "E", (69.0, 14.0, 35.0)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88, exif=exif)
    return out.getvalue()


def build(session, work_dir: Path) -> str:
    """Fill ``session``'s vault; returns the main demo case's reference."""
    cases = CaseService(session)
    case = cases.add_case(
        "Detention and beating of Farhod Primerov at Novograd district police (fictional)",
        tags=["police", "torture", "2020"],
        summary=("Farhod Primerov (a fictional person) was detained at home on 14 March 2020, beaten during "
                 "interrogation to make him confess, and denied a lawyer for a day. After a complaint to the "
                 "regional prosecutor he was placed in a punishment cell. Demo data for screenshots."))
    for title, status, tags in OTHER_CASES:
        cases.add_case(title, tags=list(tags), status=status)
    ref = case.ref
    people = _people(session, ref)
    complaint = _complaints(session, ref)
    _incidents(session, ref, people, complaint)
    _testimony(session, ref)
    _evidence(session, ref, work_dir)
    reparations = ReparationService(session)
    reparations.add_claim(ref, "compensation", status="claimed",
                          asked="Compensation for injuries and unlawful detention")
    reparations.add_claim(ref, "medical_rehabilitation", status="refused",
                          asked="Treatment of kidney injury", obstacle="Clinic refused without a court order")
    cases.update_case(ref, title=case.title)  # the demo case first in the list
    return ref


def _people(session, ref: str) -> dict[str, str]:
    persons = PersonService(session)
    victim = persons.add_person(ref, "Фарход Примеров", spellings=["Farhod Primerov", "Farkhod Primerov"],
                                aliases=["Farik"], birth_date="1986-05", sex="male",
                                identity_document="AA 0000000 (fictional)", contact="+000 00 000 00 00",
                                confidential=["identity_document", "contact"], roles=["victim"])
    wife = persons.add_person(ref, "Дилноза Примерова", spellings=["Dilnoza Primerova"], sex="female",
                              roles=["relative", "witness"])
    officer = persons.add_person(ref, "А. Образцов", spellings=["A. Obraztsov"], sex="male",
                                 notes="Called 'captain' by colleagues", roles=[])
    persons.add_role(ref, officer.id, "perpetrator", unit="Criminal investigation department", rank="captain",
                     perpetrator_type="police")
    persons.add_person(ref, "Елена Демова", spellings=["Elena Demova"], sex="female", roles=["lawyer"])
    return {"victim": victim.id, "wife": wife.id, "officer": officer.id}


def _complaints(session, ref: str) -> str:
    import datetime as dt

    complaints = ComplaintService(session)
    main = complaints.add_complaint(ref, "Prosecutor of Novograd Region", "prosecutor",
                                    reference_number="No. 12-0000/2020", filed_on="2020-04-02",
                                    asked="Open a criminal investigation into the beating; forensic examination")
    complaints.add_response(main.id, "denied_event", received_on="2020-05-20",
                            text="No grounds found; injuries 'self-inflicted'.", new_status="refused")
    complaints.change_status(main.id, "appealed", on="2020-06-01", note="Appeal to the regional court")
    complaints.add_deadline(main.id, (dt.date.today() + dt.timedelta(days=5)).isoformat(),
                            "Court hearing on the appeal")
    un = complaints.add_complaint(ref, "UN Committee against Torture", "un_treaty_body",
                                  asked="Individual communication under article 22")
    complaints.add_deadline(un.id, (dt.date.today() - dt.timedelta(days=3)).isoformat(),
                            "Send the translated testimony")
    return main.id


def _incidents(session, ref: str, people: dict[str, str], complaint_id: str) -> None:
    incidents = IncidentService(session)
    victims = [people["victim"]]
    incidents.add_incident(ref, "Detained at home without papers", "arrest", occurred="2020-03-14",
                           place="Novograd, home address", place_type="home", victims=victims)
    incidents.add_incident(ref, "Beaten and bag over the head during interrogation", "torture",
                           occurred="2020-03-14", place="District police station No. 0", place_type="police_station",
                           victims=victims, perpetrators=[(people["officer"], "direct")],
                           methods=["beating", "asphyxiation"])
    incidents.add_incident(ref, "Signed a confession under threats against his wife", "forced_confession",
                           occurred="2020-03-15", place_type="police_station", victims=victims)
    incidents.add_incident(ref, "No lawyer for the first 36 hours", "denial_lawyer", occurred="2020-03",
                           victims=victims)
    cell = incidents.add_incident(ref, "15 days in the punishment cell", "solitary_confinement", occurred="2020-05",
                                  place="Pre-trial centre No. 0", place_type="pretrial_detention", victims=victims)
    incidents.link(cell.id, "retaliation_for", complaint_id=complaint_id)
    incidents.add_incident(ref, "Wife warned to 'stop writing complaints'", "harassment_relatives",
                           occurred="~2021", victims=[people["wife"]])


def _testimony(session, ref: str) -> None:
    testimonies = TestimonyService(session)
    saved = testimonies.add_testimony(
        ref, TESTIMONY_RU, language="ru", interviewee_name="Фарход Примеров", interviewer="Monitor A.",
        interpreter="", persons_present=["Elena Demova (lawyer)"], taken_on="2021-02-11", place="Novograd",
        consent={"internal_documentation": "given", "legal_action": "given", "un_regional": "given",
                 "publication_named": "refused"})
    testimonies.add_translation(saved.id, "en", TESTIMONY_EN, translator="Monitor A.")


def _evidence(session, ref: str, work_dir: Path) -> None:
    work_dir.mkdir(parents=True, exist_ok=True)
    files = []
    for n, (kind, gps) in enumerate((("injury", True), ("injury", False), ("cell", False), ("letter", False))):
        path = work_dir / f"{kind}-{n + 1}.jpg"
        path.write_bytes(demo_image(kind, n, gps))
        files.append(path)
    EvidenceService(session).add_files(ref, files, Acquisition(source="Lawyer E. Demova (fictional)",
                                                                 reliability="probably_true"))
    for path in files:
        path.unlink()


if __name__ == "__main__":
    import tempfile

    from evidencevault.crypto.kdf import KdfParams
    from evidencevault.services.vault import create_vault

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "demo-vault")
    created = create_vault(target, DEMO_PASSPHRASE, kdf=KdfParams.floor())
    with tempfile.TemporaryDirectory() as scratch:
        print("demo case", build(created.session, Path(scratch)))
    created.session.close()
    print(f"Demo vault at {target}; passphrase: {DEMO_PASSPHRASE!r}")
