"""Rules L1 and L3 (Leichte Sprache only): long lines break after a colon, enumerations become lists.

A lead line ends with a colon ("Die neuen Öffnungszeiten sind:"); a list item line starts with "- "
and need not be a full clause (the one exception to "every output line is a main clause").

"Der Preis hat 4 Kategorien: Sport, Kultur, Umwelt und Soziales."
-> "Der Preis hat 4 Kategorien:" "- Sport" "- Kultur" "- Umwelt" "- Soziales"

A quotation that follows "X sagt:" in a long line is set on lines of its own and simplified like any
sentence; it loses its quotation marks, because its words no longer stand exactly as spoken (the
post-processing changes numbers and compounds inside quotations too). A quotation that runs over
several sentences, or holds more than one dependent clause, keeps its marks and its words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from simplify.document import Token
from simplify.lexicon import mapping
from simplify.nlp import agreement
from simplify.profile import LEICHTE
from simplify.rewrite import numbers
from simplify.rewrite.clauses import nominative, well_formed
from simplify.rewrite.genitive import feminine
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import (
    BULLET,
    FINITE,
    LEAD_COLON,
    NOUNS,
    PUNCT,
    Tokens,
    chunk,
    estimated_words,
    inflected,
    initial,
    spaced,
    top_level,
    word,
    words,
)

# A line with more words than this breaks after its colon (RULES.md S1: Leichte Sprache flags > 12);
# lengths are estimated as the line will read after post-processing (syntax.estimated_words).
LINE_WORDS = LEICHTE.line_words
# L3: enumerations of more than 3 items become lists; after a colon a long line's list of 2 or 3 too.
LIST_ITEMS = 4
ITEM_CONJUNCTIONS = ("sowie", "und", "oder")
ITEM_TAGS = NOUNS | {"FM", "ADJA", "CARD"}
# Prepositions whose phrase may describe the last item ("ein Wartebereich mit Spielecke"); place and
# time phrases ("im Bürgerhaus") belong to the whole sentence and stop the list instead.
ATTRIBUTE_PREPOSITIONS = {"mit", "ohne", "von", "zwischen"}
# Tags that open a noun phrase without a preposition (an item that shares the preposition of the first).
NOUN_PHRASE_OPENERS = {"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "ADJA", "CARD", "NN", "NE"}
# Prepositions with a genitive: their items would need "von" ("innerhalb von Israel"); no list.
GENITIVE_PREPOSITIONS = {"innerhalb", "außerhalb", "wegen", "während", "trotz", "anstatt", "statt"}


def lead_colon() -> Token:
    return Token(":", "$.", LEAD_COLON, space_after=False)


def bullet(item: Sequence[Token]) -> Tokens:
    """A list item line: "- " and the item (its first letter is capitalised when rendered)."""
    return [Token("-", "$(", BULLET), *item]


def is_bullet(clause: Sequence[Token]) -> bool:
    return bool(clause) and clause[0].lemma == BULLET


def _colon(clause: Sequence[Token]) -> int | None:
    """Index of the first colon outside quotes and parentheses that has words on both sides."""
    flags = top_level(clause)
    for index, token in enumerate(clause):
        if flags[index] and token.text == ":" and token.pos in PUNCT and token.lemma != LEAD_COLON:
            return index if 0 < index < len(clause) - 1 else None
    return None


def _strip(tokens: Sequence[Token]) -> Tokens:
    """Tokens without a trailing comma or full stop."""
    out = list(tokens)
    while out and out[-1].text in {",", "."}:
        out.pop()
    return out


def items(tokens: Sequence[Token]) -> list[Tokens] | None:
    """Split an enumeration into its items: commas, then "sowie", "und" or "oder" before the last item.

    A lone adverb before a comma belongs to the next item ("montags, dienstags und donnerstags von
    8 bis 12 Uhr" is one item). None when there are fewer than two items or a verb is among them.
    """
    tokens = _strip(tokens)
    flags = top_level(tokens)
    if any(t.pos.startswith("V") for t in tokens) or not tokens:
        return None
    parts: list[Tokens] = [[]]
    for index, token in enumerate(tokens):
        if token.text == "," and flags[index]:
            parts.append([])
        else:
            parts[-1].append(token)
    merged: list[Tokens] = []
    carry: Tokens = []
    for part in parts:
        if len(part) == 1 and part[0].pos in {"ADV", "ADJD"} and part is not parts[-1]:
            carry = [*carry, part[0], Token(",", "$,", ",")]
            continue
        merged.append([*_spaced_commas(carry), *part])
        carry = []
    last = merged[-1]
    for conjunction in ITEM_CONJUNCTIONS:
        cut = next((i for i in range(len(last) - 1, 0, -1) if last[i].text == conjunction), None)
        if cut is None or cut == len(last) - 1:
            continue
        left, right = last[:cut], last[cut + 1 :]
        if len(merged) > 1 or (words(left) >= 3 and words(right) >= 3):
            merged[-1:] = [left, right]
        break
    if len(merged) < 2 or any(not p or words(p) == 0 for p in merged):
        return None
    return merged


def _spaced_commas(tokens: Tokens) -> Tokens:
    """Carried adverbs keep a comma after each ("montags, dienstags ...")."""
    return [replace(t, space_after=t.text == ",") for t in tokens]


@rule("L3.colon", kind="sentence", splits=True, levels=("leichte",))
def colon_list(clause: Tokens) -> list[Tokens] | None:
    """L3: "LEAD: A, B und C" with no verb after the colon -> the lead line and one line per item.

    Fires for more than 3 items, or for 2 or more when the line is longer than 12 words. The lead may
    be a heading without a verb ("Die neuen Öffnungszeiten im Überblick:").
    "Geöffnet ist montags von 8 bis 12 Uhr und freitags von 8 bis 13 Uhr" has no colon: no list.
    """
    colon = _colon(clause)
    if colon is None:
        return None
    lead, rest = list(clause[:colon]), list(clause[colon + 1 :])
    if words(lead) < 2 or rest[0].text == "„":
        return None
    found = items(rest)
    if found is None or (len(found) < LIST_ITEMS and estimated_words(clause) <= LINE_WORDS):
        return None
    if any(t.text == ";" for t in rest) or _weekday_dates(found):
        return None  # "von Montag, 5. April, auf Dienstag, 6. April; ...": the commas are no list
    found = _shared_preposition(found)
    if found is None or _inside_phrase(found):
        return None
    return [[*lead, lead_colon()], *(bullet(item) for item in found)]


def _weekday_dates(found: list[Tokens]) -> bool:
    """Whether an item is the date of a weekday that ends the item before it ("Montag, 5. April")."""
    return any(
        before and item and before[-1].text in numbers.WEEKDAYS and item[0].text[:1].isdigit()
        for before, item in pairwise(found)
    )


def _shared_preposition(found: list[Tokens]) -> list[Tokens] | None:
    """Items after one preposition each keep it: "in einem Verein, einem Verband" -> "in einem Verband".

    None when a contraction opens the first item ("im Verein, Verband": its article fits the first item only)
    or the items do not all start with a noun phrase.
    """
    first = found[0][0]
    if first.pos not in {"APPR", "APPRART"} or all(item[0].pos in {"APPR", "APPRART"} for item in found):
        return found
    out = [found[0]]
    for item in found[1:]:
        if item[0].pos not in NOUN_PHRASE_OPENERS:
            out.append(item)  # "persönlich im Briefwahlbüro": an item of its own
        elif first.pos == "APPRART" or len(found[0]) < 2:
            return None
        else:
            out.append([replace(first, text=first.text.lower(), space_after=True), *item])
    return out


def _inside_phrase(found: Sequence[Tokens]) -> bool:
    """The enumeration continues a phrase inside the first item: "eine Mischung aus Rock, Blues, Soul".

    The first item ends in a preposition and a bare noun, and a later item is a bare noun like it: the
    items are the objects of that preposition, not things of their own.
    """
    first = found[0]
    if len(first) < 3 or first[-2].pos not in {"APPR", "APPRART"} or first[-1].pos not in NOUNS:
        return False
    return any(len(item) == 1 and item[0].pos in NOUNS for item in found[1:])


@rule("L3.trailing", kind="sentence", splits=True, levels=("leichte",))
def trailing_list(clause: Tokens) -> list[Tokens] | None:
    """L3: a sentence that ends in an enumeration of more than 3 names or nouns -> lead line and list.

    The lead must end in the noun that names the items:
    "Osnabrück hat Kontakte mit den Partnerstädten Angers, Derby, Haarlem und Twer."
    -> "Osnabrück hat Kontakte mit den Partnerstädten:" "- Angers" "- Derby" "- Haarlem" "- Twer"
    Adjectives before one noun are shared out: "auf sportlicher, kultureller, ... und privater Ebene"
    -> "- auf sportlicher Ebene" "- auf kultureller Ebene" ...; so are kinds after their plural ("in den
    Bereichen Kultur, Sport und Umwelt"). A line over 12 words takes a list of 3 items too.
    """
    body = _strip(clause)
    flags = top_level(body)
    if not body or not all(flags):
        return None
    found = _name_list(body) or _adjective_list(body) or _category_list(body)
    if found is None:
        return None
    lead, entries = found
    few = len(entries) < LIST_ITEMS and not (len(entries) > 2 and estimated_words(clause) > LINE_WORDS)
    if few or not well_formed(lead):
        return None
    return [[*lead, lead_colon()], *(bullet(item) for item in entries)]


def _category_list(body: Tokens) -> tuple[Tokens, list[Tokens]] | None:
    """Nouns after a plural noun that names their kind, before a separable particle at the end at most.

    "... tauschen sich in den Bereichen Kultur, Sport und Umwelt aus" -> lead "... tauschen sich in den
    Bereichen aus", items "Kultur", "Sport", "Umwelt". Only singular nouns without an article: a plural
    ("in den Wochen Spenden, Kleider und ...") may be the object of the sentence.
    """
    end = len(body) - 1 if body[-1].pos == "PTKVZ" else len(body)
    for head in range(2, end - 2):
        noun = body[head]
        if (
            noun.pos != "NN"
            or not inflected(noun)
            or body[head - 1].pos != "ART"
            or body[head + 1].pos != "NN"
        ):
            continue
        entries = items(body[head + 1 : end])
        if entries and all(len(e) == 1 and e[0].pos == "NN" and not inflected(e[0]) for e in entries):
            return [*body[: head + 1], *body[end:]], entries
        return None
    return None


def _name_list(body: Tokens) -> tuple[Tokens, list[Tokens]] | None:
    """Names after the noun that names them, at the end of ``body``: (lead up to that noun, items)."""
    start = len(body)
    while start > 1 and (
        body[start - 1].pos in ITEM_TAGS or body[start - 1].text in {",", *ITEM_CONJUNCTIONS}
    ):
        start -= 1
    for first in range(max(start, 1), len(body)):
        if body[first - 1].pos == "NN" and body[first].pos in {"NE", "FM"}:
            entries = items(body[first:])
            if entries and all(_name_item(e) for e in entries):
                return list(body[:first]), entries
            return None
    return None


def _name_item(item: Sequence[Token]) -> bool:
    return 1 <= len(item) <= 3 and all(t.pos in {"NE", "FM", "NN"} for t in item)


def _adjective_list(body: Tokens) -> tuple[Tokens, list[Tokens]] | None:
    """ "APPR ADJA, ADJA ... und ADJA NN" at the end: (lead before the preposition, shared-out items)."""
    if len(body) < 4 or body[-1].pos != "NN":
        return None
    index = len(body) - 2
    adjectives: list[Token] = []
    while index >= 0 and (body[index].pos == "ADJA" or body[index].text in {",", "und", "oder"}):
        if body[index].pos == "ADJA":
            adjectives.insert(0, body[index])
        index -= 1
    if index < 1 or body[index].pos not in {"APPR", "APPRART"} or body[index + 1].pos != "ADJA":
        return None
    preposition, noun = body[index], body[-1]
    entries = [[preposition, replace(a, space_after=True), noun] for a in adjectives]
    return list(body[:index]), entries


@rule("L1.lead", kind="sentence", splits=True, levels=("leichte",))
def lead(clause: Tokens) -> list[Tokens] | None:
    """L1: a line of more than 12 words with "LEAD: STATEMENT" breaks after the colon.

    "Die Stadt sagt: „Die Brücke ist alt und die Arbeiten dauern lange.“" (13 words)
    -> "Die Stadt sagt:" "Die Brücke ist alt und die Arbeiten dauern lange." (split further by S2).
    """
    if estimated_words(clause) <= LINE_WORDS:
        return None
    colon = _colon(clause)
    if colon is None:
        return None
    left, right = list(clause[:colon]), list(clause[colon + 1 :])
    if not any(t.pos in FINITE for t in left):
        return None
    right = _unquoted(right)
    if not well_formed(right) and not (right and right[0].text == "„"):
        return None
    return [[*left, lead_colon()], initial(right)]


def _unquoted(tokens: Tokens) -> Tokens:
    """A quotation that is the whole statement, without its marks; anything else unchanged."""
    body = list(tokens)
    if len(body) < 3 or body[0].text != "„" or body[-1].text != "“":
        return body
    inside = body[1:-1]
    if any(t.text in {"„", "“"} for t in inside) or any(t.text in {".", "!", "?"} for t in inside[:-1]):
        return body
    if sum(t.pos in {"KOUS", "PRELS", "PWAV", "PWS"} for t in inside) > 1:
        return body  # nested dependent clauses: the rules might attach them wrongly, the words stay
    return _strip(inside)


@rule("L3.predicate", kind="sentence", splits=True, levels=("leichte",))
def predicate_list(clause: Tokens) -> list[Tokens] | None:
    """L3: times coordinated before the closing predicate of a long line -> "SUBJECT ist geöffnet:" + list.

    "Das Büro ist montags von 8 bis 12 Uhr und donnerstags von 14 bis 18 Uhr geöffnet."
    -> "Das Büro ist geöffnet:" "- Montags von 8 bis 12 Uhr" "- Donnerstags von 14 bis 18 Uhr"
    Only when the subject stands first and every item holds a time.
    """
    if estimated_words(clause) <= LINE_WORDS:
        return None
    body = _strip(clause)
    if not body or not all(top_level(body)):
        return None
    verb = next((i for i, t in enumerate(body) if t.pos in FINITE), None)
    if (
        verb is None
        or verb == 0
        or body[-1].pos not in {"VVPP", "VAPP", "ADJD"}
        or not nominative(body[:verb])
    ):
        return None
    found = items(body[verb + 1 : -1])
    if found is None or not all(_timed(item) for item in found) or not _timed(found[-1][-1:]):
        return None  # every item holds a time, and the last ends with one (nothing else is left out)
    head = [*body[: verb + 1], body[-1]]
    if not well_formed(head):
        return None
    return [[*head, lead_colon()], *(bullet(item) for item in found)]


def _timed(item: Sequence[Token]) -> bool:
    return any(
        t.text[:1].isdigit() or t.text == "Uhr" or t.text.lower() in mapping("rewrite/weekday_adverbs.tsv")
        for t in item
    )


@rule("L3.objects", kind="sentence", splits=True, levels=("leichte",))
def object_list(clause: Tokens) -> list[Tokens] | None:
    """L3: a long sentence that ends in an enumeration of noun phrases after its verb.

    More than 3 items become a list under a lead line; 3 items one sentence each ("A und B" stays), or a
    list too when they are the subject ("Dazu gehören A, B und C.").
    "Das Bürgerbüro bietet 12 moderne Arbeitsplätze, einen barrierefreien Eingang und einen Wartebereich."
    -> "Das Bürgerbüro bietet 12 moderne Arbeitsplätze." + "Das Bürgerbüro bietet einen barrierefreien
    Eingang." + "Das Bürgerbüro bietet einen Wartebereich."
    A preposition before the first item goes with every item ("ein Kinderland mit Kletterwand, ...").
    """
    if estimated_words(clause) <= LINE_WORDS:
        return None
    body = _strip(clause)
    if (
        not body
        or not all(top_level(body))
        or any(t.pos in {"PRELS", "KOUS", "PTKZU", "VVIZU"} for t in body)
    ):
        return None
    verb = next((i for i, t in enumerate(body) if t.pos in FINITE), None)
    if verb is None:
        return None
    for start in range(verb + 1, len(body) - 2):
        found = _phrases(body, start)
        if found is None:
            continue
        lead = list(body[:start])
        preposition: Tokens = []
        if any(t.text in {",", ":", ";"} for t in lead):
            return None  # an enumeration in the lead too: the structure is not clear enough
        if lead and lead[-1].pos in {"APPR", "APPRART"}:
            if lead[-1].pos == "APPRART" or lead[-1].text.lower() in GENITIVE_PREPOSITIONS:
                return None  # "im" holds the article of the first item only
            preposition = [lead.pop()]
        if lead and (lead[-1].pos in {"APPR", "APPRART"} or lead[-1].text.lower() == "bis"):
            return None  # a list never starts inside a phrase: "Säuglinge bis zu einem Alter von ..."
        if not preposition and lead and lead[-1].pos in NOUNS and _genitive_only(found[0]):
            return None  # "für Menschen unterschiedlicher Nationen, Kulturen, ...": attributes of the noun
        if words(lead) < 2 or not well_formed(lead):
            return None
        entries = [[*preposition, *item] for item in found]
        if len(entries) >= LIST_ITEMS or not (preposition or _has_subject(lead)):
            return [[*lead, lead_colon()], *(bullet(e) for e in entries)]
        sentences = [[*spaced(lead), *entry] for entry in entries]
        return sentences if all(well_formed(s) for s in sentences) else None
    return None


def _genitive_only(item: Sequence[Token]) -> bool:
    """The item's noun phrase can only be a genitive ("unterschiedlicher Nationen")."""
    found = agreement.readings(item[: chunk(item, 0)])
    return bool(found) and all(r.case == "gen" for r in found)


def _has_subject(lead: Sequence[Token]) -> bool:
    """The lead holds a subject; else the items are the subject and one sentence each would break the
    agreement ("Dazu gehören der Austausch ..."), so they become a list."""
    index = 0
    while index < len(lead):
        end = chunk(lead, index)
        if end > index and nominative(lead[index:end]):
            return True
        index = max(end, index + 1)
    return False


def _phrases(body: Sequence[Token], start: int) -> list[Tokens] | None:
    """Noun phrases from ``start`` to the end, separated by commas and one final und/oder/sowie.

    Items may carry prepositional phrases ("der Austausch von Schülern, Studierenden und Fachkräften"); the
    first and the last item only those of ATTRIBUTE_PREPOSITIONS, since a place or time after the last may
    describe all items.
    """
    found: list[Tokens] = []
    index = start
    joined = False
    while index < len(body):
        if body[index].pos in {"APPR", "APPRART"}:
            return None
        # the first item takes only the phrases that describe a noun: later items might continue the
        # object of another ("mit acht Städten innerhalb der Union, der Türkei und Israel")
        end = _item_end(body, index, ATTRIBUTE_PREPOSITIONS if not found else None)
        if end <= index or not any(t.pos in NOUNS for t in body[index:end]):
            return None
        found.append(list(body[index:end]))
        if end == len(body):
            if joined and _phrase_end(body, index) != end:
                return None  # the last item with a phrase that may belong to the whole sentence
            break
        if body[end].text == ",":
            index = end + 1
        elif body[end].text in ITEM_CONJUNCTIONS and not joined:
            joined = True
            index = end + 1
        else:
            return None
    if not joined and found:
        last = _split_coordinated(found[-1])
        if last is None:
            return None
        found[-1:] = last
    if len(found) < 3 or any(not f for f in found):
        return None  # "A und B" alone reads well enough
    return [_unspaced_end(f) for f in found]


def _item_end(body: Sequence[Token], index: int, prepositions: set[str] | None = None) -> int:
    """End of an item: a noun phrase and the prepositional phrases after it (all, or only ``prepositions``).

    A phrase whose noun has no article takes the enumeration that closes it: "von Schülern, Studierenden
    und Fachkräften", "für gemeinsame Projekte, wirtschaftlichen Austausch und kulturelle Zusammenarbeit".
    """
    end = chunk(body, index)
    while index < end < len(body) and (following := chunk(body, end)) > end:
        preposition = body[end]
        if preposition.pos not in {"APPR", "APPRART"} or (
            prepositions is not None
            and (preposition.text.lower() not in prepositions or body[end + 1].text[:1].isdigit())
        ):
            break
        bare = preposition.pos == "APPR" and _bare(body, end + 1) == following
        end = _bare_enumeration(body, following) if bare else following
    return end


def _bare(body: Sequence[Token], index: int) -> int:
    """End of a noun phrase without an article at ``index`` (adjectives and one noun), else ``index``."""
    end = index
    while end < len(body) and body[end].pos == "ADJA":
        end += 1
    return end + 1 if end < len(body) and body[end].pos in NOUNS else index


def _bare_enumeration(body: Sequence[Token], end: int) -> int:
    """End of ", Studierenden und Fachkräften" after a phrase without an article; else ``end``."""
    index = end
    while index < len(body) and body[index].text == "," and (following := _bare(body, index + 1)) > index + 1:
        index = following
        if index < len(body) and body[index].text in {"und", "oder"} and _bare(body, index + 1) > index + 1:
            return _bare(body, index + 1)
    return end


def _phrase_end(body: Sequence[Token], index: int) -> int:
    """End of a noun phrase with the phrases that describe it ("ein Wartebereich mit Spielecke")."""
    if body[index].pos in {"APPR", "APPRART"}:
        return index
    return _item_end(body, index, ATTRIBUTE_PREPOSITIONS)


def _split_coordinated(item: Tokens) -> list[Tokens] | None:
    """The last item "A und B" (taken as one phrase) split at its last und/oder/sowie."""
    for cut in range(len(item) - 2, 0, -1):
        if item[cut].text in ITEM_CONJUNCTIONS and _phrase_end(item, cut + 1) == len(item):
            left = item[:cut]
            if _item_end(left, 0) == len(left):
                return [left, item[cut + 1 :]]
    return None


def _unspaced_end(tokens: Tokens) -> Tokens:
    return [*tokens[:-1], replace(tokens[-1], space_after=False)]


EXAMPLE_MARKERS = (("zum", "beispiel"), ("z.", "b."), ("etwa",), ("beispielsweise",))


@rule("L3.examples", kind="sentence", splits=True, levels=("leichte",))
def examples_list(clause: Tokens) -> list[Tokens] | None:
    """L3: examples after ", wie zum Beispiel" at the end -> the sentence, "Das sind zum Beispiel:", a list.

    "Ohne Termin gibt es nur kurze Anliegen, wie zum Beispiel die Abholung eines Ausweises oder die
    Beglaubigung einer Kopie." -> "Ohne Termin gibt es nur kurze Anliegen." + "Das sind zum Beispiel:"
    + "- Die Abholung eines Ausweises" + "- Die Beglaubigung einer Kopie"
    Names need no comma before "wie" (see _named_examples).
    """
    body = _strip(clause)
    for index in range(2, len(body) - 2):
        if body[index].text.lower() != "wie" or not all(top_level(body)):
            continue
        if body[index - 1].text != ",":
            return _named_examples(body, index)
        start = index + 1
        lowered = [t.text.lower() for t in body[start : start + 2]]
        for marker in EXAMPLE_MARKERS:
            if tuple(lowered[: len(marker)]) == marker:
                start += len(marker)
                break
        main = list(body[: index - 1])
        found = items(body[start:])
        if found is None or not well_formed(main) or any(_phrase_end(item, 0) != len(item) for item in found):
            return None
        lead = [
            word("Das", "PDS", "das"),
            word("sind", "VAFIN", "sein"),
            *fixed_words("zum Beispiel"),
            lead_colon(),
        ]
        return [main, lead, *(bullet(item) for item in found)]
    return None


def _named_examples(body: Tokens, index: int) -> list[Tokens] | None:
    """ "NOUN wie NAME in X und NAME in Y" at the end of a long line: names as examples, no comma needed.

    "In der Region gibt es viele bekannte alte Städte wie Lüneburg in Niedersachsen und Lund in Schweden."
    -> "In der Region gibt es viele bekannte alte Städte." + "Das sind zum Beispiel:" + "- Lüneburg in
    Niedersachsen" + "- Lund in Schweden"
    """
    if estimated_words(body) <= LINE_WORDS or body[index - 1].pos != "NN" or body[index + 1].pos != "NE":
        return None
    main = list(body[:index])
    found = items(body[index + 1 :])
    if found is None or not well_formed(main):
        return None
    if any(item[0].pos != "NE" or _item_end(item, 0) != len(item) for item in found):
        return None
    lead = [word("Das", "PDS", "das"), word("sind", "VAFIN", "sein"), *fixed_words("zum Beispiel")]
    return [_unspaced_end(main), [*lead, lead_colon()], *(bullet(item) for item in found)]


def fixed_words(text: str) -> Tokens:
    """Tokens for a few fixed words the rules add ("zum Beispiel")."""
    tags = {"zum": "APPRART", "Beispiel": "NN"}
    parts = text.split()
    return [word(part, tags.get(part, "ADV"), part.lower()) for part in parts[:-1]] + [
        replace(word(parts[-1], tags.get(parts[-1], "ADV"), parts[-1].lower()), space_after=False)
    ]


@rule("L3.fronted_places", kind="sentence", splits=True, levels=("leichte",))
def fronted_places(clause: Tokens) -> list[Tokens] | None:
    """L3: places listed after a fronted noun -> "Es gibt NOUN:", a list of places, then the sentence.

    "Auf den 3 Bühnen am Markt, am Teich und vor der Kirche treten Bands auf."
    -> "Es gibt 3 Bühnen:" "- Am Markt" "- Am Teich" "- Vor der Kirche" "Auf den 3 Bühnen treten Bands auf."
    """
    if estimated_words(clause) <= LINE_WORDS or len(clause) < 8 or clause[0].pos not in {"APPR", "APPRART"}:
        return None
    verb = next((i for i, t in enumerate(clause) if t.pos in FINITE), None)
    head = chunk(clause, 1) if clause[0].pos == "APPR" else 1
    if verb is None or head <= 1 or head >= verb or clause[head - 1].pos != "NN":
        return None
    places = items(clause[head:verb])
    if places is None or any(p[0].pos not in {"APPR", "APPRART"} or chunk(p, 0) != len(p) for p in places):
        return None
    noun = clause[head - 1]
    numbers = [t for t in clause[1 : head - 1] if t.pos in {"CARD", "ADJA"}]
    if not numbers or not inflected(noun):
        return None  # a plural with its number: "3 Bühnen"
    named = [
        word("Es", "PPER", "es"),
        word("gibt", "VVFIN", "geben"),
        *spaced(numbers),
        replace(noun, space_after=False),
    ]
    sentence = [*clause[: head - 1], replace(noun, space_after=True), *clause[verb:]]
    if not well_formed(sentence):
        return None
    return [[*named, lead_colon()], *(bullet(p) for p in places), sentence]


@rule("L3.fronted", kind="sentence", splits=True, levels=("leichte",))
def fronted_list(clause: Tokens) -> list[Tokens] | None:
    """L3: an enumeration in a fronted phrase -> the sentence with its subject first, "Das gilt für:", a list.

    "Für Ausweise, Pässe, Führerscheine und die Anmeldung ist ab sofort ein Termin nötig."
    -> "Ein Termin ist ab sofort nötig." "Das gilt für:" "- Ausweise" "- Pässe" "- Führerscheine" "...
    """
    if estimated_words(clause) <= LINE_WORDS or clause[0].text != "Für":
        return None
    verb = next((i for i, t in enumerate(clause) if t.pos in FINITE), None)
    if verb is None or verb < 4:
        return None
    found = items(clause[1:verb])
    if found is None or len(found) < 3 or any(chunk(item, 0) != len(item) for item in found):
        return None
    rest = list(clause[verb + 1 :])
    found_subject = next(
        (
            (i, chunk(rest, i))
            for i in range(len(rest))
            if rest[i].pos != "ADV" and chunk(rest, i) > i and nominative(rest[i : chunk(rest, i)])
        ),
        None,
    )
    if found_subject is None:
        return None
    start, end = found_subject
    subject = rest[start:end]
    sentence = [
        *initial(spaced(subject)),
        replace(clause[verb], space_after=True),
        *rest[:start],
        *rest[end:],
    ]
    if not well_formed(sentence):
        return None
    lead = [
        word("Das", "PDS", "das"),
        word("gilt", "VVFIN", "gelten"),
        replace(word("für", "APPR"), space_after=False),
    ]
    return [sentence, [*lead, lead_colon()], *(bullet(item) for item in found)]


@rule("L3.within", kind="sentence", splits=True, levels=("leichte",))
def within_list(clause: Tokens) -> list[Tokens] | None:
    """L3, S7: a long line that ends in "innerhalb A, B und C" -> the lead line and "- in A" per item.

    "Die Stadt pflegt seit vielen Jahren Kontakte zu Städten innerhalb der Europäischen Union, der Schweiz
    und Israel." -> "Die Stadt pflegt seit vielen Jahren Kontakte zu Städten:" "- In der Europäischen Union"
    "- In der Schweiz" "- In Israel"
    Only items whose genitive is also their dative after "in": "der" with a feminine singular or a name.
    """
    if estimated_words(clause) <= LINE_WORDS:
        return None
    body = _strip(clause)
    at = next((i for i, t in enumerate(body) if t.text == "innerhalb" and t.pos == "APPR"), None)
    if at is None or at < 3 or not all(top_level(body)):
        return None
    found = items(body[at + 1 :])
    lead = list(body[:at])
    if found is None or not all(_dative_like(item) for item in found) or not well_formed(lead):
        return None
    return [[*_unspaced_end(lead), lead_colon()], *(bullet([word("in", "APPR"), *item]) for item in found)]


def _dative_like(item: Sequence[Token]) -> bool:
    """A genitive that reads the same in the dative: "der Türkei", "der Europäischen Union", "Israel"."""
    if all(t.pos == "NE" for t in item):
        return True
    noun = item[-1]
    return (
        item[0].text == "der"
        and all(t.pos == "ADJA" for t in item[1:-1])
        and (noun.pos == "NE" or (noun.pos == "NN" and not inflected(noun) and feminine(noun)))
    )
