"""Bech32 (BIP 173) as age uses it for keys: ``age1…`` and ``AGE-SECRET-KEY-1…``.

age does not limit the length to 90 characters (its post-quantum keys are
longer), so neither does this module. Strings are all lower or all upper case;
the human-readable part is returned in lower case.
"""

from __future__ import annotations

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_VALUES = {c: i for i, c in enumerate(_CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, g in enumerate(_GENERATOR):
            if (top >> i) & 1:
                check ^= g
    return check


def _expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert(data: list[int], source: int, target: int, pad: bool) -> list[int]:
    acc, bits, out, top = 0, 0, [], (1 << target) - 1
    for value in data:
        acc = acc << source | value
        bits += source
        while bits >= target:
            bits -= target
            out.append(acc >> bits & top)
    if pad and bits:
        out.append(acc << (target - bits) & top)
    elif not pad and (bits >= source or acc << (target - bits) & top):
        raise ValueError("bech32: bad padding")
    return out


def decode(text: str) -> tuple[str, bytes]:
    """(human-readable part in lower case, data bytes); ValueError if not valid bech32."""
    if text.lower() != text and text.upper() != text:
        raise ValueError("bech32: mixed case")
    if any(not 33 <= ord(c) <= 126 for c in text):
        raise ValueError("bech32: invalid character")
    text = text.lower()
    split = text.rfind("1")
    if split < 1 or split + 7 > len(text):
        raise ValueError("bech32: no separator or too short")
    hrp = text[:split]
    try:
        values = [_VALUES[c] for c in text[split + 1:]]
    except KeyError:
        raise ValueError("bech32: invalid character") from None
    if _polymod(_expand(hrp) + values) != 1:
        raise ValueError("bech32: bad checksum")
    return hrp, bytes(_convert(values[:-6], 5, 8, pad=False))


def encode(hrp: str, data: bytes) -> str:
    values = _convert(list(data), 8, 5, pad=True)
    check = _polymod(_expand(hrp) + values + [0] * 6) ^ 1
    values += [(check >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[v] for v in values)
