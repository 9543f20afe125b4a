"""Post-processing shared by all backends: abbreviations, numbers, signs, glossary, compounds, layout.

Every output line goes through the text rules in the order of ``data/rewrite/order.tsv`` (W8 words in
capitals, Z1 number words, W7 abbreviations, Z2-Z6 numbers and dates, W9 gender forms, C1 signs, W2
glossary replacements, W6 compound splitting).
E-mail addresses, URLs and phone numbers are masked first and come back unchanged. Contact lines and date
lines pass through as written, whatever the backend made of them: only compounds are split in a contact
line and the date written out in a date line, never numbers or names.
After a hard word's first use in the document (headings excepted) its glossary explanation follows as a
line "Das bedeutet: ..." after the last line of that sentence's rewrite, so that no line of the rewrite
seems to refer to the explanation. Running it twice changes nothing.

How many explanations, as an editor would place them:
- a feminine and a masculine form of one entry are explained once ("Anwohnerinnen und Anwohner": the
  pair's own entry when the glossary has one, else the form used first); the other form then counts
  as explained too;
- at most ``MAX_EXPLANATIONS`` (3) explanation lines follow one sentence, its own terms in order of use; a
  term that finds no room waits for the next sentence that uses it again (an explanation after a sentence
  that does not use the word reads as if it belonged to that sentence). A term still waiting at the end of
  the text follows the last sentence that is no heading or contact line, like a word list at the end.

Levels: both apply every rule here; "einfache" splits only compounds of 16 letters or more
(see :mod:`simplify.rewrite.compounds`) and, like "leichte", keeps technical terms and explains them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from simplify.document import Rewrite, is_explanation
from simplify.rewrite import compounds, glossary, rules, signs
from simplify.rewrite.rules import TextContext, rule
from simplify.settings import Settings

_MAX_PASSES = 4  # the chain runs until nothing changes; real text settles after one or two passes
MAX_EXPLANATIONS = 3  # "Das bedeutet: ..." lines after one sentence


def _chain(text: str, context: TextContext) -> tuple[str, list[str]]:
    """One pass of the text rules of the level over masked text -> (text, names of the rules that fired)."""
    fired: list[str] = []
    for step in rules.ordered("text"):
        if context.level in step.levels:
            changed = step.apply(text, context) if step.context else step.apply(text)
            if changed != text:
                fired.append(step.name)
                text = changed
    return text, fired


def process_line(
    line: str,
    settings: Settings,
    *,
    keep: frozenset[str] = frozenset(),
    words: glossary.Glossary | None = None,
) -> tuple[list[str], list[str], list[str]]:
    """One output line -> (lines, names of the rules that fired, glossary terms to explain).

    The rules run again while a pass still changes the text ("& II." -> "und II." -> "und 2."),
    so that post-processing its own output changes nothing.
    """
    text, spans = signs.protect(line)
    context = TextContext(settings.level, settings.separator, keep, words)
    fired: list[str] = []
    for _ in range(_MAX_PASSES):
        changed, names = _chain(text, context)
        changed = "\n".join(signs.split_sentences(changed))  # tidying can make new patterns ("12.12.. 1000")
        fired.extend(names)
        if changed == text:
            break
        text = changed
    lines = [signs.restore(part, spans) for part in text.split("\n") if part]
    return lines, list(dict.fromkeys(fired)), list(dict.fromkeys(context.terms))


@lru_cache(maxsize=4096)
def _explanation(term: str, glossary_path: str | None, separator: str, level: str) -> str:
    """The processed explanation line of a term (cached: the same term is explained the same way)."""
    settings = Settings(level=level, separator=separator, glossary=glossary_path)  # type: ignore[arg-type]
    lines, _, _ = process_line(glossary.explanation(term, glossary.load(glossary_path)), settings)
    return " ".join(lines)


def _merge_pairs(terms: list[str], words: glossary.Glossary) -> list[str]:
    """Terms with a feminine/masculine pair replaced by the pair's own entry where the glossary has one."""
    out: list[str] = []
    for term in terms:
        other = words.partner(term)
        if other in out:
            key = glossary.pair_key(term, other)
            if key in words.explain:
                out[out.index(other)] = key
            continue
        out.append(term)
    return out


class _Explainer:
    """Chooses which explanations follow each sentence: first use, pairs once, at most three a sentence."""

    def __init__(self, words: glossary.Glossary) -> None:
        self.words = words
        self.explained: set[str] = set()
        self.waiting: dict[str, None] = {}  # terms that found no room: they wait for their next use
        self.carried: list[str] = []  # terms of a sentence the next one refers back to: they follow that one

    def _mark(self, term: str) -> None:
        """A term, or both forms of a pair entry ("Anwohnerin und Anwohner"), and their partners."""
        for part in term.split(" und ") if " und " in term else [term]:
            self.explained.update({part, self.words.partner(part) or part})

    def choose(
        self, terms: list[str], *, take_waiting: bool = True, room: int = MAX_EXPLANATIONS
    ) -> list[str]:
        """The terms to explain after a sentence that uses ``terms`` (in order); the rest wait.

        ``room`` 0 (the next sentence refers back to this one) carries every term to the next sentence that
        takes them (``take_waiting``: not a contact line); terms beyond the room wait for their next use.
        """
        own = _merge_pairs([t for t in dict.fromkeys(terms) if t not in self.explained], self.words)
        for term in own:
            self.waiting.pop(term, None)
        queue = own
        if take_waiting:
            queue, self.carried = [*self.carried, *own], []
        queue = [t for t in dict.fromkeys(queue) if t not in self.explained]
        if not room:
            self.carried.extend(queue)
            return []
        chosen = queue[:room]
        self.waiting.update(dict.fromkeys(queue[room:]))
        for term in chosen:
            self._mark(term)
        return chosen

    def rest(self) -> list[str]:
        """Terms still waiting at the end of the text."""
        rest = [t for t in dict.fromkeys([*self.carried, *self.waiting]) if t not in self.explained]
        self.waiting, self.carried = {}, []
        return rest


