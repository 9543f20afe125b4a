"""The fact guard: what a source sentence states (numbers, dates, names, ...) must be in its output.

Facts are compared in canonical form, after the same number and sign rules the post-processing applies:
"vier" == "4", "27.01.2026" == "27. Januar 2026", "9 Uhr" == "9:00 Uhr", "5 %" == "5 Prozent";
phone numbers by their digits and grouping ("0351 / 12 34 56" is not kept by "0351 123456"), numbers with a
slash as written ("Nr. 7/9" is not kept by "7 bis 9"), and so are words with a slash the sign rules keep
("Juli/August", "CDU/CSU", "90/Die Grünen"); e-mail addresses case-insensitively. Names are the
proper nouns of the source (tagged NE, or capitalised inside the sentence without being a noun);
an output keeps a name when it holds it ignoring case, compound separators and hyphens
("Kaiserslautern" is kept by "Kaisers·lautern"), or without its genitive -s ("Kassels" by "von Kassel").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from simplify.document import Rewrite, Sentence, Token
from simplify.nlp.numbers import cardinal
from simplify.profile import SEPARATOR_MARKS
from simplify.rewrite import abbreviations, numbers, rules, signs

FALLBACK = "guard-fallback"
_DATE = re.compile(rf"(\d{{1,2}})\. ({'|'.join(numbers.MONTHS)})\b")
_TIME = re.compile(r"(\d{1,2}):(\d{2}) Uhr\b")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_ROMAN = re.compile(r"[IVXLCDM]+")
_OPENERS = frozenset("„\"»([*:;‚'–-")
_DIGITS = re.compile(r"\d+")
_SLASHED = re.compile(r"\d+(?:\s?/\s?\d+)+")
_SLASHED_WORDS = re.compile(r"(?<![\w/])(?=[\w/]*[^\W\d])[A-ZÄÖÜ0-9][\w-]*(?:/[\w-]+)+")
_NOT_NAME_TAGS = ("NN", "ART", "P", "K", "AP", "CARD", "ADV", "$")


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact: its kind (number, date, time, email, url, phone, name) and canonical value."""

    kind: str
    value: str


def _number(text: str) -> str:
    return text.replace(".", "") if _THOUSANDS.fullmatch(text) else text


@cache
def _not_names() -> frozenset[str]:
    """Words the post-processing may rewrite: glossary entries (built-in) and abbreviations."""
    from simplify.rewrite.glossary import load

    return load().keys


def _known_name(word: str) -> bool:
    from simplify.nlp.analysis import word_morphemes

    return any(label.endswith("NE") for _morpheme, label in word_morphemes(word))


def _is_name(token: Token, initial: bool) -> bool:
    word = token.text
    if len(word) < 2 or not word[0].isupper() or not word.replace("-", "").replace("'", "").isalpha():
        return False
    if token.pos != "NE" and (initial or token.pos.startswith(_NOT_NAME_TAGS)):
        return False
    if initial and not _known_name(word.lower()):
        return False  # "Los geht es": the first word is a name only if the lexicon knows it as one
    lowered = word[0].lower() + word[1:]
    return not (
        abbreviations.known(word)
        or word in _not_names()
        or lowered in _not_names()
        or cardinal(lowered) is not None
        or _ROMAN.fullmatch(word)
        or word in numbers.MONTHS
        or word in numbers.WEEKDAYS
    )


def _names(tokens: Sequence[Token]) -> list[Fact]:
    found = []
    initial = True
    for token in tokens:
        if token.kind not in {"symbol"} and _is_name(token, initial):
            found.append(Fact("name", token.text))
        initial = token.text in _OPENERS or token.pos == "$."
    return found


def _literal(text: str) -> tuple[list[Fact], str]:
    """E-mails, URLs and phone numbers, and the rest of the text with them left out."""
    found, rest = [], []
    for piece, kind in signs.pieces(text):
        if kind is None:
            rest.append(piece)
        elif kind == "phone":
            found.append(
                Fact("phone", ("+" if piece.startswith("+") else "") + " ".join(_DIGITS.findall(piece)))
            )
            rest.append(" ; ")
        else:
            found.append(Fact(kind, piece.lower() if kind == "email" else piece))
            rest.append(" ; ")
    return found, "".join(rest)


@lru_cache(maxsize=20_000)
def _canonical(text: str) -> str:
    """Text after the text rules that change how facts are written (``Rule.facts``), in their order."""
    for _ in range(4):
        changed = text
        for step in rules.ordered("text"):
            if step.facts:
                changed = step.apply(changed)
        changed = " ".join(signs.split_sentences(changed))
        if changed == text:
            break
        text = changed
    return text


