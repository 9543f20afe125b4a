"""German syllables counted the way a reader says the word.

Counting rules (``count_syllables``):

- A syllable is a vowel nucleus: a single vowel letter (a e i o u ä ö ü y, accented é è ê à â ô û î) or one of
  the letter pairs read as one sound: the diphthongs ai ay ei ey au eu äu, long ie, doubled aa ee oo, and ou
  (Tour, Route). Any other pair of neighbouring vowels is read as two syllables (hiatus: The-a-ter, Ru-i-ne,
  Na-ti-on, A-ue, Du-ell). "qu" is read kw, so its u is no vowel (Quel-le); y before a vowel at the start or
  between vowels is read j (Yo-ga).
- Hiatus the general rules miss: -een (I-de-en, Mu-se-en), -eum after a consonant (Mu-se-um, not Neu-mann),
  -ien not followed by a vowel (Fe-ri-en, Pa-ti-ent, but Dienst, dient, Wien, schien), adjectives in -iell
  (spe-zi-ell). Word-specific cases
  (Fa-mi-li-e, be-ur-tei-len, na-iv) and loanwords read with fewer vowels (Home-page, on-line) are listed in
  ``data/readability/syllables_exceptions.tsv``.
- Hyphenated and middle-dot compounds count as the sum of their parts (Bürger-Büro: 4).
- Digits are read aloud as German numbers: 2026 "zweitausendsechsundzwanzig" (7), years 1100-1999 as
  hundreds (1990 "neunzehnhundertneunzig"), 3. as an ordinal ("dritte"), 3,5 as "drei Komma fünf",
  1.000 as "tausend", 01.02. as two ordinals, 9:30 as "neun dreißig", numbers with a leading zero or more than
  twelve digits digit by digit (phone numbers).
- Abbreviations are read as the words they stand for (Tel. "Telefon", usw. "und so weiter"; list in
  ``data/readability/syllables_abbreviations.tsv``); acronyms in capitals and words without a vowel are
  spelled, one syllable per letter (ADAC 4, Lkw 3, Y "Ypsilon" 3) unless the list says they are read as a
  word (NATO 2).
- E-mail addresses and URLs are not words: 0 syllables. So are tokens without a letter or digit ("%", "-").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from simplify.lexicon import table

_VOWELS = set("aeiouäöüyéèêàâôûîëï")
_NUCLEI_2 = {"ai", "ay", "ei", "ey", "au", "eu", "äu", "ie", "aa", "ee", "oo", "ou"}
_EEN = re.compile(r"(?<=e)(?=en(?![aeiouäöüy]))")  # I-de-en, Mu-se-en, Al-le-en
_EUM = re.compile(r"(?<=[^aeiouäöüy]e)(?=um(?![aeiouäöüy]))")  # Mu-se-um, Ly-ze-um, not Neu-mann
_IELL = re.compile(r"(?<=i)(?=ell(?:e[nmrs]?)?$)")  # spe-zi-ell, of-fi-zi-el-le
_IEN = re.compile(r"(?<=i)(?=en(?![aeiouäöüy]))")  # Fe-ri-en, Pa-ti-ent
_ADDRESS = re.compile(
    r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.(?:de|com|org|net|eu|info|at|ch)"
    r"(?:/\S*)?)$",
    re.IGNORECASE,
)
_PARTS = re.compile(r"[-‐‑·‧/]+")
_PIECES = re.compile(r"\d+(?:[.,:]\d+)*\.?|[^\W\d_]+")
_LETTER_SYLLABLES = {"y": 3}

_ONES = (
    "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
    "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn",
)  # fmt: skip
_TENS = ("", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig")
_ORDINAL_IRREGULAR = {1: "erste", 3: "dritte", 7: "siebte", 8: "achte"}
_LARGE = ((10**9, "eine milliarde", "milliarden"), (10**6, "eine million", "millionen"))


@cache
def _exceptions() -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = []
    for pattern, replacement in table("readability/syllables_exceptions.tsv"):
        start, end = pattern.startswith("^"), pattern.endswith("$")
        core = re.escape(pattern.strip("^$"))
        rules.append((re.compile(("^" if start else "") + core + ("$" if end else "")), replacement))
    return tuple(rules)


@cache
def abbreviations() -> dict[str, str]:
    """Written form -> spoken form, from ``data/readability/syllables_abbreviations.tsv``."""
    return {written: spoken for written, spoken in table("readability/syllables_abbreviations.tsv")}


def is_address(token: str) -> bool:
    """True for e-mail addresses and URLs, which are not words of the sentence."""
    return bool(_ADDRESS.match(token))


def _below_100(n: int) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return (("ein" if ones == 1 else _ONES[ones]) + "und" if ones else "") + _TENS[tens]


def _below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    head = (("" if hundreds == 1 else _ONES[hundreds]) + "hundert") if hundreds else ""
    return head + (_below_100(rest) if rest or not head else "")


def cardinal(n: int) -> str:
    """German words for a non-negative integer, as said aloud (1200 -> "tausendzweihundert")."""
    if n == 0:
        return "null"
    words = []
    for value, one, many in _LARGE:
        count, n = divmod(n, value)
        if count:
            words.append(one if count == 1 else f"{cardinal(count)} {many}")
    thousands, rest = divmod(n, 1000)
    head = (("" if thousands == 1 else _below_1000(thousands)) + "tausend") if thousands else ""
    tail = _below_1000(rest) if rest else ""
    if head or tail:
        words.append(head + tail)
    return " ".join(words)


def ordinal(n: int) -> str:
    """German ordinal (3 -> "dritte", 20 -> "zwanzigste")."""
    if n in _ORDINAL_IRREGULAR:
        return _ORDINAL_IRREGULAR[n]
    return cardinal(n) + ("te" if n < 20 else "ste")


def _integer(digits: str) -> str:
    if (digits.startswith("0") and len(digits) > 1) or len(digits) > 12:
        return " ".join(_ONES[int(d)] for d in digits)
    n = int(digits)
    if len(digits) == 4 and 1100 <= n <= 1999:
        return _below_100(n // 100) + "hundert" + (_below_100(n % 100) if n % 100 else "")
    return cardinal(n)


def read_number(token: str) -> str:
    """German words for a number as written: 2026, 3., 3,5, 1.000, 01.02.2026, 9:30."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", token):
        return cardinal(int(token.replace(".", "")))
    if re.fullmatch(r"\d+\.", token):
        return ordinal(int(token[:-1]))
    date = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{2,4})?", token)
    if date:
        day, month, year = date.groups()
        return " ".join([ordinal(int(day)), ordinal(int(month))] + ([_integer(year)] if year else []))
    decimal = re.fullmatch(r"(\d+),(\d+)", token)
    if decimal:
        whole, fraction = decimal.groups()
        return f"{_integer(whole)} komma " + " ".join(_ONES[int(d)] for d in fraction)
    time = re.fullmatch(r"(\d{1,2}):(\d{2})", token)
    if time:
        hours, minutes = time.groups()
        return _integer(hours) + ("" if minutes == "00" else " " + _integer(str(int(minutes))))
    return " ".join(_integer(run) for run in re.findall(r"\d+", token))


