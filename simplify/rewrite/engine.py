"""The rule engine: applies the sentence rules until none fires, then the clause rules, then renders.

Sentence rules (S1, S2, S3, S11, S13) split a clause into several; clause rules (S5, S6, S7) change one.
Both come from the registry of :mod:`simplify.rewrite.rules`, in the order of ``data/rewrite/order.tsv``;
the output records the name of every rule that fired ("S3.relative").
At the Leichte Sprache level the layout rules L1 and L3 also break long lines after a colon and turn
enumerations into lists (lead line ending in ":", then one "- item" line per item).
Rules work on HanTa's tokens and build the tokens they add themselves, so nothing is tagged twice;
results are cached per token tuple and level.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from simplify.document import Token
from simplify.profile import Level, profile
from simplify.rewrite import lists, rules
from simplify.rewrite.rules import Rule
from simplify.rewrite.sanity import sane
from simplify.rewrite.syntax import FINITE, LEAD_COLON, Tokens, chunk, render, words

# Verbs of position that form one adjective with "geblieben"/"gelassen" ("liegen gebliebene Anträge").
POSITION_VERBS = {"liegen", "stehen", "sitzen", "hängen", "stecken"}
# Upper bound on rule applications per sentence (each application shortens or simplifies a clause).
MAX_STEPS = 40


def repair(tokens: Sequence[Token]) -> Tokens:
    """Fix tags HanTa gets wrong.

    A capitalised "verb" after a name is a name (Simone Zapf); plural verbs; a capitalised adjective
    after a quantifier ("viele Berufstätige"); an article taken for a relative pronoun; "während des" as a
    preposition; "liegen gebliebene" as one adjective; a participle that ends a relative clause as its verb.
    """
    out = list(tokens)
    for index in range(1, len(out)):
        token = out[index]
        if token.pos.startswith("V") and token.text[:1].isupper() and out[index - 1].pos == "NE":
            out[index] = replace(token, pos="NE", lemma=token.text)
    # "Ansprechpartner in den Städten wechseln und ...": a plural verb HanTa took for an infinitive
    for index in range(1, len(out) - 1):
        token = out[index]
        if (
            token.pos == "VVINF"
            and out[index - 1].pos in {"NN", "NE"}
            and out[index + 1].text in {"und", "oder", ",", "."}
            and not any(t.pos in FINITE or t.pos in {"KOUS", "PRELS", "PTKZU"} for t in out[:index])
        ):
            out[index] = replace(token, pos="VVFIN")
    # "viele Berufstätige Termine": a capitalised adjective after a quantifier is a noun of its own
    for index in range(1, len(out) - 1):
        token = out[index]
        if (
            token.pos == "ADJA"
            and token.text[:1].isupper()
            and out[index - 1].pos in {"PIAT", "PIDAT", "CARD"}
            and out[index + 1].pos == "NN"
        ):
            out[index] = replace(token, pos="NNA")
    # ", ohne die vielen Helfer wäre ...": an article HanTa took for a relative pronoun (the verb is not last)
    for index in range(1, len(out) - 2):
        if out[index].pos != "PRELS" or out[index + 1].pos not in {"PIAT", "ADJA", "NN", "NNA"}:
            continue
        end = next((i for i in range(index + 1, len(out)) if out[i].text in {",", ".", ":"}), len(out))
        verb = next((i for i in range(index + 1, end) if out[i].pos in FINITE), None)
        if verb is not None and verb < end - 1 and out[verb - 1].pos in {"NN", "NNA", "NE"}:
            out[index] = replace(out[index], pos="ART")
    _relative_participles(out)
    _fronted_past_verb(out)
    for index in range(len(out) - 1):
        token, following = out[index], out[index + 1]
        # "Während des Festes": a conjunction never takes a genitive article; it is the preposition
        if token.pos == "KOUS" and token.text.lower() == "während" and following.text in {"des", "eines"}:
            out[index] = replace(token, pos="APPR")
        # "liegen gebliebene Anträge": a verb of position before "geblieben"/"gelassen" belongs to it
        if token.text in POSITION_VERBS and following.text.startswith(("geblieben", "gelassen")):
            out[index] = replace(token, pos="ADV")
    comma = next((i for i, t in enumerate(out) if t.text == ","), len(out))
    if not any(t.pos in FINITE for t in out[:comma]):
        for index, token in enumerate(out[:comma]):
            if token.pos in {"VVINF", "VAINF", "VMINF"} and index and out[index - 1].text != "zu":
                out[index] = replace(token, pos=token.pos[:2] + "FIN")
                break
    return out


def _fronted_past_verb(out: Tokens) -> None:
    """ "Im Frühjahr gastierten Schülerinnen": a past plural tagged as an adjective after the first phrase.

    Only in a sentence without a finite verb, for a form in "-ten" that is no participle ("ge...").
    """
    if any(t.pos in FINITE for t in out):
        return
    at = chunk(out, 0)
    if 0 < at < len(out) - 1 and out[0].pos in {"APPR", "APPRART", "ADV"}:
        token = out[at]
        if token.pos == "ADJA" and token.text.endswith("ten") and not token.text.startswith("ge"):
            out[at] = replace(token, pos="VVFIN", lemma=token.text[:-3] + "en")


def _relative_participles(out: Tokens) -> None:
    """ ", die ein Geld erhalten.": a relative clause ends in its finite verb, never in a participle alone."""
    for index in range(1, len(out) - 1):
        if out[index].pos != "PRELS" or out[index - 1].text != ",":
            continue
        end = next((i for i in range(index + 1, len(out)) if out[i].text in {",", ".", ":", ";"}), len(out))
        verbs = [i for i in range(index + 1, end) if out[i].pos.startswith("V")]
        if verbs == [end - 1] and out[end - 1].pos == "VVPP":
            out[end - 1] = replace(out[end - 1], pos="VVFIN")


def _applies(rule: Rule, clause: Tokens, level: Level) -> bool:
    """Whether ``rule`` may rewrite ``clause`` at ``level`` (short Einfache Sprache sentences stay whole)."""
    if level not in rule.levels:
        return False
    return not (rule.splits and words(clause) <= profile(level).clause_words)


def simplify_clauses(tokens: Sequence[Token], level: Level = "leichte") -> tuple[list[Tokens], list[str]]:
    """The clauses a sentence becomes and the ids of the rules that fired, in order."""
    queue: list[Tokens] = [repair(tokens)]
    done: list[Tokens] = []
    fired: list[str] = []
    steps = 0
    while queue:
        clause = queue.pop(0)
        result = None
        if steps < MAX_STEPS and not lists.is_bullet(clause):
            # a lead line ("..., so dass X unterhält:") is simplified without its colon, which then
            # closes the last sentence it becomes
            lead = clause[-1:] if clause and clause[-1].lemma == LEAD_COLON else []
            body = clause[:-1] if lead else clause
            for rule in rules.ordered("sentence"):
                if _applies(rule, body, level) and (result := rule.apply(body)) and sane(body, result):
                    if lead:
                        # the colon stays with the words before it: only when they end up in the last sentence
                        end = (body[-1].text, body[-1].lemma)
                        if not any((t.text, t.lemma) == end for t in result[-1]):
                            continue
                        result = [*result[:-1], [*result[-1], *lead]]
                    fired.append(rule.name)
                    steps += 1
                    break
        if result:
            queue[0:0] = [c for c in result if c]
        else:
            done.append(clause)
    out = []
    for clause in done:
        for rule in rules.ordered("clause"):
            if _applies(rule, clause, level) and (result := rule.apply(clause)) and sane(clause, result[:1]):
                clause = result[0]
                fired.append(rule.name)
        out.append(clause)
    return out, list(dict.fromkeys(fired))


@lru_cache(maxsize=20_000)
def simplify_sentence(
    tokens: tuple[Token, ...], level: Level = "leichte"
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Rewrite one analysed sentence: the output sentences and the names of the rules that fired (both empty
    when nothing fired)."""
    body = list(tokens)
    end = ""
    if body and body[-1].text in {".", "!", "?"}:
        end = body.pop().text
    elif body and body[-1].text.endswith(".") and len(body[-1].text) > 1:
        end = "."  # the sentence ends with an abbreviation ("e.V.")
    if not body:
        return (), ()
    clauses_out, fired = simplify_clauses(body, level)
    if not fired:
        return (), ()
    sentences = []
    for index, clause in enumerate(clauses_out):
        last = index == len(clauses_out) - 1
        # a unit without closing punctuation (a list item) keeps it so, unless it became several sentences
        text = render(clause, (end or ("." if len(clauses_out) > 1 else "")) if last else ".")
        if lists.is_bullet(clause):
            text = render(clause, "")
        if text:
            sentences.append(text)
    if len(sentences) == 1 and tokens[-1].text == ":" and sentences[0][-1:] not in {":", "!", "?"}:
        sentences[0] = sentences[0].removesuffix(".") + ":"  # a lead line keeps its colon
    return tuple(sentences), tuple(fired)
