"""Who issued a release: the town, district or administration that speaks in it, for rule S5.

A passive without an agent ("Die Straße wird gesperrt.") becomes active with the issuer as the one who acts
("Die Stadt Essen sperrt die Straße.", :func:`simplify.rewrite.voice.with_issuer`) only where the release
names its issuer without doubt. :func:`find` reads every unit of a document (headings, paragraphs, the
contact block): each noun of ``rewrite/issuers.tsv`` with the names after it ("Stadt Essen", "der Stadt
Essen", "Landeshauptstadt Dresden", "Stadt Lindenau informiert") is a mention, and so is the noun alone after
an article ("die Stadt", "der Stadtverwaltung"); a noun counts as the body it names ("Stadtverwaltung",
"Landeshauptstadt" -> "Stadt"). The issuer is the one body all mentions name ("die Stadt
Essen"; "die Stadt" when no mention has a name). It is None when the release names two ("die Stadt Dresden"
and "die Stadt Coventry") or two kinds ("die Stadt" and "der Landkreis"), names none, or mentions it only once
in running text (once in a heading or a contact line is enough), and when the release names another body that
may do the work (a company, the utility, the police, the district: ``rewrite/issuer_others.tsv``): then
"man" stays.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from simplify.document import Sentence, Token
from simplify.lexicon import mapping, words
from simplify.nlp import nouns

ARTICLES = {"m": "der", "f": "die", "n": "das"}
STRONG_BLOCKS = {"heading", "contact"}


def find(sentences: Sequence[Sentence]) -> str | None:
    """The issuer of the release in the nominative with its article ("die Stadt Essen"), or None."""
    mentions: Counter[tuple[str, str]] = Counter()
    strong = False
    for sentence in sentences:
        found = mentioned(sentence.tokens, bare=sentence.block in STRONG_BLOCKS)
        mentions.update(found)
        strong = strong or (bool(found) and sentence.block in STRONG_BLOCKS)
    if any(_other_body(token) for sentence in sentences for token in sentence.tokens):
        return None
    names = {name for _head, name in mentions if name}
    heads = {head for head, name in mentions if name or not names}
    if len(names) > 1 or len(heads) != 1 or not (strong or mentions.total() > 1):
        return None
    head = heads.pop()
    gender = nouns.gender(head)
    if gender not in ARTICLES:
        return None
    return " ".join([ARTICLES[gender], head, *names])


def mentioned(tokens: Sequence[Token], *, bare: bool = False) -> list[tuple[str, str]]:
    """(body, name) of every mention in one unit; the name is "" for the noun alone after an article (or
    anywhere with ``bare``: a heading or a contact line)."""
    heads = mapping("rewrite/issuers.tsv")
    found = []
    for index, token in enumerate(tokens):
        if token.text not in heads or token.pos != "NN":
            continue
        end = index + 1
        while end < len(tokens) and _name(tokens[end]):
            end += 1
        name = " ".join(t.text for t in tokens[index + 1 : end])
        if name or bare or (index and tokens[index - 1].pos == "ART"):
            found.append((heads[token.text], name))
    return found


def _name(token: Token) -> bool:
    """A name after the noun: tagged as one, or a capitalised word the noun list lacks ("Lindenau")."""
    if token.pos == "NE":
        return True
    return token.pos == "NN" and token.text[:1].isupper() and not nouns.readings(token.text)


def _other_body(token: Token) -> bool:
    """A noun for a body other than the issuer that may do the work ("Baufirma", "Stadtwerke", "Polizei")."""
    if token.pos != "NN" or token.text in mapping("rewrite/issuers.tsv"):
        return False  # a body that issues releases counts as a mention ("Landkreis")
    others = words("rewrite/issuer_others.tsv")
    last = token.compound_parts[-1] if token.compound_parts else token.lemma.lower()
    return token.lemma.lower() in others or last in others
