"""Blocks from every input format: headings, paragraphs, list items and contact blocks."""

from __future__ import annotations

import pytest

from simplify.document import Block, Source
from simplify.errors import InputError
from simplify.io.parse import parse, parse_text


def kinds(blocks: list[Block]) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in blocks]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Headline, sub-headline, paragraph.
        (
            "Neue Spielplätze in Lindenau\n\nDie Stadt baut zwei Spielplätze. Sie sind im Mai fertig.",
            [
                ("heading", "Neue Spielplätze in Lindenau"),
                ("paragraph", "Die Stadt baut zwei Spielplätze. Sie sind im Mai fertig."),
            ],
        ),
        # Hard-wrapped paragraph lines are joined; a wrapped line ending in a function word is no heading.
        (
            "Die Stadt Lindenau lädt alle Bürgerinnen und Bürger zur\nVersammlung am 3. März ein.\n\nEnde.",
            [
                (
                    "paragraph",
                    "Die Stadt Lindenau lädt alle Bürgerinnen und Bürger zur Versammlung am 3. März ein.",
                ),
                ("paragraph", "Ende."),
            ],
        ),
        # One sentence per line and no blank line: every sentence line is its own paragraph.
        (
            "Die Stadt hat viele Partner.\nDie Partner sind in Europa.",
            [("paragraph", "Die Stadt hat viele Partner."), ("paragraph", "Die Partner sind in Europa.")],
        ),
        # A heading followed directly by its paragraph (long lines, not wrapped).
        (
            "Informationen zur Anmeldung\nDie Anmeldung ist im Bürgerbüro möglich, und zwar montags bis freitags "
            "von 8 bis 12 Uhr, außerdem donnerstags auch am Nachmittag bis 18 Uhr.",
            [
                ("heading", "Informationen zur Anmeldung"),
                (
                    "paragraph",
                    "Die Anmeldung ist im Bürgerbüro möglich, und zwar montags bis freitags von 8 bis 12 Uhr, "
                    "außerdem donnerstags auch am Nachmittag bis 18 Uhr.",
                ),
            ],
        ),
        # Bullets of several shapes become list items.
        (
            "Mitzubringen sind:\n- der Ausweis\n• ein Foto\n1. das Formular",
            [
                ("paragraph", "Mitzubringen sind:"),
                ("list", "der Ausweis"),
                ("list", "ein Foto"),
                ("list", "das Formular"),
            ],
        ),
        # A contact block keeps its lines, with the name and function before the phone number.
        (
            "Die Anmeldung läuft.\n\nKontakt:\nJana Petersen\nPressesprecherin\nTelefon: 03456 789-120\n"
            "E-Mail: presse@lindenau.example",
            [
                ("paragraph", "Die Anmeldung läuft."),
                (
                    "contact",
                    "Kontakt:\nJana Petersen\nPressesprecherin\nTelefon: 03456 789-120\n"
                    "E-Mail: presse@lindenau.example",
                ),
            ],
        ),
        # Contact lines without a header, in a text without blank lines.
        (
            "Sie können sich anmelden.\nJana Petersen\nTel. 03456 789-120\nDas Fest beginnt um 9 Uhr.",
            [
                ("paragraph", "Sie können sich anmelden."),
                ("contact", "Jana Petersen\nTel. 03456 789-120"),
                ("paragraph", "Das Fest beginnt um 9 Uhr."),
            ],
        ),
        # A sentence that mentions a phone number stays a paragraph.
        (
            "Anmeldungen nimmt das Bürgerbüro unter Tel. 03456 789-100 oder per E-Mail an buergerbuero@lindenau.example "
            "entgegen.",
            [
                (
                    "paragraph",
                    "Anmeldungen nimmt das Bürgerbüro unter Tel. 03456 789-100 oder per E-Mail an "
                    "buergerbuero@lindenau.example entgegen.",
                )
            ],
        ),
    ],
)
def test_plain_text_blocks(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(parse_text(text)) == expected


def test_html_keeps_headings_and_lists_and_drops_scripts_and_navigation() -> None:
    html = """<html><head><style>p{color:red}</style><script>alert('x')</script></head><body>
    <nav><a href="/">Startseite</a> <a href="/presse">Presse</a></nav>
    <div class="cookie-banner">Wir verwenden Cookies. <button>Akzeptieren</button></div>
    <article><h1>Neue Bücherei</h1><p>Die Bücherei öffnet am <b>3. Mai</b>.<br>Der Eintritt ist frei.</p>
    <ul><li>Bücher</li><li>Spiele</li></ul><address>Kontakt:<br>Jana Petersen<br>Tel. 03456 789-120</address>
    </article><footer>Impressum</footer></body></html>"""
    blocks, removed = parse(Source(html, "html"))
    assert kinds(blocks) == [
        ("heading", "Neue Bücherei"),
        ("paragraph", "Die Bücherei öffnet am 3. Mai."),
        ("paragraph", "Der Eintritt ist frei."),
        ("list", "Bücher"),
        ("list", "Spiele"),
        ("contact", "Kontakt:\nJana Petersen\nTel. 03456 789-120"),
    ]
    assert [r.text for r in removed] == ["Startseite Presse", "Wir verwenden Cookies.", "Impressum"]


def test_markdown() -> None:
    text = "# Neue Bücherei\n\nDie Bücherei öffnet am 3. Mai.\n\n- Bücher\n- Spiele\n\n## Kontakt\n\nJana Petersen"
    blocks, removed = parse(Source(text, "md"))
    assert kinds(blocks) == [
        ("heading", "Neue Bücherei"),
        ("paragraph", "Die Bücherei öffnet am 3. Mai."),
        ("list", "Bücher"),
        ("list", "Spiele"),
        ("heading", "Kontakt"),
        ("heading", "Jana Petersen"),
    ]
    assert removed == []


def test_markdown_soft_wrapped_paragraph_and_contact_block() -> None:
    text = (
        "# Neue Buslinie\n\nAb Montag fährt die Linie 7 zwischen den\nOrtsteilen und dem\nBahnhof.\n\n"
        "Kontakt:\nJana Petersen\nTelefon: 03456 789-120\n"
    )
    blocks, _removed = parse(Source(text, "md"))
    assert kinds(blocks) == [
        ("heading", "Neue Buslinie"),
        ("paragraph", "Ab Montag fährt die Linie 7 zwischen den Ortsteilen und dem Bahnhof."),
        ("contact", "Kontakt:\nJana Petersen\nTelefon: 03456 789-120"),
    ]


def test_html_removed_parts_say_why() -> None:
    html = (
        '<div id="cookie-hinweis">Wir nutzen Cookies.</div><div class="share-buttons">Teilen</div>'
        "<nav>Rathaus Presse</nav><p>Die Stadt baut eine Brücke.</p><footer>Impressum</footer>"
    )
    _blocks, removed = parse(Source(html, "html"))
    assert [(r.reason, r.text) for r in removed] == [
        ("Cookie-Hinweis", "Wir nutzen Cookies."),
        ("Teilen-Leiste", "Teilen"),
        ("Navigation", "Rathaus Presse"),
        ("Kopf- oder Fußzeile der Seite", "Impressum"),
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("29. Oktober 2018", "heading"),
        ("31. März 1999 / l / ab", "paragraph"),
        ("1. Anmeldung im Mai", "list"),
    ],
)
def test_a_date_at_the_start_of_a_line_is_no_numbered_item(line: str, kind: str) -> None:
    assert kinds(parse_text(f"Sportlerehrung\n\n{line}\n\nDie Stadt ehrt 124 Sportler.")[1:2]) == [
        (kind, line if kind != "list" else "Anmeldung im Mai")
    ]


