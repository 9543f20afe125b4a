"""Rule S3 for "zu" infinitive clauses without "um": each infinitive becomes a main clause with a modal verb.

"Der Austausch ermöglicht es beiden Städten, voneinander zu lernen."
-> "Der Austausch hilft beiden Städten." + "Die beiden Städte können voneinander lernen."
"Die Bürgermeisterin hat alle Partnerstädte eingeladen, im September mitzufeiern."
-> "Die Bürgermeisterin hat alle Partnerstädte eingeladen."
   + "Alle Partnerstädte sollen im September mitfeiern."
"Die Stadt hat das Ziel, Radwege zu bauen." -> "Die Stadt hat das Ziel." + "Das Ziel ist:" + "- Radwege bauen"
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from simplify.document import Token
from simplify.lexicon import mapping
from simplify.rewrite.clauses import well_formed
from simplify.rewrite.lists import bullet, lead_colon
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import Tokens, initial, inner, is_finite, is_verb, separable, spaced, word

# Nominative of a dative pronoun after "ermöglicht es".
DATIVE_PRONOUNS = {"uns": "Wir", "ihnen": "Sie", "Ihnen": "Sie", "euch": "Ihr"}
# Present forms of "ermöglichen" and the "helfen" form that replaces them.
ENABLE = {"ermöglicht": "hilft", "ermöglichen": "helfen"}
# Participles of verbs that ask someone to do something; the object then "soll" do it.
ASKING = {"eingeladen", "aufgefordert", "aufgerufen", "gebeten", "ermutigt"}
# Plural determiners whose noun phrase is the same in the accusative and the nominative.
PLURAL_DETERMINERS = {"alle", "die", "viele", "beide", "mehrere"}


def infinitives(span: Sequence[Token]) -> list[Tokens] | None:
    """Split "A zu tun, B zu machen und C zu lernen" into bare infinitive phrases; None if not that shape."""
    parts: list[Tokens] = []
    current: Tokens = []
    for index, token in enumerate(span):
        if token.pos == "VVIZU":
            current.append(replace(token, text=token.lemma, pos="VVINF", space_after=False))
        elif token.text == "zu" and token.pos == "PTKZU":
            continue
        elif token.text in {",", "und"} and current and current[-1].pos in {"VVINF", "VAINF"}:
            if not (index and (span[index - 1].pos == "VVIZU" or span[index - 2].text == "zu")):
                return None
            parts.append(current)
            current = []
        else:
            if is_finite(token) or token.pos in {"KOUS", "PRELS", "PWS", "PWAV"}:
                return None
            current.append(token)
    if not current or current[-1].pos not in {"VVINF", "VAINF"}:
        return None
    parts.append(current)
    for part in parts:
        if len(part) < 2 or sum(is_verb(t) for t in part) != 1:
            return None
    return parts


def _statements(subject: Tokens, modal: str, parts: list[Tokens]) -> list[Tokens]:
    return [[*initial(spaced(subject)), word(modal, "VMFIN", modal), *spaced(p[:-1]), p[-1]] for p in parts]


def _plural_nominative(phrase: Sequence[Token]) -> Tokens | None:
    """ "beiden Städten" -> "die beiden Städte"; "alle Partnerstädte" stays; None when unsure."""
    if len(phrase) < 2 or phrase[-1].pos != "NN" or any(t.pos not in {"PIAT", "ADJA", "NN"} for t in phrase):
        return None
    head = phrase[0].text.lower()
    noun = phrase[-1]
    if head == "beiden":
        text = noun.text
        if text.endswith("n") and text[:-1].endswith(("e", "er", "el")) and text != noun.lemma + "en":
            text = text[:-1]
        elif not text.endswith(("en", "er", "el")):
            return None
        if not all(t.text.endswith("en") for t in phrase[1:-1]):
            return None  # "beiden großen Städten": the ending stays "-en" after "die beiden"
        return [word("die", "ART", "der"), *phrase[:-1], replace(noun, text=text)]
    if head in PLURAL_DETERMINERS and noun.text != noun.lemma:
        return list(phrase)
    return None


def _masculine_nominative(phrase: Sequence[Token]) -> Tokens | None:
    """ "den Bürgermeister" -> "der Bürgermeister" (article and a singular noun only)."""
    if (
        len(phrase) != 2
        or phrase[0].text != "den"
        or phrase[1].pos != "NN"
        or phrase[1].text != phrase[1].lemma
    ):
        return None
    return [replace(phrase[0], text="der"), phrase[1]]


@rule("S3.enable", kind="sentence", splits=True)
def enable(clause: Tokens) -> list[Tokens] | None:
    """S3: "X ermöglicht es Y, ... zu tun." -> "X hilft Y." + "Y können ... tun." (present tense only)."""
    for index, token in enumerate(clause):
        if token.text not in ENABLE or index + 2 >= len(clause) or clause[index + 1].text != "es":
            continue
        comma = next((i for i in range(index + 2, len(clause)) if clause[i].text == ","), None)
        if comma is None or comma == index + 2:
            continue
        dative = clause[index + 2 : comma]
        parts = infinitives(clause[comma + 1 :])
        if parts is None:
            continue
        if len(dative) == 1 and dative[0].text in DATIVE_PRONOUNS:
            subject: Tokens | None = [word(DATIVE_PRONOUNS[dative[0].text], "PPER")]
        else:
            subject = _plural_nominative(dative)
        if subject is None:
            continue
        main = [*clause[:index], replace(token, text=ENABLE[token.text]), *clause[index + 2 : comma]]
        main[-1] = replace(main[-1], space_after=False)
        out = [main, *_statements(subject, "können", parts)]
        if all(well_formed(c) for c in out):
            return out
    return None


@rule("S3.asking", kind="sentence", splits=True)
def asking(clause: Tokens) -> list[Tokens] | None:
    """S3: "X hat Y eingeladen, ... zu tun." -> "X hat Y eingeladen." + "Y soll/sollen ... tun"."""
    for comma, token in enumerate(clause):
        if token.text != "," or comma < 3 or clause[comma - 1].text not in ASKING:
            continue
        finite = next((i for i in range(comma - 1) if is_finite(clause[i])), None)
        if finite is None or clause[finite].lemma != "haben":
            continue
        parts = infinitives(clause[comma + 1 :])
        phrase = clause[finite + 1 : comma - 1]
        obj, modal = _plural_nominative(phrase), "sollen"
        if obj is None:
            obj, modal = _masculine_nominative(phrase), "soll"
        if parts is None or obj is None:
            continue
        main = list(clause[:comma])
        main[-1] = replace(main[-1], space_after=False)
        out = [main, *_statements(obj, modal, parts)]
        if all(well_formed(c) for c in out):
            return out
    return None


@rule("S3.goal", kind="sentence", splits=True, levels=("leichte",))
def goal(clause: Tokens) -> list[Tokens] | None:
    """S3: a noun of aims with "zu" infinitives -> the sentence up to the noun, "Das Ziel ist:" and a list.

    "Die Stadt verfolgt das Ziel, Wege zu bauen und Bäume zu pflanzen."
    -> "Die Stadt verfolgt das Ziel." + "Das Ziel ist:" + "- Wege bauen" + "- Bäume pflanzen"
    """
    nouns = mapping("rewrite/goal_nouns.tsv")
    for comma, token in enumerate(clause):
        if token.text != "," or comma < 3 or clause[comma - 1].text not in nouns:
            continue
        if clause[comma - 2].pos not in {"ART", "PPOSAT", "PDAT", "ADJA"}:
            continue
        parts = infinitives(clause[comma + 1 :])
        main = [*clause[: comma - 1], replace(clause[comma - 1], space_after=False)]
        if parts is None or not well_formed(main):
            continue
        article, noun = nouns[clause[comma - 1].text].split()
        verb = (
            "sind" if article == "Die" and noun.endswith("e") and noun != clause[comma - 1].lemma else "ist"
        )
        named = [
            word(article, "ART", article.lower()),
            replace(clause[comma - 1], text=noun, space_after=True),
        ]
        if len(parts) == 1:  # one aim stays on the line: "Das Ziel ist: neue Radwege bauen."
            return [main, [*named, word(verb, "VAFIN", "sein"), word(":", "$."), *inner(parts[0])]]
        lead = [*named, replace(word(verb, "VAFIN", "sein"), space_after=False), lead_colon()]
        return [main, lead, *(bullet(part) for part in parts)]
    return None


@rule("S3.advice", kind="sentence", splits=True, levels=("leichte",))
def advice(clause: Tokens) -> list[Tokens] | None:
    """S3: "X bittet darum, A zu tun und B zu tun." -> "X bittet darum:" + "Tun Sie A." + "Tun Sie B."

    Only when the verb asks or advises (rewrite/advice_verbs.tsv) and no one but the reader is asked; a
    dependent clause after the infinitives stays with the last request ("..., auch wenn ...").
    """
    comma = next((i for i, t in enumerate(clause) if t.text == ","), None)
    verb = next((i for i, t in enumerate(clause[: comma or 0]) if is_finite(t)), None)
    if comma is None or verb is None or verb == 0 or comma == len(clause) - 1:
        return None
    particle = clause[comma - 1].text.lower() if clause[comma - 1].pos == "PTKVZ" else ""
    verbs = mapping("rewrite/advice_verbs.tsv")
    if particle + clause[verb].lemma not in verbs and clause[verb].lemma not in verbs:
        return None  # "ruft dazu auf": the particle makes the verb
    if any(
        t.pos not in {"PROAV", "PAV", "PTKVZ", "ADV"} and t.text != "Sie" for t in clause[verb + 1 : comma]
    ):
        return None  # someone else is asked ("bittet die Eltern, ...")
    end = next(
        (i for i in range(comma + 1, len(clause)) if clause[i].text == "," and _dependent_after(clause, i)),
        len(clause),
    )
    parts = infinitives(clause[comma + 1 : end])
    if parts is None or any(part[-1].lemma in {"sein", "werden"} for part in parts):
        return None
    requests = [_imperative(part) for part in parts]
    requests[-1] = [*requests[-1], *clause[end:]]
    main = [*clause[: comma - 1], replace(clause[comma - 1], space_after=False)]
    out = [[*main, lead_colon()], *requests]
    return out if all(well_formed(c) for c in [main, *requests]) else None


def _dependent_after(clause: Sequence[Token], comma: int) -> bool:
    """A dependent clause opens after the comma ("..., auch wenn ...", "..., damit ...")."""
    following = clause[comma + 1 : comma + 3]
    return any(t.pos in {"KOUS", "PRELS", "PWAV"} for t in following)


def _imperative(part: Tokens) -> Tokens:
    """ "die Tonnen bereitstellen" -> "Stellen Sie die Tonnen bereit" (polite imperative)."""
    verb = part[-1]
    split = separable(verb)
    stem, particle = (split[0], [word(split[1], "PTKVZ")]) if split else (verb.text, [])
    finite = [word(stem.capitalize(), "VVFIN", verb.lemma), word("Sie", "PPER", "sie")]
    rest = [*inner(part[:-1]), *particle]
    if not rest:
        return [*finite[:-1], replace(finite[-1], space_after=False)]
    return [*finite, *rest[:-1], replace(rest[-1], space_after=False)]
