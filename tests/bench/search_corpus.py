"""A deterministic corpus for the search benchmark: testimonies of about 2 KB in mixed
Cyrillic and Latin, persons with names in several scripts, and 200 fixed queries.

Names are built from Uzbek, Kazakh and Russian roots and written the ways documents
write them: Cyrillic, Russian passport Latin (Kh, Zh), Uzbek Latin (X, J, o‘, g‘, q) and
a vowel-shifted variant (Farmanov for Farmonov).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

ROOTS = ("Фармон Карим Рахим Алим Олим Хасан Хусан Юлдаш Жўра Тоқа Назарба Қодир Ғафур "
         "Холмат Худойберди Мирзиё Нормат Эргаш Турсун Абдулла Исмоил Умар Усмон Шукур Султан "
         "Собир Сафар Бахтиёр Ислом Раҳмон Муҳаммад Ахмед Жақсылық Сейтқали Нұрлан Ерлан Болат "
         "Серік Әбдір Дәулет Тошпўлат Ўрин Ғани Қурбон Шавкат Жамшид Мансур Икром").split()
MIDDLES = ("", "ба", "жон", "бек", "қул", "бой", "али", "мурод", "нур", "тош")
SUFFIXES = ("ов", "ова", "ев", "ева")
GIVEN = ("Алишер Бахтиёр Дилшод Ерлан Нурлан Шухрат Ойбек Гулнора Зарина Мухаббат Ҳилола "
         "Сардор Азамат Дамир Асель Айгерим Ғайрат Ўткир Жасур Фаррух").split()

RU = ("меня задержали сотрудники милиции ночью дома и отвезли в ИВС где следователь бил "
      "дубинкой требовал подписать признание угрожал семье не давали спать воды еды адвоката "
      "не пустили врач отказался зафиксировать побои после суда перевели в колонию там "
      "держали в одиночной камере надзиратели надели противогаз душили пакетом били по "
      "почкам ногам голове говорили что никто не узнает жалоба прокурору осталась без ответа "
      "родственники писали в омбудсмен комитет против пыток мать видела синяки свидание "
      "запретили на месяц брат тоже был задержан показания выбили под давлением камера "
      "холодная окно разбито зима следственный изолятор приговор статья срок лет").split()
UZ = ("meni militsiya xodimlari hibsga oldi tergovchi kaltakladi iqror bo‘lishga majbur "
      "qildi oilamga tahdid qildi uxlashga ruxsat bermadi advokat kiritilmadi shifokor "
      "jarohatlarni qayd etmadi koloniyaga o‘tkazildi yakka kamerada saqlandi prokuraturaga "
      "shikoyat yozdik javob kelmadi onam ko‘kargan joylarni ko‘rdi uchrashuv taqiqlandi "
      "akam ham qamoqqa olindi sud hukm chiqardi yil ozodlikdan mahrum qilindi").split()
EN = ("the detainee said officers beat him with batons in the temporary detention facility "
      "and forced a confession his lawyer was denied access the prosecutor rejected the "
      "complaint medical staff refused to record injuries solitary confinement after the "
      "complaint retaliation new charges disobeying prison authorities family visit "
      "denied UN Committee against Torture communication").split()
PLACES = ("Ташкент Toshkent Tashkent Жаслык Jaslyk Нукус Nukus Андижан Andijon Қарши Qarshi "
          "Алматы Almaty Жаңаөзен Zhanaozen Шымкент Shymkent Навоий Navoiy Зарафшон").split()

_RU_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ў": "u", "қ": "k",
    "ғ": "g", "ҳ": "kh", "ә": "a", "ө": "o", "ү": "u", "ұ": "u", "і": "i", "ң": "n",
}
_UZ_LATIN = dict(_RU_LATIN, **{"х": "x", "ж": "j", "ў": "o‘", "қ": "q", "ғ": "g‘", "ҳ": "h",
                               "ц": "s", "ы": "i"})


def latin(name: str, style: str) -> str:
    table = _UZ_LATIN if style == "uz" else _RU_LATIN
    out = "".join(table.get(c, c) for c in name.lower())
    if style == "vowel":  # Farmonov → Farmanov: the first o after a consonant becomes a
        i = out.find("o", 1)
        out = out[:i] + "a" + out[i + 1:] if i > 0 else out
    return out[:1].upper() + out[1:]


def surnames() -> list[str]:
    return [r + m + s for r in ROOTS for m in MIDDLES for s in SUFFIXES
            if not (m and r.endswith(m[:1]))]


def spell(rnd: random.Random, cyrillic: str) -> str:
    style = rnd.random()
    if style < 0.5:
        return cyrillic
    if style < 0.75:
        return latin(cyrillic, "ru")
    if style < 0.93:
        return latin(cyrillic, "uz")
    return latin(cyrillic, "vowel")


@dataclass
class Corpus:
    persons: list[tuple[str, list[str]]]     # (name, aliases)
    testimonies: list[tuple[str, str, str]]  # (interviewee, text, taken_on)
    queries: list[tuple[str, str]]           # (category, query)


def testimony(rnd: random.Random, names: list[str], size: int = 1400) -> str:
    lang = rnd.random()
    words = RU if lang < 0.6 else UZ if lang < 0.85 else EN + RU
    people = [rnd.choice(names) for _ in range(3)]
    sentences: list[str] = []
    length = 0
    while length < size:
        sentence = rnd.choices(words, k=rnd.randint(6, 14))
        if rnd.random() < 0.35:
            sentence.insert(rnd.randrange(len(sentence)), spell(rnd, rnd.choice(people)))
        if rnd.random() < 0.15:
            sentence.append(rnd.choice(PLACES))
        text = " ".join(sentence)
        text = text[:1].upper() + text[1:] + "."
        sentences.append(text)
        length += len(text) + 1
    return " ".join(sentences)[:size + 200]


def build(testimonies: int = 100_000, persons: int = 20_000, seed: int = 6) -> Corpus:
    rnd = random.Random(seed)
    family = surnames()
    person_rows = []
    for _ in range(persons):
        name = f"{rnd.choice(family)} {rnd.choice(GIVEN)}"
        surname, given = name.split()
        aliases = [f"{latin(surname, 'ru')} {latin(given, 'ru')}"]
        if rnd.random() < 0.5:
            aliases.append(f"{latin(surname, 'uz')} {latin(given, 'uz')}")
        person_rows.append((name, aliases))
    texts = []
    for i in range(testimonies):
        who = rnd.choice(person_rows)[0]
        texts.append((who, testimony(rnd, family), f"20{10 + i % 14}-{1 + i % 12:02d}"))
    return Corpus(person_rows, texts, queries(random.Random(seed + 1), family))


def queries(rnd: random.Random, family: list[str]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for _ in range(45):
        found.append(("name", rnd.choice(family)))
    for style in ("ru", "uz"):
        for _ in range(25):
            found.append(("name", latin(rnd.choice(family), style)))
    for _ in range(35):
        found.append(("prefix", rnd.choice(family)[:rnd.randint(4, 6)]))
    for _ in range(25):
        found.append(("prefix", latin(rnd.choice(family), "ru")[:rnd.randint(4, 6)]))
    for _ in range(30):
        words = RU if rnd.random() < 0.6 else UZ
        start = rnd.randrange(len(words) - 2)
        found.append(("phrase", f'"{words[start]} {words[start + 1]}"'))
    for _ in range(15):
        found.append(("mixed", f"{latin(rnd.choice(family), 'ru')} {rnd.choice(RU)}"))
    return found
