"""Verbs from ablaut with this project's overrides: forms, auxiliary, separable prefixes, readings of a form."""

from __future__ import annotations

import ablaut
import pytest

from simplify.lexicon import table
from simplify.nlp import verbs

# lemma, auxiliary, separable prefix, participle, present 3sg, present 3pl, preterite 3sg, Konjunktiv I, II 3sg
CONJUGATIONS = [
    ("durchführen", "haben", "durch", "durchgeführt", "führt", "führen", "führte", "führe", "führte"),
    ("umsetzen", "haben", "um", "umgesetzt", "setzt", "setzen", "setzte", "setze", "setzte"),
    ("sicherstellen", "haben", "sicher", "sichergestellt", "stellt", "stellen", "stellte", "stelle", "stellte"),
    ("anbieten", "haben", "an", "angeboten", "bietet", "bieten", "bot", "biete", "böte"),
    ("teilnehmen", "haben", "teil", "teilgenommen", "nimmt", "nehmen", "nahm", "nehme", "nähme"),
    ("mitteilen", "haben", "mit", "mitgeteilt", "teilt", "teilen", "teilte", "teile", "teilte"),
    ("stattfinden", "haben", "statt", "stattgefunden", "findet", "finden", "fand", "finde", "fände"),
    ("übernehmen", "haben", "", "übernommen", "übernimmt", "übernehmen", "übernahm", "übernehme", "übernähme"),
    ("unterstützen", "haben", "", "unterstützt", "unterstützt", "unterstützen", "unterstützte", "unterstütze", "unterstützte"),
    ("erhalten", "haben", "", "erhalten", "erhält", "erhalten", "erhielt", "erhalte", "erhielte"),
    ("informieren", "haben", "", "informiert", "informiert", "informieren", "informierte", "informiere", "informierte"),
    ("aufstehen", "sein", "auf", "aufgestanden", "steht", "stehen", "stand", "stehe", "stünde"),
    ("ankommen", "sein", "an", "angekommen", "kommt", "kommen", "kam", "komme", "käme"),
    ("kommen", "sein", "", "gekommen", "kommt", "kommen", "kam", "komme", "käme"),
    ("gehen", "sein", "", "gegangen", "geht", "gehen", "ging", "gehe", "ginge"),
    ("bleiben", "sein", "", "geblieben", "bleibt", "bleiben", "blieb", "bleibe", "bliebe"),
    ("fahren", "sein", "", "gefahren", "fährt", "fahren", "fuhr", "fahre", "führe"),
    ("geben", "haben", "", "gegeben", "gibt", "geben", "gab", "gebe", "gäbe"),
    ("beginnen", "haben", "", "begonnen", "beginnt", "beginnen", "begann", "beginne", "begänne"),
    ("bringen", "haben", "", "gebracht", "bringt", "bringen", "brachte", "bringe", "brächte"),
    ("nennen", "haben", "", "genannt", "nennt", "nennen", "nannte", "nenne", "nennte"),
    ("tun", "haben", "", "getan", "tut", "tun", "tat", "tue", "täte"),
    ("wissen", "haben", "", "gewusst", "weiß", "wissen", "wusste", "wisse", "wüsste"),
    ("googeln", "haben", "", "gegoogelt", "googelt", "googeln", "googelte", "google", "googelte"),
    # auxiliaries and modal verbs
    ("sein", "sein", "", "gewesen", "ist", "sind", "war", "sei", "wäre"),
    ("haben", "haben", "", "gehabt", "hat", "haben", "hatte", "habe", "hätte"),
    ("werden", "sein", "", "geworden", "wird", "werden", "wurde", "werde", "würde"),
    ("können", "haben", "", "gekonnt", "kann", "können", "konnte", "könne", "könnte"),
    ("müssen", "haben", "", "gemusst", "muss", "müssen", "musste", "müsse", "müsste"),
    ("dürfen", "haben", "", "gedurft", "darf", "dürfen", "durfte", "dürfe", "dürfte"),
    ("sollen", "haben", "", "gesollt", "soll", "sollen", "sollte", "solle", "sollte"),
    ("wollen", "haben", "", "gewollt", "will", "wollen", "wollte", "wolle", "wollte"),
    # overrides of ablaut's errors (data/nlp/verb_overrides.tsv)
    ("bekommen", "haben", "", "bekommen", "bekommt", "bekommen", "bekam", "bekomme", "bekäme"),
    ("passieren", "sein", "", "passiert", "passiert", "passieren", "passierte", "passiere", "passierte"),
    ("landen", "sein", "", "gelandet", "landet", "landen", "landete", "lande", "landete"),
    ("stürzen", "sein", "", "gestürzt", "stürzt", "stürzen", "stürzte", "stürze", "stürzte"),
    ("zurücktreten", "sein", "zurück", "zurückgetreten", "tritt", "treten", "trat", "trete", "träte"),
    ("überlassen", "haben", "", "überlassen", "überlässt", "überlassen", "überließ", "überlasse", "überließe"),
    ("unterschreiben", "haben", "", "unterschrieben", "unterschreibt", "unterschreiben", "unterschrieb", "unterschreibe", "unterschriebe"),
    ("unterliegen", "sein", "", "unterlegen", "unterliegt", "unterliegen", "unterlag", "unterliege", "unterläge"),
    ("umfahren", "haben", "", "umfahren", "umfährt", "umfahren", "umfuhr", "umfahre", "umführe"),
    ("übergehen", "sein", "über", "übergegangen", "geht", "gehen", "ging", "gehe", "ginge"),
    ("instandsetzen", "haben", "instand", "instandgesetzt", "setzt", "setzen", "setzte", "setze", "setzte"),
    ("wiederaufbauen", "haben", "wieder auf", "wiederaufgebaut", "baut", "bauen", "baute", "baue", "baute"),
    ("schreien", "haben", "", "geschrien", "schreit", "schreien", "schrie", "schreie", "schriee"),
    # reflexive verbs take haben
    ("sich anmelden", "haben", "an", "angemeldet", "meldet", "melden", "meldete", "melde", "meldete"),
    ("sich verlaufen", "haben", "", "verlaufen", "verläuft", "verlaufen", "verlief", "verlaufe", "verliefe"),
    ("verlaufen", "sein", "", "verlaufen", "verläuft", "verlaufen", "verlief", "verlaufe", "verliefe"),
    ("sich belaufen", "haben", "", "belaufen", "beläuft", "belaufen", "belief", "belaufe", "beliefe"),
    ("sich begegnen", "sein", "", "begegnet", "begegnet", "begegnen", "begegnete", "begegne", "begegnete"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lemma", "auxiliary", "prefix", "participle", "present", "plural", "preterite", "k1", "k2"), CONJUGATIONS
)
def test_conjugation(
    lemma: str,
    auxiliary: str,
    prefix: str,
    participle: str,
    present: str,
    plural: str,
    preterite: str,
    k1: str,
    k2: str,
) -> None:
    found = verbs.conjugate(lemma)
    assert found is not None
    assert (found.auxiliary, found.prefix, found.participle) == (auxiliary, prefix, participle)
    assert (found.finite(), found.finite(number="pl"), found.finite("preterite")) == (
        present,
        plural,
        preterite,
    )
    assert (found.finite("konjunktiv1"), found.finite("konjunktiv2")) == (k1, k2)


def test_verbs_of_motion_with_an_object_list_haben_second() -> None:
    assert verbs.conjugate("landen").auxiliaries == ("sein", "haben")
    assert verbs.conjugate("stürzen").auxiliaries == ("sein", "haben")
    assert verbs.conjugate("passieren").auxiliaries == ("sein", "haben")
    assert verbs.conjugate("kommen").auxiliaries == ("sein",)


def test_separable_verbs_join_their_prefix_at_the_end_of_a_clause() -> None:
    assert verbs.conjugate("teilnehmen").finite(joined=True) == "teilnimmt"
    assert verbs.conjugate("stattfinden").finite("preterite", number="pl", joined=True) == "stattfanden"
    assert verbs.conjugate("wiederaufbauen").finite(joined=True) == "wiederaufbaut"
    assert verbs.conjugate("übernehmen").finite(joined=True) == "übernimmt"
    assert verbs.conjugate("teilnehmen").zu_infinitive == "teilzunehmen"
    assert verbs.conjugate("überlassen").zu_infinitive == "zu überlassen"
    assert verbs.conjugate("instandsetzen").zu_infinitive == "instandzusetzen"


def test_no_infinitive_gives_none() -> None:
    for word in ("zufolge", "", "gehen gehen", "Haus"):
        assert verbs.conjugate(word) is None, word


def r(tense: str, mood: str, *rows: tuple[int, str]) -> set[tuple[str, str, int, str]]:
    return {(tense, mood, person, number) for person, number in rows}


S1, S2, S3, P1, P2, P3 = (1, "sg"), (2, "sg"), (3, "sg"), (1, "pl"), (2, "pl"), (3, "pl")
PRES, PRET, IND, SUB = "present", "preterite", "indicative", "subjunctive"

READINGS = [
    ("erhielt", "erhalten", r(PRET, IND, S1, S3)),
    ("Erhielt", "erhalten", r(PRET, IND, S1, S3)),
    ("erhielte", "erhalten", r(PRET, SUB, S1, S3)),
    ("erhält", "erhalten", r(PRES, IND, S3)),
    ("sei", "sein", r(PRES, SUB, S1, S3)),
    ("seien", "sein", r(PRES, SUB, P1, P3)),
    ("sind", "sein", r(PRES, IND, P1, P3)),
    ("wäre", "sein", r(PRET, SUB, S1, S3)),
    ("käme", "kommen", r(PRET, SUB, S1, S3)),
    ("kämen", "kommen", r(PRET, SUB, P1, P3)),
    ("kamen", "kommen", r(PRET, IND, P1, P3)),
    ("kommt", "kommen", r(PRES, IND, S3, P2)),
    ("habe", "haben", r(PRES, IND, S1) | r(PRES, SUB, S1, S3)),
    ("hätte", "haben", r(PRET, SUB, S1, S3)),
    ("würde", "werden", r(PRET, SUB, S1, S3)),
    ("wurde", "werden", r(PRET, IND, S1, S3)),
    ("wird", "werden", r(PRES, IND, S3)),
    ("werde", "werden", r(PRES, IND, S1) | r(PRES, SUB, S1, S3)),
    ("könne", "können", r(PRES, SUB, S1, S3)),
    ("könnte", "können", r(PRET, SUB, S1, S3)),
    ("gebe", "geben", r(PRES, IND, S1) | r(PRES, SUB, S1, S3)),
    ("gäbe", "geben", r(PRET, SUB, S1, S3)),
    # a weak verb's preterite is also its Konjunktiv II
    ("teilte", "teilen", r(PRET, IND, S1, S3) | r(PRET, SUB, S1, S3)),
    # separable verbs: the finite word alone, split, or joined at the end of a clause
    ("nimmt", "teilnehmen", r(PRES, IND, S3)),
    ("nimmt teil", "teilnehmen", r(PRES, IND, S3)),
    ("teilnimmt", "teilnehmen", r(PRES, IND, S3)),
    ("nahm teil", "teilnehmen", r(PRET, IND, S1, S3)),
    ("teilnahmen", "teilnehmen", r(PRET, IND, P1, P3)),
    ("stattfände", "stattfinden", r(PRET, SUB, S1, S3)),
    ("findet statt", "stattfinden", r(PRES, IND, S3, P2) | r(PRES, SUB, P2)),  # ihr findet: both
    ("führt durch", "durchführen", r(PRES, IND, S3, P2)),
    # inseparable verbs
    ("überlässt", "überlassen", r(PRES, IND, S2, S3)),
    ("überließe", "überlassen", r(PRET, SUB, S1, S3)),
    ("lässt über", "überlassen", set()),
    ("unterschrieb", "unterschreiben", r(PRET, IND, S1, S3)),
    ("schreibt unter", "unterschreiben", set()),
    # no finite form of the lemma
    ("gekommen", "kommen", set()),
    ("kommt", "gehen", set()),
    ("xyz", "kommen", set()),
    ("kommt", "zufolge", set()),
]


@pytest.mark.parametrize(("form", "lemma", "expected"), READINGS)
def test_readings_of_a_finite_form(form: str, lemma: str, expected: set) -> None:
    found = verbs.readings(form, lemma)
    assert {(x.tense, x.mood, x.person, x.number) for x in found} == expected


def test_konjunktiv_number() -> None:
    assert {x.konjunktiv for x in verbs.readings("sei", "sein")} == {1}
    assert {x.konjunktiv for x in verbs.readings("käme", "kommen")} == {2}
    assert {x.konjunktiv for x in verbs.readings("kommt", "kommen")} == {0}


OVERRIDES = table("nlp/verb_overrides.tsv")


@pytest.mark.parametrize("row", OVERRIDES, ids=lambda row: f"{row[0]}-{row[1]}")
def test_every_override_corrects_what_ablaut_gives(row: tuple[str, ...]) -> None:
    lemma, field, value, why = row
    assert why
    raw = ablaut.conjugate(lemma.removeprefix("sich "))
    if field == "auxiliary":
        assert set(value.split()) <= {"haben", "sein"}
        expected = "haben" if lemma.startswith("sich ") else raw.auxiliary
        assert (expected,) != tuple(value.split()), "ablaut already gives this"
        assert verbs.conjugate(lemma).auxiliaries == tuple(value.split())
    elif field == "separable":
        prefix = " ".join(raw.present[2].split()[1:])
        assert prefix != ("" if value == "no" else value), "ablaut already splits it so"
        assert verbs.conjugate(lemma).prefix == ("" if value == "no" else value)
    else:
        assert field == "konjunktiv2"
        assert len(value.split(",")) == 6
        assert raw.konjunktiv2 != value.split(",")
        assert verbs.conjugate(lemma).forms["konjunktiv2"] == tuple(value.split(","))