def _respell(word: str) -> str:
    for pattern, replacement in _exceptions():
        word = pattern.sub(replacement, word)
    word = word.replace("qu", "kw")
    word = re.sub(r"^y(?=[aeiouäöü])|(?<=[aeiouäöü])y(?=[aeiouäöü])", "j", word)
    word = _IELL.sub("|", _EUM.sub("|", _EEN.sub("|", word)))
    return _IEN.sub(lambda m: "" if _ien_is_one(word, m.start()) else "|", word)


def _ien_is_one(word: str, at: int) -> bool:
    """-ien read as one syllable: schien, Wien, and dien- before t or st (dient, Dienst; not Medien)."""
    before = word[: at - 1]
    if before.endswith(("sch", "w")):
        return True
    return before.endswith("d") and re.match(r"ns?t", word[at + 1 :]) is not None


def vowel_nuclei(word: str) -> int:
    """Syllables of one plain word by its vowel nuclei (see the module docstring); 0 if it has no vowel."""
    letters = _respell(word.lower())
    count, i = 0, 0
    while i < len(letters):
        if letters[i] not in _VOWELS:
            i += 1
            continue
        count += 1
        if letters[i : i + 2] in _NUCLEI_2:
            i += 2
        else:
            i += 1
    return count


def _spelled(word: str) -> int:
    return sum(_LETTER_SYLLABLES.get(ch, 1) for ch in word.lower() if ch.isalpha())


def _is_spelled(word: str) -> bool:
    """Acronyms (two or more capitals: ADAC, AfD, GmbH) and words without a vowel (Lkw) are spelled."""
    capitals = sum(ch.isupper() for ch in word)
    return (capitals >= 2 and capitals * 2 >= len(word)) or not any(ch.lower() in _VOWELS for ch in word)


@lru_cache(maxsize=100_000)
def count_syllables(word: str) -> int:
    """Syllables of one word as a reader says it (0 for e-mail addresses, URLs, punctuation and symbols).

    See the module docstring for the rules.
    """
    word = word.strip().strip("\"'„“”‚‘’»«()[]{}!?;:,")
    spoken = abbreviations().get(word)
    if spoken is not None:
        return sum(count_syllables(part) for part in spoken.split())
    if not word or is_address(word):
        return 0
    parts = [part for part in _PARTS.split(word) if part]
    if len(parts) > 1:
        return sum(count_syllables(part) for part in parts)
    total = 0
    for piece in _PIECES.findall(word):
        if piece[0].isdigit():
            total += sum(vowel_nuclei(w) for w in read_number(piece).split())
        elif piece in abbreviations():
            total += count_syllables(piece)
        else:
            total += (0 if _is_spelled(piece) else vowel_nuclei(piece)) or _spelled(piece)
    return total
