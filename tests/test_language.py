"""The language check: German passes, other languages stop with a message that names them."""

from __future__ import annotations

import pytest

from simplify.document import Block, Document, Source
from simplify.errors import InputError
from simplify.language import check, clearly_german


def document(*texts: str, kind: str = "paragraph") -> Document:
    return Document(Source("\n".join(texts)), [Block(kind, t) for t in texts])


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt Lindenau öffnet am Montag ein neues Bürgerbüro im Rathaus.",
        "Müllabfuhr am Montag",  # too short to judge: never refused
        "Ja.",
        "Die Kita Sonnenschein lädt zum Sommerfest ein. Es gibt Kuchen, Spiele und Musik für alle Familien.",
    ],
)
def test_german_passes(text: str) -> None:
    assert check(document(text)) == "de"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The city council meets on Monday to discuss the new budget for the schools.", "English (en)"),
        ("La ville ouvre un nouveau bureau pour les citoyens à la mairie lundi prochain.", "French (fr)"),
        ("De gemeente opent maandag een nieuw loket voor burgers in het stadhuis van de stad.", "Dutch (nl)"),
    ],
)
def test_other_languages_are_named(text: str, label: str) -> None:
    with pytest.raises(InputError, match=rf"looks like {label.replace('(', '[(]').replace(')', '[)]')}"):
        check(document(text))


def test_force_returns_the_detected_language() -> None:
    assert (
        check(document("The city council meets on Monday to discuss the new budget for schools."), force=True)
        == "en"
    )


def test_contact_blocks_do_not_count() -> None:
    doc = document("Die Stadt baut eine neue Brücke über den Fluss und sperrt dafür die Straße.")
    doc.blocks.append(
        Block("contact", "Contact: Jana Petersen, Phone 03456 789-120, press office, city hall")
    )
    assert check(doc) == "de"


def test_deterministic() -> None:
    text = "Die Stadt informiert über die neuen Öffnungszeiten der Bibliothek ab dem ersten Mai."
    assert {check(document(text)) for _ in range(5)} == {"de"}


def test_clear_german_needs_no_langdetect(monkeypatch: pytest.MonkeyPatch) -> None:
    """Function words settle clearly German prose; langdetect (slow to load) is asked only in doubt."""
    monkeypatch.setattr("simplify.language.probabilities", lambda text: pytest.fail("langdetect asked"))
    text = (
        "Die Stadt baut eine neue Brücke über den Fluss und sperrt dafür die Straße. Der Verkehr wird "
        "in dieser Zeit über die Ringstraße umgeleitet, und die Busse fahren mit einer Umleitung."
    )
    assert check(document(text)) == "de"


@pytest.mark.parametrize(
    "text",
    [
        "The city council meets on Monday to discuss the new budget for the schools and the roads.",
        "Die Stadt und der Rat: the city council meets on Monday to discuss the budget for the schools, "
        "and the mayor will present it to the public at the town hall on the same day.",
        "Byen og kommunen har i dag besluttet at den nye skole ikke skal bygges i det gamle område der.",
    ],
)
def test_doubtful_text_goes_to_langdetect(text: str) -> None:
    assert not clearly_german(text)
