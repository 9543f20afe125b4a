"""Rule S8: preterite and pluperfect become perfect, the future with a time becomes present (German in -> exact
out, with the cases where a rule must not fire)."""

from __future__ import annotations

import pytest

from simplify.nlp.analysis import analyse_sentence
from simplify.rewrite.engine import simplify_sentence
from tests.rewrite.examples import examples_test, rewrite

PERFECT = [
    ("Die Stadt eröffnete das neue Bad im Mai.", ["Die Stadt hat das neue Bad im Mai eröffnet."]),
    # a separable verb: the particle joins the participle
    ("Die Stadt teilte die Zahlen am Montag mit.", ["Die Stadt hat die Zahlen am Montag mitgeteilt."]),
    ("Das Fest fand im Park statt.", ["Das Fest hat im Park stattgefunden."]),
    # "sein" for verbs of motion and change, "haben" for reflexive verbs
    ("Die Gäste kamen mit dem Bus.", ["Die Gäste sind mit dem Bus gekommen."]),
    ("Die Kinder freuten sich über die Geschenke.", ["Die Kinder haben sich über die Geschenke gefreut."]),
    ("Es gab viele Gäste.", ["Es hat viele Gäste gegeben."]),
    # person and number from the form and the pronoun next to it
    ("Ich eröffnete das Fest im Rathaus.", ["Ich habe das Fest im Rathaus eröffnet."]),
    ("Wir besuchten die Partnerstadt im Sommer.", ["Wir haben die Partnerstadt im Sommer besucht."]),
    # "werden" as a full verb
    ("Er wurde 1990 Bürgermeister.", ["Er ist 1990 Bürgermeister geworden."]),
    # a verb with either auxiliary: "sein" without an object, "haben" with an accusative
    ("Der Vertrag trat im Mai in Kraft.", ["Der Vertrag ist im Mai in Kraft getreten."]),
    ("Die Familie zog nach Lindenau.", ["Die Familie ist nach Lindenau gezogen."]),
    ("Er zog den Wagen in die Garage.", ["Er hat den Wagen in die Garage gezogen."]),
    ("Die Kinder zogen in das neue Haus um.", ["Die Kinder sind in das neue Haus umgezogen."]),
    # the participle goes before the colon
    (
        "Die Bürgermeisterin sagte: „Wir freuen uns sehr.“",
        ["Die Bürgermeisterin hat gesagt: „Wir freuen uns sehr.“"],
    ),
    ("Die Stadt teilte mit:", ["Die Stadt hat mitgeteilt:"]),
    # the clause that rule S3 made main goes on to the perfect
    (
        "Die Zahl stieg stark, weil viele Menschen kamen.",
        ["Die Zahl ist stark gestiegen.", "Der Grund ist: Viele Menschen kamen."],
    ),
]

PERFECT_NOT_FIRING = [
    "Der Verein war sehr froh über die Hilfe.",  # sein, haben and modal verbs keep their preterite
    "Die Kinder hatten viel Spaß.",
    "Die Kinder wollten im Park spielen.",
    "Kam er gestern?",  # the verb first
    "Die Gäste erhielten Medaillen und Urkunden, insgesamt 80 Stück.",  # the participle would follow an apposition
    "Er ließ das Haus bauen.",  # another verb in the clause
    "Er begann, das Haus zu bauen.",
    "Das Komitee zog eine Vergabe in Betracht.",  # "ziehen" with an object that may be either case
    "Die Silberne Medaille ging an",  # "an" may open a list, not be a particle
    "Und er öffnete seinen Mund nicht Wie das Schaf",  # a capitalised "Wie": verse, not one sentence
]

PLUPERFECT = [
    ("Die Arbeiten hatten im Mai begonnen.", ["Die Arbeiten haben im Mai begonnen."]),
    ("Die Gäste waren am Abend angekommen.", ["Die Gäste sind am Abend angekommen."]),
    ("Wir hatten den Antrag im Mai gestellt.", ["Wir haben den Antrag im Mai gestellt."]),
    ("Das Bad war 1990 eröffnet worden.", ["Das Bad ist 1990 eröffnet worden."]),
]

PLUPERFECT_NOT_FIRING = [
    "Die Halle war am Montag geschlossen.",  # a state in the past
    "Die Kinder hatten keine Zeit.",  # "haben" as a full verb
    "Die Arbeiten hatten im Mai beginnen sollen.",
]

PASSIVE_PAST = [
    ("Die Gäste wurden 1900 begrüßt.", ["Die Gäste sind 1900 begrüßt worden."]),
    ("Die Kinder wurden schnell versorgt.", ["Die Kinder sind schnell versorgt worden."]),
    ("Die Straße wurde gesperrt.", ["Man hat die Straße gesperrt."]),  # a thing: active with "man" (S5.man)
    (
        "Die Halle wurde geschlossen, weil das Dach kaputt war.",
        ["Die Halle ist geschlossen worden.", "Der Grund ist: Das Dach war kaputt."],
    ),
    # an agent: rule S5 makes the clause active
    ("Die Straße wurde von der Stadt gesperrt.", ["Die Stadt hat die Straße gesperrt."]),
]

PASSIVE_PAST_NOT_FIRING = [
    # more than five words between the verbs would not read well
    "Die Straße wurde wegen des Baus an der Brücke über den Fluss komplett gesperrt.",
    "Gebaut wurde das Rathaus 1900.",  # the participle first
    "Die Brücke wurde alt.",  # no participle
]

FUTURE = [
    ("Die Stadt wird am Montag die Straße sperren.", ["Die Stadt sperrt am Montag die Straße."]),
    ("Die Stadt wird ab Montag neue Kurse anbieten.", ["Die Stadt bietet ab Montag neue Kurse an."]),
    ("Die Halle wird im Mai geschlossen sein.", ["Die Halle ist im Mai geschlossen."]),
    ("Wir werden im Mai ein Fest feiern.", ["Wir feiern im Mai ein Fest."]),
    ("Ich werde morgen das Fest eröffnen.", ["Ich eröffne morgen das Fest."]),
    # the passive future becomes present passive, and rule S5 goes on
    ("Die Straße wird am Montag gesperrt werden.", ["Man sperrt die Straße am Montag."]),
]

FUTURE_NOT_FIRING = [
    "Die Stadt wird die Straße sperren.",  # no time: the present would change the meaning
    "Das wird teuer.",  # "werden" as a full verb
    "Die Arbeiten werden bis Montag abgeschlossen sein müssen.",
    "Die Stadt wird bis Montag alle Anträge bearbeitet haben.",  # future perfect
]


@pytest.mark.parametrize(("source", "expected"), PERFECT + PLUPERFECT + PASSIVE_PAST + FUTURE)
def test_tenses_become_perfect_or_present(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize(
    "source", PERFECT_NOT_FIRING + PLUPERFECT_NOT_FIRING + PASSIVE_PAST_NOT_FIRING + FUTURE_NOT_FIRING
)
def test_tenses_that_stay(source: str) -> None:
    _output, names = simplify_sentence(analyse_sentence(source), "leichte")
    assert not any(name.startswith("S8.") for name in names)


def test_einfache_sprache_keeps_the_preterite() -> None:
    assert rewrite("Die Stadt eröffnete das neue Bad im Mai.", "einfache") == [
        "Die Stadt eröffnete das neue Bad im Mai."
    ]


test_examples = examples_test("tense")