def test_a_contact_line_is_kept_as_written() -> None:
    text = "Neue Bänke\n\nDie Stadt stellt Bänke auf.\n\nKontakt:\nTelefon:  +49 (0)351  123456\nFax: 0351 / 12 34 56"
    assert parse_text(text)[-1] == Block(
        "contact", "Kontakt:\nTelefon:  +49 (0)351  123456\nFax: 0351 / 12 34 56"
    )


def test_a_share_target_named_e_mail_starts_no_contact_block() -> None:
    text = "Neue Bänke\n\nDie Stadt stellt Bänke auf.\n\nDiesen Artikel teilen\nFacebook\nE-Mail\nDrucken"
    assert "contact" not in [b.kind for b in parse_text(text)]


@pytest.mark.parametrize("tag", ["div", "span", "li", "table", "blockquote", "section"])
def test_html_nested_ten_thousand_levels_deep_is_read(tag: str) -> None:
    html = f"<html><body>{f'<{tag}>' * 10_000}<p>Die Stadt baut eine Brücke.</p></body></html>"
    blocks, _removed = parse(Source(html, "html"))
    assert [b.text for b in blocks][-1] == "Die Stadt baut eine Brücke."


def test_nested_list_items_of_html_stay_list_items() -> None:
    html = "<ul><li>Bücher<ul><li>Romane</li><li>Sachbücher</li></ul></li><li>Spiele</li></ul>"
    blocks, _removed = parse(Source(html, "html"))
    assert kinds(blocks) == [
        ("list", "Bücher"),
        ("list", "Romane"),
        ("list", "Sachbücher"),
        ("list", "Spiele"),
    ]


def test_markdown_nested_deeper_than_the_parser_reads_is_refused() -> None:
    with pytest.raises(InputError, match="nested too deep"):
        parse(Source(">" * 150 + " Die Stadt baut eine Brücke.", "md", "tief.md"))
    blocks, _removed = parse(Source(">" * 40 + " Die Stadt baut eine Brücke.", "md"))
    assert [b.text for b in blocks] == ["Die Stadt baut eine Brücke."]