def _structured(text: str) -> tuple[list[Fact], set[str]]:
    """Dates, times and numbers of canonical text, and every number in it (also inside dates)."""
    found = []
    for match in _DATE.finditer(text):
        found.append(Fact("date", f"{int(match[1])}. {match[2]}"))
    for match in _TIME.finditer(text):
        found.append(Fact("time", f"{int(match[1])}:{match[2]} Uhr"))
    found.extend(Fact("number", "/".join(_DIGITS.findall(m.group()))) for m in _SLASHED.finditer(text))
    found.extend(Fact("name", m.group()) for m in _SLASHED_WORDS.finditer(text))
    bare = _TIME.sub(" ", _DATE.sub(" ", text))
    found.extend(Fact("number", _number(m.group())) for m in _NUMBER.finditer(bare))
    every = {_number(m.group()) for m in _NUMBER.finditer(text)} | {
        m.group().lstrip("0") or "0" for m in _NUMBER.finditer(text)
    }
    return found, every


def _facts(text: str, tokens: Sequence[Token]) -> list[Fact]:
    literal, rest = _literal(text)
    structured, _ = _structured(_canonical(rest))
    unique = dict.fromkeys([*literal, *structured, *_names(tokens)])
    return list(unique)


def _fold(text: str) -> str:
    return SEPARATOR_MARKS.sub("", text).casefold()


def _lost(facts: Sequence[Fact], output: str) -> list[Fact]:
    """The facts of ``facts`` that ``output`` does not state."""
    literal, rest = _literal(output)
    structured, every = _structured(_canonical(rest))
    # Numbers, dates and times that now look like part of a phone number count too.
    every |= set(_DIGITS.findall(output))
    present = set(literal) | set(structured) | set(_structured(_canonical(output))[0])
    folded = _fold(output)
    lost = []
    for fact in facts:
        if fact.kind == "name":
            name = _fold(fact.value)
            if name in folded or (name.endswith("s") and name[:-1] in folded):
                continue
        elif fact in present or (fact.kind == "number" and fact.value in every):
            continue
        lost.append(fact)
    return lost


def _tokens(text: str) -> tuple[Token, ...]:
    from simplify.nlp.analysis import analyse_sentence

    return analyse_sentence(text) if text.strip() else ()


def facts(text: str) -> list[str]:
    """The facts of ``text`` in canonical form: numbers, dates, times, e-mails, phones, URLs, names."""
    return [fact.value for fact in _facts(text, _tokens(text))]


def kept_by_kind(source: str, output: str) -> list[tuple[str, bool]]:
    """Each fact of ``source`` as (kind, whether ``output`` keeps it); kinds as :class:`Fact` names them."""
    found = _facts(source, _tokens(source))
    lost = set(_lost(found, output))
    return [(fact.kind, fact not in lost) for fact in found]


def missing(source: str, output: str) -> list[str]:
    """The facts of ``source`` that ``output`` loses (empty when every fact is kept)."""
    return [fact.value for fact in _lost(_facts(source, _tokens(source)), output)]


def apply(rewrites: Sequence[Rewrite], *, fallback: Callable[[Sentence], list[str]]) -> None:
    """Check every rewrite; one that lost a fact gets ``fallback(sentence)`` and ``guard-fallback``.

    If the fallback loses a fact too, the source sentence itself is the output.
    """
    for rewrite in rewrites:
        source = rewrite.source
        found = _facts(source.text, source.tokens)
        lost = _lost(found, " ".join(rewrite.output))
        if lost:
            rewrite.output = fallback(source)
            lost = _lost(found, " ".join(rewrite.output))
            if lost:
                rewrite.output = [source.text]
                lost = _lost(found, source.text)
            rewrite.rules = [FALLBACK]
        rewrite.facts_kept = len(found) - len(lost)
        rewrite.facts_missing = [fact.value for fact in lost]


def removed(lines: Sequence[str], kept: str) -> list[list[str]]:
    """For each line cleaning removed, the facts it held that the kept text ``kept`` does not state.

    Numbers, dates, times, e-mails, phones and URLs count; names do not (navigation and banners are full of
    capitalised words that are no facts of the release).
    """
    found = []
    for line in lines:
        literal, rest = _literal(line)
        facts = [*literal, *_structured(_canonical(rest))[0]]
        found.append([fact.value for fact in _lost(list(dict.fromkeys(facts)), kept)] if facts else [])
    return found


def invented(source: str, output: str) -> list[str]:
    """The facts ``output`` states that ``source`` does not: what a model made up."""
    return [fact.value for fact in _lost(_facts(output, _tokens(output)), source)]


def reject_invented(rewrites: Sequence[Rewrite], *, fallback: Callable[[Sentence], list[str]]) -> None:
    """Replace model output that states a number, date, name, e-mail, phone or URL the source does not.

    Runs on a model backend's raw output, before post-processing adds explanations of its own.
    """
    for rewrite in rewrites:
        if invented(rewrite.source.text, " ".join(rewrite.output)):
            rewrite.output = fallback(rewrite.source)
            rewrite.rules = [FALLBACK]
