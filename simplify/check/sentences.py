"""Sentence rules S1-S15 of RULES.md: length, clauses, voice, mood, case, tense, negation, style, address."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

from simplify import lexicon
from simplify.check.units import FINITE, Hit, Unit
from simplify.nlp import mood
from simplify.nlp.analysis import word_morphemes
from simplify.profile import Profile

STATEMENT_VERBS = {"VVFIN", "VAFIN", "VMFIN"}  # imperatives such as "siehe" make no statement
SUBORDINATORS = {"KOUS", "KOUI", "PRELS", "PRELAT"}
INTERROGATIVES = {"PWAV", "PWS", "PWAT"}
OBJECT_STARTS = {"den", "dem", "einen", "einem", "ihm", "ihn", "ihnen"}
WEAK_PAST = {"te", "ten", "test", "tet", "ete", "eten", "etest", "etet"}
VERB_ZIPF = 2.5  # a verb derived from an -ung noun must be at least this common to be suggested
NOMINAL_SUFFIXES = ("ung", "heit", "keit", "tion", "ität", "nahme")
GENITIVE_DETERMINERS = {
    "eines", "keines", "meines", "deines", "seines", "ihres", "unseres", "eures",
    "dieses", "jenes", "jedes", "welches", "manches",
}  # fmt: skip
FORMAL = {"Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"}
INFORMAL = {
    "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines",
    "euch", "euer", "eure", "euren", "eurem", "eurer",
}  # fmt: skip
THIRD_PERSON = {"er", "ihm", "ihn", "ihnen", "sie"}
SAYING_PREPOSITIONS = {"laut", "zufolge"}


def s1_length(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """S1: sentences longer than the level allows."""
    words = unit.words()
    if unit.block != "heading" and len(words) > limits.sentence_words:
        yield unit.hit(
            "S1",
            words[0],
            words[-1],
            f"Der Satz hat {len(words)} Wörter. Schreiben Sie kürzere Sätze "
            f"(höchstens {limits.sentence_words} Wörter).",
        )


def subordinate(unit: Unit) -> list[tuple[int, int]]:
    """(first, last) token of each subordinate clause: from its conjunction or pronoun to the clause end."""
    found = []
    for clause in unit.clauses():
        end = clause.stop - 1
        while end > clause.start and unit.tokens[end].pos.startswith("$"):
            end -= 1
        for i in clause:
            tag = unit.tokens[i].pos
            at_start = i == clause.start
            after_comma = at_start and i > 0 and unit.tokens[i - 1].text == ","
            before_comma = clause.stop < len(unit.tokens) and unit.tokens[clause.stop].text == ","
            free_relative = at_start and before_comma and not unit.is_question  # "Wer Fragen hat, ruft an."
            if tag in SUBORDINATORS or (tag in INTERROGATIVES and (after_comma or free_relative)):
                found.append((i, end))
                break
            if tag == "APPR" and i + 1 < clause.stop and unit.tokens[i + 1].pos in SUBORDINATORS:
                found.append((i, end))  # "in dem wir wohnen"
                break
    return found


def _infinitive_after_auxiliary(unit: Unit, i: int) -> bool:
    """A full verb in -en that the tagger read as finite but that completes a modal or auxiliary
    earlier in its clause ("Ihr sollt das Fleisch nicht roh essen")."""
    token = unit.tokens[i]
    if token.pos != "VVFIN" or not token.text.endswith("en"):
        return False
    for j in range(i - 1, -1, -1):
        previous = unit.tokens[j]
        if previous.pos == "KON" or previous.text in {",", ";", ":"}:
            return False
        if previous.pos in {"VMFIN", "VAFIN"}:
            return True
    return False


def s2_one_statement(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """S2: more than one finite verb outside subordinate clauses means more than one statement.

    Direct speech with its "sagt X" and indirect speech (S11) are left to S11.
    """
    if unit.has_quotes or any(s11_direct_speech(unit, limits)):
        return
    inside = {i for first, last in subordinate(unit) for i in range(first, last + 1)}
    finite = [
        i
        for i, t in enumerate(unit.tokens)
        if t.pos in STATEMENT_VERBS and i not in inside and not _infinitive_after_auxiliary(unit, i)
    ]
    if len(finite) < 2:
        return
    for first, second in itertools.pairwise(finite):
        between = range(first + 1, second)
        if any(unit.tokens[i].text == ":" for i in between):
            continue  # "Die Stadt sagt: Das Fest beginnt." and "Wichtig ist: ..." are the forms DIN asks for
        separators = [i for i in between if unit.tokens[i].pos == "KON" or unit.tokens[i].text in {",", ";"}]
        joint = separators[-1] if separators else second
        yield unit.hit("S2", joint, second, "Mehr als eine Aussage in einem Satz. Machen Sie daraus 2 Sätze.")
        return


def s3_main_clauses(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """S3: subordinate and relative clauses (Einfache Sprache allows one per sentence)."""
    for first, last in subordinate(unit)[limits.max_subordinate :]:
        word = unit.tokens[first].text
        tag = unit.tokens[first].pos
        if tag == "KOUI":
            advice = f"Satzteil mit „{word} ... zu“: Schreiben Sie 2 Hauptsätze."
        elif tag in {"PRELS", "PRELAT"} or unit.tokens[first].pos == "APPR":
            advice = "Relativsatz: Schreiben Sie einen eigenen Satz über das Nomen."
        else:
            advice = f"Nebensatz mit „{word}“: Machen Sie daraus einen eigenen Hauptsatz."
        yield unit.hit("S3", first, last, advice)


def s4_subject_first(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """S4: a sentence that starts with its object ("Den Preis bekommt die Schule")."""
    tokens = unit.tokens
    if not tokens or unit.lower(0) not in OBJECT_STARTS or unit.is_question:
        return
    verb = next((i for i, t in enumerate(tokens) if t.pos in FINITE), None)
    if verb and verb > 0 and tokens[verb - 1].pos in {"NN", "NE", "PPER"}:
        yield unit.hit(
            "S4",
            0,
            verb,
            "Der Satz beginnt mit dem Objekt. Schreiben Sie: Wer? Was tut er? Was? (Subjekt, Verb, Objekt).",
        )


def s5_active(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """S5: werden-passive; the state passive ("ist geschlossen") is allowed (DIN)."""
    for clause in unit.clauses():
        werden = [
            i for i in clause if unit.tokens[i].lemma == "werden" and unit.tokens[i].pos.startswith("VA")
        ]
        participles = [i for i in clause if unit.tokens[i].pos == "VVPP"]
        if not werden or not participles:
            continue
        agent = any(unit.lower(i) in {"von", "vom", "durch"} for i in clause)
        if limits.passive_with_agent_only and not agent:
            continue
        advice = "Schreiben Sie aktiv: Wer macht etwas?"
        if agent:
            advice += " Steht der Handelnde mit „von“ oder „durch“ im Satz, machen Sie ihn zum Subjekt."
        first, last = min(werden[0], participles[0]), max(werden[-1], participles[-1])
        yield unit.hit("S5", first, last, f"Passiv. {advice}")


def _has_ich(unit: Unit, clause: range) -> bool:
    return any(unit.lower(i) == "ich" for i in clause)


def konjunktiv(unit: Unit) -> list[tuple[int, str]]:
    """(token index, mood "I" or "II") of every Konjunktiv form; "möchte" is a set phrase and passes."""
    forms = mood.forms()
    found = []
    for clause in unit.clauses():
        for i in clause:
            token, word = unit.tokens[i], unit.lower(i)
            form = forms.get(word)
            if form and not form.preterite and token.pos.startswith(("VA", "VM")):
                if not (form.first_person and _has_ich(unit, clause)):
                    found.append((i, form.mood))
            elif word in {"sollte", "sollten"} and i == 0 and not unit.is_question:
                found.append((i, "II"))  # "Sollten Sie Fragen haben, ..."
            elif token.pos == "VVFIN" and word.endswith("e") and not word.endswith("te"):
                morphemes = word_morphemes(token.text)
                first_word = i == 0 or unit.lower(i - 1) == "bitte"  # imperative ("Bitte melde dich")
                ending = bool(morphemes) and morphemes[-1] == ("e", "SUF_FIN")
                if ending and not first_word and not _has_ich(unit, clause):
                    stems = [label for _m, label in morphemes]
                    found.append((i, "II" if any("VAR" in s for s in stems) else "I"))
    return found


def s6_no_konjunktiv(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """S6: Konjunktiv I and II, also "würde"."""
    for i, which in konjunktiv(unit):
        word = unit.tokens[i].text
        if which == "I":
            advice = f"Konjunktiv („{word}“): Schreiben Sie direkt, was jemand sagt: „... sagt: ...“."
        else:
            advice = f"Konjunktiv („{word}“): Schreiben Sie, was wirklich ist, im Präsens oder Perfekt."
        yield unit.hit("S6", i, i, advice)


def _noun_after(unit: Unit, i: int) -> int | None:
    """The noun a determiner at ``i`` belongs to (adjectives, adverbs and numbers may come between)."""
    for j in range(i + 1, min(i + 5, len(unit.tokens))):
        pos = unit.tokens[j].pos
        if pos in {"NN", "NE", "NNA"}:
            return j
        if pos not in {"ADJA", "ADV", "CARD", "ADJD", "PIAT"}:
            return None
    return None


def genitives(unit: Unit) -> list[tuple[int, int, str]]:
    """(first, last, advice) of each genitive phrase or genitive preposition."""
    prepositions = lexicon.mapping("check/genitive_prepositions.tsv")
    found = []
    for i, token in enumerate(unit.tokens):
        word = unit.lower(i)
        if token.pos in {"APPR", "APPO"} and word in prepositions:
            found.append(
                (i, i, f"Präposition mit Genitiv („{token.text}“): Schreiben Sie „{prepositions[word]}“.")
            )
            continue
        noun = _noun_after(unit, i) if token.pos in {"ART", "PPOSAT", "PDAT", "PIAT", "PWAT"} else None
        if noun is None:
            continue
        head = unit.tokens[noun]
        inflected = head.text.lower() in {head.lemma.lower() + "s", head.lemma.lower() + "es"}
        between = " ".join(t.text for t in unit.tokens[i + 1 : noun])
        if word == "des" or (word in GENITIVE_DETERMINERS and inflected):
            dative = "dem" if word == "des" else word[:-2] + "em"
            phrase = " ".join(p for p in (dative, between, head.lemma) if p)
            found.append((i, noun, f"Genitiv: Schreiben Sie „von {phrase}“."))
        elif word == "der" and i > 0 and unit.tokens[i - 1].pos in {"NN", "NE"}:
            found.append((i, noun, "Genitiv: Schreiben Sie „von der ...“ oder „von den ...“."))
    for i, token in enumerate(unit.tokens[:-1]):
        follows = unit.tokens[i + 1].pos in {"NN", "ADJA"}
        if token.pos == "NE" and token.text == token.lemma + "s" and follows:
            found.append((i, i + 1, f"Genitiv („{token.text}“): Schreiben Sie „von {token.lemma}“."))
    return sorted(found)


def s7_no_genitive(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """S7: genitive (Einfache Sprache, like DIN: only chained genitives and no genitive prepositions)."""
    found = genitives(unit)
    if not limits.chained_genitive_only:
        for first, last, advice in found:
            yield unit.hit("S7", first, last, advice)
        return
    phrases = [g for g in found if unit.tokens[g[0]].pos not in {"APPR", "APPO"}]
    for (first, last, _a), (second, end, _b) in itertools.pairwise(phrases):
        if second - last <= 2:
            yield unit.hit("S7", first, end, "Mehrere Genitive hintereinander: Schreiben Sie mit „von“.")


def s8_tense(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """S8: Präteritum of full verbs (sein, haben and modal verbs may use it)."""
    stems = tuple(lexicon.words("check/preterite.tsv"))
    for i, token in enumerate(unit.tokens):
        if token.pos != "VVFIN":
            continue
        word = unit.lower(i)
        morphemes = word_morphemes(token.text)
        weak = bool(morphemes) and morphemes[-1][1] == "SUF_FIN" and morphemes[-1][0] in WEAK_PAST
        variants = {word, word.removesuffix("en"), word.removesuffix("st"), word.removesuffix("t")}
        strong = any("VAR" in label for _m, label in morphemes) and any(v.endswith(stems) for v in variants)
        if weak or strong:
            yield unit.hit(
                "S8",
                i,
                i,
                f"Präteritum („{token.text}“ von „{token.lemma}“): Schreiben Sie im Perfekt "
                "(„hat ... gemacht“, „ist ... gegangen“) oder im Präsens.",
            )


def _negative_words(unit: Unit, clause: range) -> list[int]:
    negations = lexicon.words("check/negation.tsv", "negation")
    return [i for i in clause if unit.lower(i) in negations or _affix(unit, i)]


def _affix(unit: Unit, i: int) -> str | None:
    """ "un" or "los" when the token is an adjective with the prefix un- or the suffix -los."""
    token = unit.tokens[i]
    if not token.pos.startswith(("ADJ", "NNA")) or token.lemma.lower() in lexicon.words(
        "check/negation.tsv", "allow"
    ):
        return None
    if token.morphemes and token.morphemes[0] == ("un", "PREF_NEG"):
        return "un"
    lemma = token.lemma.lower()
    if lemma.endswith("los") and len(lemma) > 5:
        return "los"
    return None


def s9_negation(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """S9: double negation and un-/-los words; a single "nicht"/"kein" is allowed (BM, DIN)."""
    for clause in unit.clauses():
        negative = _negative_words(unit, clause)
        if len(negative) >= 2:
            yield unit.hit(
                "S9", negative[0], negative[-1], "Doppelte Verneinung: Schreiben Sie den Satz positiv."
            )
    for i in range(len(unit.tokens)):
        affix = _affix(unit, i)
        word = unit.tokens[i].text
        if affix == "un":
            yield unit.hit(
                "S9",
                i,
                i,
                f"Verneinung mit „un-“ („{word}“): Schreiben Sie „nicht ...“ und machen Sie „nicht“ fett.",
            )
        elif affix == "los":
            yield unit.hit(
                "S9",
                i,
                i,
                f"Verneinung mit „-los“ („{word}“): Schreiben Sie „ohne ...“ oder „kostet nichts“.",
            )


def _verb_lemmas(unit: Unit) -> dict[str, int]:
    """Lemmas of the verbs, with separable particles joined ("teilt ... mit" -> mitteilen)."""
    lemmas: dict[str, int] = {}
    particles = [unit.lower(i) for i, t in enumerate(unit.tokens) if t.pos == "PTKVZ"]
    for i, token in enumerate(unit.tokens):
        if token.pos.startswith("V"):
            lemmas.setdefault(token.lemma.lower(), i)
            for particle in particles:
                lemmas.setdefault(particle + token.lemma.lower(), i)
    return lemmas


def s10_verbs_not_nouns(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """S10: noun-verb phrases ("zur Verfügung stellen") and rare nouns made from verbs."""
    lemmas = _verb_lemmas(unit)
    in_phrase = set()
    for noun, verb, instead in lexicon.table("check/nominal_phrases.tsv"):
        nouns = [i for i, t in enumerate(unit.tokens) if t.text == noun or t.lemma == noun]
        if nouns and verb in lemmas:
            in_phrase.update(nouns)
            yield unit.hit(
                "S10", nouns[0], nouns[0], f"„{noun} ... {verb}“: Schreiben Sie mit dem Verb: „{instead}“."
            )
    for i, token in enumerate(unit.tokens):
        lemma = token.lemma.lower()
        if token.pos != "NN" or i in in_phrase or not lemma.endswith(NOMINAL_SUFFIXES):
            continue
        head = token.compound_parts[-1] if token.compound_parts else lemma
        if lexicon.zipf(head) >= limits.nominal_zipf:
            continue
        advice = f"Nomen im Nominal·stil („{token.text}“): Schreiben Sie lieber mit einem Verb."
        if head.endswith("ung"):
            base = head.removesuffix("ung")
            verb = base + ("n" if base.endswith(("er", "el")) else "en")
            if lexicon.zipf(verb) < VERB_ZIPF:
                continue  # "Satzung", "Zeitung": no verb a reader would use instead
            advice = f"Nomen aus einem Verb („{token.text}“): Schreiben Sie mit dem Verb „{verb}“."
        yield unit.hit("S10", i, i, advice)


def s11_direct_speech(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """S11: indirect speech (verb of saying with "dass", a Konjunktiv or "wie X mitteilt")."""
    if unit.has_quotes:
        return
    saying = lexicon.words("words/speech_verbs.tsv")
    verbs = [i for lemma, i in _verb_lemmas(unit).items() if lemma in saying]
    verbs += [
        i
        for i, t in enumerate(unit.tokens)
        if unit.lower(i) in SAYING_PREPOSITIONS and t.pos.startswith("APP")
    ]
    if not verbs:
        return
    verb = min(verbs)
    if any(t.text == ":" for t in unit.tokens[verb:]):
        return
    after = unit.tokens[verb + 1 : verb + 4]
    reported = (
        any(t.lemma == "dass" for t in after)
        or bool(konjunktiv(unit))
        or (verb > 0 and any(unit.lower(i) == "wie" for i in range(verb)))
    )
    if reported:
        yield unit.hit(
            "S11", verb, verb, "Indirekte Rede: Schreiben Sie direkt, wer was sagt: „Die Stadt sagt: ...“."
        )


def s14_repeat_noun(unit: Unit, limits: Profile) -> Iterator[Hit]:
    """S14: third-person pronouns (er, sie, ihm, ...) instead of the noun; direct speech is left alone."""
    if not limits.leichte_rules or unit.has_quotes:
        return
    for i, token in enumerate(unit.tokens):
        word = token.text
        if token.pos != "PPER" or word.lower() not in THIRD_PERSON:
            continue
        if word[0].isupper() and (i > 0 or word.lower() in {"sie", "ihnen"}):
            continue  # formal "Sie"/"Ihnen", or sentence-initial "Sie" that may be either
        yield unit.hit(
            "S14", i, i, f"Pronomen „{word}“: Wiederholen Sie das Nomen, damit klar ist, wer gemeint ist."
        )


def s15_same_connector(units: Sequence[Unit], limits: Profile) -> Iterator[tuple[Unit, Hit]]:
    """S15: one link, one connector: after "deshalb", a later "daher" in the same text is flagged."""
    connectors = lexicon.mapping("check/connectors.tsv")
    chosen: dict[str, str] = {}
    for unit in units:
        for sentence in unit.sentences():
            for i in range(len(sentence.tokens)):
                word = sentence.lower(i)
                link = connectors.get(word, word if word in connectors.values() else None)
                if link is None or (word == "darum" and i > 0):
                    continue
                first = chosen.setdefault(link, word)
                if first != word:
                    yield (
                        unit,
                        sentence.hit(
                            "S15",
                            i,
                            i,
                            f"„{sentence.tokens[i].text}“: Sie haben vorher „{first}“ geschrieben. "
                            f"Nehmen Sie für diese Verbindung immer dasselbe Wort, am besten „{link}“.",
                        ),
                    )


def s12_no_questions(units: Sequence[Unit], limits: Profile) -> Iterator[tuple[Unit, Hit]]:
    """S12: questions in running text; a question answered by "Dann ..." (BM's if-clause) is fine."""
    for unit, following in itertools.pairwise([*units, None]):
        if unit.block == "heading" or "?" not in unit.text:
            continue
        if following is not None and following.tokens and following.lower(0) == "dann":
            continue
        yield unit, Hit("S12", 0, len(unit.text), "Frage im Text: Schreiben Sie eine Aussage.")


def s13_same_address(units: Sequence[Unit], limits: Profile) -> Iterator[tuple[Unit, Hit]]:
    """S13: readers addressed both as "Sie" and as "du"; the less used form is flagged."""
    formal, informal = [], []
    for unit in units:
        for i, token in enumerate(unit.tokens):
            if (
                token.text in FORMAL
                and i not in unit.sentence_starts
                and unit.tokens[i - 1].text not in {":", "„"}
            ):
                formal.append((unit, i))
            elif token.text.lower() in INFORMAL and token.pos.startswith(("PPER", "PPOS", "PRF")):
                informal.append((unit, i))
    if formal and informal:
        minority = informal if len(formal) >= len(informal) else formal
        for unit, i in minority:
            yield (
                unit,
                unit.hit(
                    "S13", i, i, "„Sie“ und „du“ im selben Text: Sprechen Sie die Leser immer gleich an."
                ),
            )


SENTENCE_RULES = (
    s1_length,
    s2_one_statement,
    s3_main_clauses,
    s4_subject_first,
    s5_active,
    s6_no_konjunktiv,
    s7_no_genitive,
    s8_tense,
    s9_negation,
    s10_verbs_not_nouns,
    s11_direct_speech,
    s14_repeat_noun,
)
LINE_RULES = ()
DOCUMENT_RULES = (s12_no_questions, s13_same_address, s15_same_connector)
