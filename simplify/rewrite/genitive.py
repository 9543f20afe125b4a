"""Rule S7: a genitive after a noun becomes "von" + dative, with article and noun endings corrected.

"der Hauptstadt der Provinz" -> "der Hauptstadt von der Provinz";
"die Leiterin des Büros" -> "die Leiterin von dem Büro";
Fixed expressions and names from syntax_fixed_genitives.tsv ("Tag der offenen Tür") stay as they are;
"die Wünsche der Bürger" is left alone ("der Bürger" may be a subject), "die Wünsche der Gäste" ->
"die Wünsche von den Gästen". Genitive prepositions: "wegen des Wetters" -> "wegen dem Wetter".
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from simplify.document import Token
from simplify.rewrite.syntax import NOUNS, Tokens, inflected, mapping, table, top_level, word

GENITIVE_ARTICLES = {"des": "dem", "eines": "einem", "der": "der", "einer": "einer"}
GENITIVE_PREPOSITIONS = {"wegen", "trotz"}
MODIFIERS = {"ADJA", "ADV", "CARD", "PIAT", "PIDAT"}


@cache
def _fixed_phrases() -> tuple[tuple[str, ...], ...]:
    """Fixed expressions with a genitive, as lower-case word tuples (syntax_fixed_genitives.tsv)."""
    return tuple(tuple(row[0].lower().split()) for row in table("syntax_fixed_genitives.tsv"))


def fixed_length(tokens: Tokens, start: int) -> int:
    """Number of tokens of a fixed genitive expression at ``start`` ("Tag der offenen Tür"), or 0.

    The first word may be inflected ("des Hauses der Jugend"): it matches by its lemma too.
    """
    texts = [t.text.lower() for t in tokens[start : start + 8]]
    if not texts:
        return 0
    lemma = tokens[start].lemma.lower()
    for phrase in _fixed_phrases():
        rest = tuple(texts[1 : len(phrase)])
        if phrase[0] in {texts[0], lemma} and rest == phrase[1:]:
            return len(phrase)
    return 0


def feminine(noun: Token) -> bool:
    """True when a singular noun is feminine by its ending or its last compound part."""
    lower = noun.text.lower()
    table = mapping("syntax_feminine.tsv")
    exceptions = mapping("syntax_not_feminine.tsv")
    last = noun.compound_parts[-1] if noun.compound_parts else lower
    if lower in exceptions or last in exceptions:
        return False
    if any(lower.endswith(w) for w in table if not w.startswith("-")):
        return True
    endings = tuple(w[1:] for w in table if w.startswith("-"))
    if lower.endswith(endings):
        return True
    # most nouns in -e are feminine; "Ge...e" nouns are neuter (Gebäude, Gelände)
    return lower.endswith("e") and not lower.startswith("ge") and len(lower) > 3


def _plural(noun: Token) -> bool:
    """True when HanTa's lemma shows a plural form (Städte -> Stadt, Gäste -> Gast)."""
    return inflected(noun) and noun.lemma[:1].isupper() and len(noun.lemma) >= 2


def _dative_plural(text: str) -> str:
    return text if text.endswith(("n", "s")) else text + "n"


def _singular_dative(noun: Token) -> str:
    """The dative singular of a masculine or neuter noun from its genitive form."""
    text = noun.text
    if text.endswith("ns") and noun.lemma + "ns" == text:
        return noun.lemma + "n"
    if text.endswith("s") and text.startswith(noun.lemma) and len(text) - len(noun.lemma) <= 2:
        return text[: len(noun.lemma)]
    if (
        text.endswith("s")
        and noun.pos == "NN"
        and len(text) > 4
        and not text.endswith(("ss", "us", "is", "os"))
    ):
        return text[:-1]
    return text


def _phrase(tokens: Tokens, start: int) -> tuple[Tokens, int] | None:
    """The dative of the genitive phrase at ``start`` and where it ends, or None when unsure."""
    article = tokens[start]
    index = start + 1
    while index < len(tokens) and tokens[index].pos in MODIFIERS:
        index += 1
    if index >= len(tokens) or tokens[index].pos not in {"NN", "NNA"}:
        return None
    noun = tokens[index]
    modifiers = tokens[start + 1 : index]
    if index + 1 < len(tokens) and tokens[index + 1].text in {"e.", "e.V.", "e. V."}:
        return None  # part of a club's name: "Förderverein der Stadtbücherei e. V."
    coordinated = {"NN", "ADJA"} | (
        {"ART"} if index + 2 < len(tokens) and tokens[index + 2].text in {"der", "des"} else set()
    )
    if index + 2 < len(tokens) and tokens[index + 1].pos == "KON" and tokens[index + 2].pos in coordinated:
        return None  # "der Wählerinnen und Wähler": both nouns would need the dative
    lower = article.text.lower()
    if lower in {"des", "eines"}:
        new_article = GENITIVE_ARTICLES[lower]
        new_noun = _singular_dative(noun)
    elif lower == "der" and _plural(noun):
        new_article = "den"
        new_noun = _dative_plural(noun.text)
    elif lower in {"der", "einer"} and not inflected(noun) and feminine(noun):
        new_article = lower
        new_noun = noun.text
    else:
        return None
    if any(t.pos == "ADJA" and (not t.text.endswith("en") or t.text[:1].isupper()) for t in modifiers):
        return None  # an ending that is no genitive, or a name ("Tag der Deutschen Einheit")
    replaced = [
        replace(article, text=new_article if article.text.islower() else new_article.capitalize()),
        *modifiers,
        replace(noun, text=new_noun),
    ]
    return replaced, index + 1


def genitive(clause: Tokens) -> list[Tokens] | None:
    """S7: "NOUN des/der ... NOUN" -> "NOUN von dem/der ... NOUN"; "wegen des X" -> "wegen dem X"."""
    out: Tokens = []
    index = 0
    changed = False
    flags = top_level(clause)  # quotations stay word for word
    while index < len(clause):
        token = clause[index]
        previous = out[-1] if out else None
        if length := fixed_length(clause, index):
            out.extend(clause[index : index + length])  # "Tag der offenen Tür" stays a name
            index += length
            continue
        if previous is not None and index and fixed_length(clause, index - 1):
            length = fixed_length(clause, index - 1)  # "des Hauses der Jugend": the name stays whole
            out.extend(clause[index : index - 1 + length])
            index += length - 1
            continue
        if (
            previous is not None
            and flags[index]
            and token.pos == "ART"
            and token.text.lower() in GENITIVE_ARTICLES
            and (previous.pos in NOUNS or previous.text.lower() in GENITIVE_PREPOSITIONS)
            and previous.text.lower() not in mapping("syntax_time_nouns.tsv")
            and not (len(out) > 1 and out[-2].text.lower() == "von")
        ):
            found = _phrase(clause, index)
            if found:
                phrase, index = found
                if previous.pos in NOUNS:
                    out.append(word("von", "APPR"))
                out.extend(phrase)
                changed = True
                continue
        out.append(token)
        index += 1
    return [out] if changed else None
