"""The controlled vocabularies seeded into every vault, in English and Russian.

After HURIDOCS' Events Standard Formats micro-thesauri and the Istanbul
Protocol (2022). Each term has a stable code that never changes when a label
does; records store codes. Users may add terms and retire them; a term that
records use is never deleted. See docs/records.md and
/work/shared/design/VOCABULARIES.md.
"""

from __future__ import annotations

from dataclasses import dataclass

Seed = tuple[str, str, str]  # (code, English label, Russian label)


@dataclass(frozen=True)
class Vocabulary:
    name: str
    label_en: str
    label_ru: str
    terms: tuple[Seed, ...]


@dataclass(frozen=True)
class Term:
    vocabulary: str
    code: str
    label_en: str
    label_ru: str
    builtin: bool = True
    retired: bool = False
    position: int = 0

    def label(self, language: str = "en") -> str:
        if language.startswith("ru") and self.label_ru:
            return self.label_ru
        return self.label_en or self.label_ru


def _v(name: str, en: str, ru: str, *terms: Seed) -> Vocabulary:
    return Vocabulary(name, en, ru, terms)


VOCABULARIES: tuple[Vocabulary, ...] = (
    _v("date_precision", "Date precision", "Точность даты",
       ("exact", "exact", "точная дата"),
       ("month", "month known", "известен месяц"),
       ("year", "year known", "известен год"),
       ("estimated", "estimated", "приблизительно"),
       ("unknown", "unknown", "неизвестна")),
    _v("person_role", "Role in the case", "Роль в деле",
       ("victim", "victim", "пострадавший"),
       ("witness", "witness", "свидетель"),
       ("relative", "relative", "родственник"),
       ("perpetrator", "perpetrator", "исполнитель нарушения"),
       ("lawyer", "lawyer", "адвокат"),
       ("medical_provider", "medical provider", "медицинский работник"),
       ("hr_defender", "human-rights defender", "правозащитник"),
       ("official", "official", "должностное лицо"),
       ("interpreter", "interpreter", "переводчик"),
       ("interviewer", "interviewer", "интервьюер")),
    _v("sex", "Sex", "Пол",
       ("female", "female", "женский"),
       ("male", "male", "мужской"),
       ("other", "other", "другой"),
       ("unknown", "unknown", "неизвестен")),
    _v("act_type", "Type of act", "Вид действия",
       ("arrest", "arrest", "задержание"),
       ("detention", "detention", "содержание под стражей"),
       ("incommunicado", "incommunicado detention", "содержание без связи с внешним миром"),
       ("enforced_disappearance", "enforced disappearance", "насильственное исчезновение"),
       ("torture", "torture", "пытки"),
       ("ill_treatment", "ill-treatment", "жестокое обращение"),
       ("threats", "threats", "угрозы"),
       ("forced_confession", "forced confession / forced statement",
        "принуждение к признанию / к даче показаний"),
       ("solitary_confinement", "solitary confinement", "одиночное заключение (ШИЗО, ПКТ)"),
       ("denial_medical_care", "denial of medical care", "отказ в медицинской помощи"),
       ("denial_lawyer", "denial of access to lawyer", "отказ в доступе к адвокату"),
       ("denial_family_contact", "denial of family contact", "запрет на связь с семьёй"),
       ("new_charges", "new criminal charges", "новое уголовное обвинение"),
       ("sentencing", "sentencing", "вынесение приговора"),
       ("transfer", "transfer between facilities", "этапирование в другое учреждение"),
       ("harassment_relatives", "harassment of relatives", "преследование родственников"),
       ("death_in_custody", "death in custody", "смерть под стражей"),
       ("retaliation", "retaliation", "преследование в отместку")),
    _v("torture_method", "Method of torture or ill-treatment",
       "Метод пыток или жестокого обращения",
       ("beating", "beating (fists, truncheons, objects)", "избиение (кулаками, дубинками, предметами)"),
       ("suspension", "suspension", "подвешивание"),
       ("stress_positions", "stress positions", "стрессовые позы"),
       ("asphyxiation", "asphyxiation (bag, mask, water)", "удушение (пакет, противогаз, вода)"),
       ("electric_shocks", "electric shocks", "удары током"),
       ("burns", "burns", "ожоги"),
       ("sexual_violence", "sexual violence", "сексуальное насилие"),
       ("threat_sexual_violence", "threats of sexual violence", "угрозы сексуального насилия"),
       ("sleep_deprivation", "sleep deprivation", "лишение сна"),
       ("cold_heat", "exposure to cold or heat", "воздействие холода или жары"),
       ("isolation", "isolation", "изоляция"),
       ("witness_torture", "forced to witness or hear others' torture",
        "принуждение видеть или слышать пытки других"),
       ("humiliation", "humiliation", "унижение"),
       ("mock_execution", "mock execution", "имитация казни"),
       ("threats_family", "threats against family", "угрозы в адрес семьи"),
       ("confinement_small_space", "confinement in a cage or small space",
        "содержание в клетке или тесном помещении"),
       ("deprivation_food_water", "deprivation of food/water", "лишение еды и воды")),
    _v("place_type", "Type of place", "Тип места",
       ("police_station", "police station", "отдел полиции"),
       ("temporary_detention", "temporary detention facility", "изолятор временного содержания (ИВС)"),
       ("pretrial_detention", "pre-trial detention centre", "следственный изолятор (СИЗО)"),
       ("prison", "prison / penal colony", "тюрьма / исправительная колония"),
       ("psychiatric", "psychiatric facility", "психиатрическое учреждение"),
       ("military", "military facility", "военный объект"),
       ("unofficial", "unofficial place", "неофициальное место содержания"),
       ("vehicle", "vehicle", "транспортное средство"),
       ("public_place", "street / public place", "улица / общественное место"),
       ("home", "home", "жилище")),
    _v("detention_status", "Detention: whereabouts and contact",
       "Содержание под стражей: местонахождение и связь",
       ("acknowledged", "acknowledged", "задержание признано"),
       ("denied", "denied", "задержание отрицается"),
       ("location_undisclosed", "location undisclosed", "место содержания не сообщается"),
       ("family_informed", "family informed", "семья уведомлена"),
       ("family_not_informed", "family not informed", "семья не уведомлена"),
       ("lawyer_permitted", "lawyer access permitted", "доступ адвоката разрешён"),
       ("lawyer_denied", "lawyer access denied", "в доступе адвоката отказано"),
       ("counsel_after_statement", "counsel only after a statement was signed",
        "адвокат допущен только после подписания показаний")),
    _v("statement", "Statements", "Показания и заявления",
       ("forced_to_sign", "forced to sign", "принуждён к подписи"),
       ("refused_to_sign", "refused to sign", "отказался подписать"),
       ("signed_without_understanding", "signed without understanding content",
        "подписал, не понимая содержания"),
       ("signed_denial", "signed a statement denying ill-treatment (under pressure)",
        "подписал под давлением заявление об отсутствии жестокого обращения")),
    _v("perpetrator_involvement", "Perpetrator involvement", "Степень участия исполнителя",
       ("direct", "carried out directly", "непосредственно совершил"),
       ("ordered", "gave orders", "отдал приказ"),
       ("present_no_intervention", "was present and did not intervene",
        "присутствовал и не вмешался"),
       ("failed_to_investigate", "failed to investigate", "не провёл расследование"),
       ("covered_up", "covered up", "скрыл нарушение")),
    _v("perpetrator_type", "Perpetrator type", "Тип исполнителя",
       ("police", "police", "полиция"),
       ("prison_staff", "prison staff", "сотрудники учреждения ФСИН / тюрьмы"),
       ("investigators", "investigators", "следователи"),
       ("security_service", "security service", "спецслужба"),
       ("military", "military", "военные"),
       ("prosecutors", "prosecutors", "прокуратура"),
       ("medical_staff", "medical staff", "медицинский персонал"),
       ("instructed_detainees", "other detainees acting on instruction",
        "другие заключённые по указанию администрации"),
       ("unknown", "unknown", "неизвестно")),
    _v("source_connection", "Source connection to the events", "Связь источника с событиями",
       ("victim", "victim", "пострадавший"),
       ("witness", "witness", "свидетель"),
       ("relative", "relative", "родственник"),
       ("lawyer", "lawyer", "адвокат"),
       ("medical_provider", "medical provider", "медицинский работник"),
       ("fellow_detainee", "fellow detainee", "сокамерник"),
       ("media", "media", "СМИ"),
       ("official_document", "official document", "официальный документ"),
       ("hr_organisation", "human-rights organisation", "правозащитная организация")),
    _v("source_material", "Type of source material", "Вид исходного материала",
       ("interview", "interview", "интервью"),
       ("written_statement", "written statement", "письменное заявление"),
       ("medical_examination", "medical examination", "медицинское освидетельствование"),
       ("court_record", "court record", "судебный документ"),
       ("official_letter", "official letter", "официальное письмо"),
       ("photograph", "photograph", "фотография"),
       ("audio", "audio", "аудиозапись"),
       ("video", "video", "видеозапись"),
       ("media_report", "media report", "публикация в СМИ"),
       ("social_media_post", "social-media post", "публикация в социальных сетях")),
    _v("reliability", "Reliability", "Достоверность",
       ("confirmed", "confirmed", "подтверждено"),
       ("probably_true", "probably true", "вероятно, достоверно"),
       ("possibly_true", "possibly true", "возможно, достоверно"),
       ("doubtful", "doubtful", "сомнительно"),
       ("cannot_be_judged", "cannot be judged", "невозможно оценить")),
    _v("authority_type", "Authority type", "Тип органа",
       ("prosecutor", "prosecutor", "прокуратура"),
       ("investigative_committee", "investigative committee", "Следственный комитет"),
       ("ombudsperson", "ombudsperson", "уполномоченный по правам человека"),
       ("court", "court", "суд"),
       ("prison_administration", "prison administration", "администрация учреждения"),
       ("ministry", "ministry", "министерство"),
       ("un_treaty_body", "UN treaty body", "договорный орган ООН"),
       ("un_special_procedure", "UN special procedure", "специальная процедура ООН"),
       ("regional_mechanism", "regional mechanism", "региональный механизм")),
    _v("complaint_status", "Complaint status", "Статус жалобы",
       ("drafted", "drafted", "подготовлена"),
       ("filed", "filed", "подана"),
       ("acknowledged", "acknowledged", "получение подтверждено"),
       ("under_review", "under review", "на рассмотрении"),
       ("investigation_opened", "investigation opened", "начата проверка / возбуждено дело"),
       ("refused", "refused", "отказано"),
       ("no_response", "no response", "ответа нет"),
       ("appealed", "appealed", "обжалована"),
       ("referred", "referred", "перенаправлена"),
       ("closed", "closed", "закрыта"),
       ("in_court", "in court", "в суде"),
       ("decided", "decided", "принято решение")),
    _v("response_type", "Type of response", "Характер ответа",
       ("denied_event", "denied the event", "факт отрицается"),
       ("denied_responsibility", "acknowledged but denied responsibility",
        "факт признан, ответственность отрицается"),
       ("token_response", "token response", "формальная отписка"),
       ("investigation_promised", "investigation promised", "обещана проверка"),
       ("investigation_opened", "investigation opened", "начата проверка"),
       ("no_response", "no response", "ответа нет"),
       ("redress_granted", "redress granted", "нарушение устранено, предоставлено возмещение")),
    _v("reparation_kind", "Kind of reparation", "Вид возмещения",
       ("medical_rehabilitation", "medical rehabilitation", "медицинская реабилитация"),
       ("psychological_rehabilitation", "psychological rehabilitation",
        "психологическая реабилитация"),
       ("compensation", "compensation", "денежная компенсация"),
       ("restitution", "restitution (job, property, record cleared)",
        "восстановление прав (работа, имущество, снятие судимости)"),
       ("satisfaction", "satisfaction (apology, acknowledgement)",
        "сатисфакция (извинение, признание)"),
       ("non_repetition", "guarantees of non-repetition", "гарантии неповторения")),
    _v("reparation_status", "Reparation claim status", "Статус требования о возмещении",
       ("not_claimed", "not yet claimed", "ещё не заявлено"),
       ("claimed", "claimed", "заявлено"),
       ("partly_granted", "partly granted", "удовлетворено частично"),
       ("granted", "granted", "удовлетворено"),
       ("refused", "refused", "отказано"),
       ("abandoned", "abandoned", "оставлено")),
    _v("consent_use", "Consent: use", "Согласие: цель использования",
       ("internal_documentation", "internal documentation", "внутренняя документация"),
       ("legal_action", "legal action on the person's behalf", "юридические действия от имени человека"),
       ("un_regional", "UN and regional mechanisms", "механизмы ООН и региональные механизмы"),
       ("advocacy_anonymous", "advocacy without name", "адвокация без указания имени"),
       ("publication_named", "publication with name", "публикация с указанием имени"),
       ("sharing_partners", "sharing with named partner organisations",
        "передача названным партнёрским организациям")),
    _v("consent_state", "Consent", "Согласие",
       ("given", "given", "дано"),
       ("refused", "refused", "не дано"),
       ("withdrawn", "withdrawn", "отозвано")),
    _v("incident_link", "Link between incidents", "Связь между эпизодами",
       ("precedes", "precedes", "предшествует"),
       ("causes", "causes", "является причиной"),
       ("retaliation_for", "retaliation for", "ответ (месть) за")),
    _v("istanbul_consistency", "Istanbul Protocol consistency", "Соответствие (Стамбульский протокол)",
       ("not_consistent", "not consistent", "не соответствует"),
       ("consistent", "consistent", "соответствует"),
       ("highly_consistent", "highly consistent", "в высокой степени соответствует"),
       ("typical_of", "typical of", "типично для"),
       ("diagnostic_of", "diagnostic of", "диагностически значимо для")),
)

BY_NAME: dict[str, Vocabulary] = {v.name: v for v in VOCABULARIES}


def seed_terms() -> list[Term]:
    """Every builtin term, in the order to show them."""
    return [Term(v.name, code, en, ru, True, False, position)
            for v in VOCABULARIES for position, (code, en, ru) in enumerate(v.terms)]


def builtin_codes(vocabulary: str) -> tuple[str, ...]:
    return tuple(code for code, _, _ in BY_NAME[vocabulary].terms)
