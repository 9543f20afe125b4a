"""Post-processing shared by all backends: abbreviations, numbers, signs, glossary, compounds, layout.

Every output line goes through the rules in this order: W8 words in capitals, Z1 number words,
W7 abbreviations, Z2-Z6 numbers and dates, W9 gender forms, C1 signs (";" ends a sentence),
W2 glossary replacements, W6 compound splitting.
E-mail addresses, URLs and phone numbers are masked first and come back unchanged (phone numbers
lose only brackets and slashes). After a hard word's first use in the document (headings excepted)
its glossary explanation follows as a line "Das bedeutet: ..." after the last line of that sentence's
rewrite, so that no line of the rewrite seems to refer to the explanation. Running it twice changes nothing.

Levels: both apply every rule here; "einfache" splits only compounds of 16 letters or more
(see :mod:`simplify.rewrite.compounds`) and, like "leichte", keeps technical terms and explains them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from simplify.document import Rewrite
from simplify.rewrite import abbreviations, compounds, glossary, numbers, signs
from simplify.settings import Settings

_MAX_PASSES = 4  # the chain runs until nothing changes; real text settles after one or two passes


def _chain(text: str, settings: Settings, keep: frozenset[str], words: glossary.Glossary | None):
    """One pass of all rules over masked text -> (text, rule ids that fired, glossary terms)."""
    fired: list[str] = []
    terms: list[str] = []

    def step(rule: str, function: Callable[[str], str]) -> None:
        nonlocal text
        changed = function(text)
        if changed != text:
            fired.append(rule)
            text = changed

    step("W8", abbreviations.capitals)
    step("Z1", numbers.number_words)  # before W7, so that "vier km" becomes "4 Kilometer"
    step("W7", abbreviations.expand)
    text, number_rules = numbers.rewrite(text)
    fired.extend(number_rules)
    step("W9", signs.gender)
    step("C1", signs.signs)
    if words is not None:
        replaced, terms = glossary.rewrite(text, words)
        if replaced != text:
            fired.append("W2")
            text = replaced
    step("W6", lambda t: compounds.split(t, separator=settings.separator, level=settings.level, keep=keep))
    return text, fired, terms


def process_line(
    line: str,
    settings: Settings,
    *,
    keep: frozenset[str] = frozenset(),
    words: glossary.Glossary | None = None,
) -> tuple[list[str], list[str], list[str]]:
    """One output line -> (lines, rule ids that fired, glossary terms to explain).

    The rules run again while a pass still changes the text ("& II." -> "und II." -> "und 2."),
    so that post-processing its own output changes nothing.
    """
    text, spans = signs.protect(line)
    fired: list[str] = []
    terms: list[str] = []
    for _ in range(_MAX_PASSES):
        changed, rules, found = _chain(text, settings, keep, words)
        changed = "\n".join(signs.split_sentences(changed))  # tidying can make new patterns ("12.12.. 1000")
        fired.extend(rules)
        terms.extend(found)
        if changed == text:
            break
        text = changed
    lines = [signs.restore(part, spans) for part in text.split("\n") if part]
    return lines, list(dict.fromkeys(fired)), list(dict.fromkeys(terms))


@lru_cache(maxsize=4096)
def _explanation(term: str, glossary_path: str | None, separator: str, level: str) -> str:
    """The processed explanation line of a term (cached: the same term is explained the same way)."""
    settings = Settings(level=level, separator=separator, glossary=glossary_path)  # type: ignore[arg-type]
    lines, _, _ = process_line(glossary.explanation(term, glossary.load(glossary_path)), settings)
    return " ".join(lines)


def postprocess(rewrites: Sequence[Rewrite], settings: Settings) -> None:
    """Normalise every output sentence in place, in document order; record the rule ids applied."""
    words = glossary.load(settings.glossary)
    existing = {line for rewrite in rewrites for line in rewrite.output}
    explained: set[str] = set()
    for rewrite in rewrites:
        keep = compounds.names(rewrite.source.tokens)
        fired: list[str] = []
        lines: list[str] = []
        pending: list[str] = []  # explanations follow the rewrite's last line, not the line in the middle
        for line in rewrite.output:
            is_explanation = line.startswith(glossary.EXPLANATION_PREFIX)
            new, rules, terms = process_line(
                line, settings, keep=keep, words=None if is_explanation else words
            )
            lines.extend(new)
            fired.extend(rules)
            if rewrite.source.block == "heading":
                continue
            for term in terms:
                if term in explained:
                    continue
                explained.add(term)
                text = _explanation(term, settings.glossary, settings.separator, settings.level)
                if text not in existing and text not in pending:
                    pending.append(text)
                    fired.append("W2")
        lines.extend(text for text in pending if text not in lines)
        rewrite.output = lines or [" ".join(rewrite.source.text.split())]
        rewrite.rules.extend(rule for rule in dict.fromkeys(fired) if rule not in rewrite.rules)
