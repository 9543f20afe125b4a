"""Word rules W1, W3, W5-W9 of RULES.md: rare and long words, compounds, abbreviations, capitals, gender."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from simplify import lexicon
from simplify.check.units import Hit, Unit
from simplify.document import Token
from simplify.nlp import abbreviations, compounds
from simplify.profile import SEPARATOR_MARKS, Profile

LEXICAL = {"NN", "NNA", "ADJA", "ADJD", "VVFIN", "VVINF", "VVPP", "VVIZU", "ADV"}
ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
GENDER = re.compile(r"\b(?P<stem>[A-ZÄÖÜ][a-zäöüß]+)(?:[*:_/]-?[iI]n(?P<plural>nen)?|In(?P<binnen>nen)?)\b")
REFERENCES = {"vgl.", "ebd."}  # cross references are C2
CAPS_WORD_ZIPF = 3.8  # an all-caps token this common in lower case is a word in capitals, not an acronym


def is_roman(text: str) -> bool:
    return len(text) >= 2 and ROMAN.fullmatch(text) is not None


def _zipf(token: Token) -> float:
    return max(lexicon.zipf(token.text), lexicon.zipf(token.lemma))


def _explained(unit: Unit, token: Token) -> bool:
    """Whether an explanation line of the text explains the word (W2 makes a hard word allowed)."""
    return bool(unit.explained) and (
        token.text.lower() in unit.explained or token.lemma.lower() in unit.explained
    )


def _part_zipf(part: str) -> float:
    """Frequency of a compound part, which HanTa gives as a stem ("förder", "plätz")."""
    stems = {part, part.removesuffix("s")}  # "Öffnungs·zeiten": the linking s is no part of the word
    return max(lexicon.zipf(stem + ending) for stem in stems for ending in ("", "e", "n", "en"))


def _compound(token: Token, limits: Profile) -> tuple[str, ...]:
    """The parts the rewriter would split this word into at the level (rule W6), or () (see
    :mod:`simplify.nlp.compounds`): the checker flags exactly what the rewriter splits."""
    whole = token.pos.startswith("NN") and token.text.isalpha()  # "Stadt·verwaltung" is split already
    return compounds.splits(token.text, limits.level) if whole else ()


def w1_common_words(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """W1: rare words (wordfreq); a compound is rare when one of its parts is."""
    for i, token in enumerate(unit.tokens):
        if token.pos not in LEXICAL or token.text.isupper() or len(token.text) < 4 or _explained(unit, token):
            continue
        parts = [p for p in SEPARATOR_MARKS.split(token.text) if p]
        compound = len(parts) > 1 or (token.compound_parts and token.pos.startswith("NN"))
        if (not compound and not token.text.isalpha()) or _zipf(token) >= limits.rare_zipf:
            continue  # a single token of digits or signs is never rare
        if compound:
            candidates = parts if len(parts) > 1 else list(token.compound_parts)
            rare = [p for p in candidates if p.isalpha() and _part_zipf(p.lower()) < limits.rare_zipf]
        else:
            rare = [token.text]
        if rare:
            yield unit.hit(
                "W1",
                i,
                i,
                f"Seltenes Wort („{rare[0]}“): Nehmen Sie ein bekanntes Wort oder erklären Sie es.",
            )


def w5_short_words(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """W5: long words (syllables, letters); common everyday words and compounds that W6 splits pass."""
    from simplify.readability import count_syllables

    for i, token in enumerate(unit.tokens):
        if token.pos in {"NE", "XY", "CARD"} or token.text.isupper() or _compound(token, limits):
            continue
        if _explained(unit, token):
            continue
        parts = SEPARATOR_MARKS.split(token.text)
        for part in parts:
            if not part.isalpha():
                continue
            common = _zipf(token) if len(parts) == 1 else lexicon.zipf(part)
            if common >= limits.common_zipf:
                continue
            syllables = count_syllables(part)
            if syllables > limits.max_syllables or len(part) > limits.max_letters:
                yield unit.hit(
                    "W5",
                    i,
                    i,
                    f"Langes Wort („{part}“, {syllables} Silben): Nehmen Sie ein kürzeres Wort "
                    "oder trennen Sie es.",
                )
                break


def w6_split_compounds(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """W6: long compounds written as one word, exactly those the rewriter splits; names the rewriter keeps
    whole ("Schillerstraße", "Stadtteil Kinderhaus") pass."""
    keep = compounds.names(unit.tokens)
    for i, token in enumerate(unit.tokens):
        pieces = () if token.text in keep else _compound(token, limits)
        if pieces:
            dot, hyphen = (
                "·".join([pieces[0], *(p.lower() for p in pieces[1:])]),
                "-".join([pieces[0], *(p[:1].upper() + p[1:] for p in pieces[1:])]),
            )
            yield unit.hit("W6", i, i, f"Zusammengesetztes Wort: Trennen Sie es: „{dot}“ oder „{hyphen}“.")


def _caps_word(text: str) -> bool:
    return (
        text.isupper() and text.isalpha() and len(text) >= 3 and lexicon.zipf(text.lower()) >= CAPS_WORD_ZIPF
    )


def w7_abbreviations(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """W7: listed abbreviations, other abbreviations SoMaJo finds, acronyms not on the allow-list."""
    lex = abbreviations.lexicon()
    covered = []
    for match in abbreviations.finder().finditer(unit.text):
        key = match.group(1).replace(" ", "")
        full = lex.always.get(key) or lex.always.get(key[0].lower() + key[1:], "")
        covered.append((match.start(), match.end()))
        advice = f"Schreiben Sie „{full}“." if full else "Lassen Sie sie weg."
        yield Hit("W7", match.start(), match.end(), f"Abkürzung („{match.group()}“): {advice}")
    for i, token in enumerate(unit.tokens):
        start, _end = unit.spans[i]
        skip = token.text in lex.allowed or token.text.lower() in REFERENCES or token.pos == "XY"
        if skip or any(a <= start < b for a, b in covered):
            continue
        acronym = (
            token.text.isupper()
            and token.text.isalpha()
            and len(token.text) >= 2
            and not _caps_word(token.text)
        )
        if (token.kind == "abbreviation" or acronym) and not is_roman(token.text.rstrip(".")):
            yield unit.hit(
                "W7", i, i, f"Abkürzung („{token.text}“): Schreiben Sie das Wort aus oder erklären Sie es."
            )


def w8_no_capitals(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """W8: words written in capitals (spoken abbreviations and the allow-list pass)."""
    allowed = abbreviations.lexicon().allowed
    for i, token in enumerate(unit.tokens):
        if _caps_word(token.text) and token.text not in allowed and not is_roman(token.text):
            yield unit.hit(
                "W8",
                i,
                i,
                f"Großbuchstaben („{token.text}“): Schreiben Sie das Wort normal. "
                "Für Wichtiges nehmen Sie fett.",
            )


def gender_spans(text: str) -> list[re.Match[str]]:
    return list(GENDER.finditer(text))


def w9_gender(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """W9: gender star, colon, underscore, slash and capital-I forms."""
    for match in gender_spans(unit.text):
        stem = match.group("stem")
        plural = match.group("plural") or match.group("binnen")
        if plural and stem.endswith("er"):
            advice = f"Schreiben Sie „{stem}innen und {stem}“ oder ein neutrales Wort."
        else:
            advice = "Schreiben Sie beide Formen („Bürgerinnen und Bürger“) oder ein neutrales Wort."
        yield Hit("W9", match.start(), match.end(), f"Gender-Zeichen („{match.group()}“): {advice}")


def w3_one_word(units: Sequence[Unit], limits: Profile) -> Iterator[tuple[Unit, Hit]]:
    """W3: two words for one concept in one text; the first one used is the text's word."""
    group_of = {word: n for n, row in enumerate(lexicon.table("check/synonyms.tsv")) for word in row}
    chosen: dict[int, str] = {}
    for unit in units:
        for i, token in enumerate(unit.tokens):
            lemma = token.lemma if token.lemma in group_of else token.text
            group = group_of.get(lemma)
            if group is None or not token.pos.startswith("NN"):
                continue
            first = chosen.setdefault(group, lemma)
            if first != lemma:
                yield (
                    unit,
                    unit.hit(
                        "W3",
                        i,
                        i,
                        f"Sie haben vorher „{first}“ geschrieben. "
                        "Nehmen Sie für dieselbe Sache immer dasselbe Wort.",
                    ),
                )


SENTENCE_RULES = (w1_common_words, w5_short_words, w6_split_compounds, w8_no_capitals)
LINE_RULES = (w7_abbreviations, w9_gender)
DOCUMENT_RULES = (w3_one_word,)
