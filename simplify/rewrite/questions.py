"""Rule S3 for an indirect "wie" question after a verb of showing: the question becomes a statement.

"Diese zeigt, wie nach 1990 neue Verbindungen entstanden sind."
-> "Diese zeigt: Nach 1990 sind neue Verbindungen entstanden." (the layout rule L1 may break the line)
A question of degree ("wie viele", "wie gut") is never touched: its answer is not in the sentence;
nor is a "wie" clause whose verb says how something is done (see EVENTS).
"""

from __future__ import annotations

from dataclasses import replace

from simplify.rewrite.clauses import GENERATED_COLON, well_formed
from simplify.rewrite.rules import rule
from simplify.rewrite.syntax import Tokens, initial, is_finite, separable, verb_second, word

# Lemmas of verbs after which "wie ..." reports a fact ("zeigt, wie ...").
SHOWING = {"zeigen", "verdeutlichen", "beweisen", "belegen"}
# Verbs of coming about: "zeigt, wie X entstanden ist" says little more than "X ist entstanden".
# With other verbs ("wie die Stadt spart") the statement would lose the "how", so the rule does not fire.
EVENTS = {"entstehen", "wachsen", "steigen"}


@rule("S3.indirect_question", kind="sentence", splits=True)
def shows_how(clause: Tokens) -> list[Tokens] | None:
    """S3: "X zeigt, wie ... VERB." -> "X zeigt:" + the clause in verb-second order."""
    for comma in range(2, len(clause) - 3):
        if clause[comma].text != "," or clause[comma + 1].text.lower() != "wie":
            continue
        verb = clause[comma - 1]
        if verb.lemma not in SHOWING or not is_finite(verb):
            continue
        body = clause[comma + 2 :]
        also = body[0] if body[0].text.lower() in {"auch", "ebenfalls"} else None
        if also:
            body = body[1:]
        if body[0].pos in {"ADJD", "PIAT", "PIS", "ADV"}:
            continue  # "wie viele", "wie gut", "wie oft": a question of degree
        if any(t.text in {",", ":", ";"} or is_finite(t) for t in body[:-1]) or separable(body[-1]):
            continue
        statement = verb_second(body)
        if statement is None or not any(t.lemma in EVENTS for t in body if t.pos.startswith("VV")):
            continue
        if also:  # "auch" goes right behind the verb
            at = next(i for i, t in enumerate(statement) if is_finite(t))
            statement = [*statement[: at + 1], replace(also, space_after=True), *statement[at + 1 :]]
        statement = initial(statement)
        main = [*clause[: comma - 1], replace(verb, space_after=False), word(":", "$.", GENERATED_COLON)]
        if well_formed(main[:-1]) and well_formed(statement):
            return [[*main, *statement]]
    return None