def postprocess(rewrites: Sequence[Rewrite], settings: Settings) -> None:
    """Normalise every output sentence in place, in document order, and add the explanations of hard words;
    record the names of the rules that changed each rewrite."""
    words = glossary.load(settings.glossary)
    existing = {line for rewrite in rewrites for line in rewrite.output}
    used = [_process(rewrite, settings, words) for rewrite in rewrites]
    explain(rewrites, used, settings, existing)


VERBATIM_RULES = {"contact": ("W6.compounds",), "dateline": ("Z4.dates",)}
"""The only text rules for a contact line (compounds split) and a date line (the date written out; its place
is a name)."""


def verbatim_line(line: str, kind: str, settings: Settings, keep: frozenset[str]) -> tuple[str, list[str]]:
    """A contact or date line as written, with only the rules of ``VERBATIM_RULES`` applied to its words
    (never to e-mails, URLs, phone numbers or names) -> (line, names of the rules that fired)."""
    text, spans = signs.protect(line)
    context = TextContext(settings.level, settings.separator, keep, None)
    fired = []
    for step in rules.ordered("text"):
        if step.name in VERBATIM_RULES[kind] and context.level in step.levels:
            changed = step.apply(text, context) if step.context else step.apply(text)
            if changed != text:
                fired.append(step.name)
                text = changed
    return signs.restore(text, spans), fired


def _process(rewrite: Rewrite, settings: Settings, words: glossary.Glossary) -> list[str]:
    """Run the text rules over every line of one rewrite; return the glossary terms it uses."""
    keep = compounds.names(rewrite.source.tokens)
    if rewrite.source.block in VERBATIM_RULES:
        line, fired = verbatim_line(rewrite.source.text, rewrite.source.block, settings, keep)
        rewrite.output = [line]
        _record(rewrite, fired)
        return []
    fired: list[str] = []
    lines: list[str] = []
    used: list[str] = []
    for line in rewrite.output:
        explains = is_explanation(line)
        new, names, terms = process_line(line, settings, keep=keep, words=None if explains else words)
        lines.extend(new)
        fired.extend(names)
        used.extend(terms)
    rewrite.output = lines or [" ".join(rewrite.source.text.split())]
    _record(rewrite, fired)
    return used


def _record(rewrite: Rewrite, names: list[str]) -> None:
    rewrite.rules.extend(name for name in dict.fromkeys(names) if name not in rewrite.rules)


# Pronouns that open a sentence referring to the one before ("Das ist ...", "Dort gibt es ...") when a
# lower-case word follows them, and demonstratives ("Diese Regel ...") always.
_PRONOUNS = frozenset(
    {"das", "dies", "dort", "dabei", "damit", "dafür", "davon", "dazu", "daher", "deshalb", "deswegen"}
    | {"darum", "sie", "er", "es"}
)
_DEMONSTRATIVES = frozenset({"diese", "dieser", "dieses", "diesen", "diesem"})


def _refers_back(rewrites: Sequence[Rewrite], index: int) -> bool:
    """Whether the next rewrite of the same paragraph opens with words that refer to this one."""
    if index + 1 >= len(rewrites):
        return False
    following = rewrites[index + 1]
    if following.source.block_index != rewrites[index].source.block_index or not following.output:
        return False
    words = [w.strip('„"') for w in following.output[0].split()[:2]]
    first = words[0].lower() if words else ""
    pronoun = first in _PRONOUNS and len(words) > 1 and words[1][:1].islower()
    return pronoun or first in _DEMONSTRATIVES


def _words(rewrites: Sequence[Rewrite]) -> frozenset[str]:
    """The lower-case words of the sources, their lemmas and compound parts (for glossary contexts)."""
    found: set[str] = set()
    for rewrite in rewrites:
        for token in rewrite.source.tokens:
            found.update({token.text.lower(), token.lemma.lower(), *token.compound_parts})
    return frozenset(found)


@rule("W2.explain", kind="paragraph")
def explain(
    rewrites: Sequence[Rewrite], used: Sequence[list[str]], settings: Settings, existing: set[str]
) -> None:
    """W2: after a hard word's first use its explanation follows the sentence ("Das bedeutet: ...")."""
    words = glossary.load(settings.glossary)
    explainer = _Explainer(words)
    text_words = _words(rewrites)
    last_body: Rewrite | None = None

    def explanations(terms: list[str]) -> list[str]:
        texts = [_explanation(t, settings.glossary, settings.separator, settings.level) for t in terms]
        return [text for text in dict.fromkeys(texts) if text not in existing]

    for index, (rewrite, terms) in enumerate(zip(rewrites, used, strict=True)):
        if rewrite.source.block == "heading":
            continue
        # explanations follow the rewrite's last line, not a line in the middle, and never come between a
        # sentence and the next one's "Das ..." that refers back to it
        body = rewrite.source.block not in VERBATIM_RULES
        fitting = [t for t in terms if words.fits(t, text_words)]
        room = 0 if _refers_back(rewrites, index) else MAX_EXPLANATIONS
        chosen = explainer.choose(fitting, take_waiting=body, room=room)
        added = [text for text in explanations(chosen) if text not in rewrite.output]
        rewrite.output.extend(added)
        _record(rewrite, ["W2.explain"] if added else [])
        last_body = rewrite if body else last_body
    if last_body is not None and (late := explanations(explainer.rest())):
        last_body.output.extend(text for text in late if text not in last_body.output)
        _record(last_body, ["W2.explain"])
