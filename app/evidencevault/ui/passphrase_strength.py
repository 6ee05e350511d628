"""A rough, honest estimate of passphrase strength for the meter (no Qt, no I/O).

It counts what an attacker's guesser would have to search: words for
passphrases made of words, character classes otherwise, and it penalises
repetition and sequences. It is a guide for the meter, not a promise.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

MINIMUM_LENGTH = 8  # the vault refuses shorter passphrases (WeakPassphrase)
LEVELS = ("too short", "weak", "fair", "good", "strong")
_SEQUENCES = ("0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl",
              "йцукенгшщзхъ", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя")


@dataclass(frozen=True)
class Strength:
    bits: float
    level: int  # index into LEVELS
    label: str  # English; the window translates it


def _pool_size(text: str) -> int:
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"[0-9]", text):
        pool += 10
    if any(unicodedata.category(ch).startswith("L") and ord(ch) > 127 for ch in text):
        pool += 33
    if re.search(r"[^\w\s]", text) or " " in text.strip():
        pool += 20
    return max(pool, 10)


def _penalised_length(text: str) -> float:
    """Length, with runs of one character and keyboard/alphabet sequences counted once."""
    lowered = text.lower()
    length = 0.0
    previous = ""
    for index, ch in enumerate(lowered):
        pair = lowered[max(0, index - 1):index + 1]
        if ch == previous or (len(pair) == 2 and any(pair in seq for seq in _SEQUENCES)):
            length += 0.25
        else:
            length += 1
        previous = ch
    return length


def estimate(passphrase: str) -> Strength:
    text = unicodedata.normalize("NFC", passphrase)
    if len(text.strip()) < MINIMUM_LENGTH:
        bits = len(text) * 2.0
        return Strength(bits, 0, LEVELS[0])
    words = [w for w in re.split(r"[\s\-_.,]+", text) if len(w) >= 3]
    by_chars = _penalised_length(text) * math.log2(_pool_size(text))
    by_words = len(set(w.lower() for w in words)) * 11.0  # ~2,000-word vocabulary each
    bits = max(by_words, min(by_chars, by_words * 1.5)) if len(words) >= 3 else by_chars
    if len(set(text.lower())) <= 3:
        bits = min(bits, 20.0)
    level = 1 if bits < 40 else 2 if bits < 60 else 3 if bits < 80 else 4
    return Strength(bits, level, LEVELS[level])
