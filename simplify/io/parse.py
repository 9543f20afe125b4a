"""Turn a Source into blocks (heading, paragraph, list item, contact) for every input format."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from simplify import lexicon
from simplify.document import Block, Removed, Source
from simplify.errors import InputError
from simplify.rewrite.numbers import MONTHS

# a number with a dot opens a numbered item, unless it is the day of a date ("29. Oktober 2018")
BULLET = re.compile(rf"^\s*(?:[-•*–·▪◦]|\d{{1,2}}\)|\d{{1,2}}\.(?!\s*(?:{'|'.join(MONTHS)})\b))\s+(?=\S)")
_TERMINAL = re.compile(r"[.!?…:;,“\"»«)]$")
_SENTENCE_END = re.compile(r"[.!?…“\"»]$")
_CONTACT_HEADER = re.compile(
    r"^(?:Kontakt|Pressekontakt|Ansprechpartner\w*|Ansprechperson\w*|Rückfragen|Weitere Informationen bei)"
    r"\b[^.]{0,40}:?$",
    re.IGNORECASE,
)
_CONTACT_LINE = re.compile(
    r"^(?:Tel(?:efon|efax|\.)?|Fax|Mobil|E-?Mail|Mail|Internet|Web)(?:\s*:\s*|\s+)\S|^www\.\S"
    r"|[\w.+-]+@[\w-]+\.[\w.-]+"
    r"|^\+?\d[\d /-]{5,}\d$"
    r"|^\d{5}\s+[^\W\d_]"
    r"|^[\w .-]+(?:straße|str\.|weg|platz|allee|gasse|ring)\s+\d+\w?$",
    re.IGNORECASE,
)
_WRAP_WIDTH = 100
_MARKDOWN_NESTING = 100
"""markdown-it's nesting limit: deep enough for any release, shallow enough for its recursive block parser."""
_HTML_DROP = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "form",
    "button",
    "select",
    "canvas",
)
_HTML_CHROME = ("nav", "aside")
_HTML_CHROME_ATTR = re.compile(
    r"cookie|consent|banner|share|social|newsletter|breadcrumb|navigation|menu|skip", re.IGNORECASE
)
_CHROME_REASONS = {
    "cookie": "Cookie-Hinweis",
    "consent": "Cookie-Hinweis",
    "banner": "Hinweis der Seite",
    "share": "Teilen-Leiste",
    "social": "Teilen-Leiste",
    "newsletter": "Newsletter",
}
_HTML_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_HTML_BLOCKS = _HTML_HEADINGS | {
    "p",
    "li",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "address",
    "td",
    "th",
    "dd",
    "dt",
    "figcaption",
    "header",
    "footer",
    "ul",
    "ol",
    "table",
    "tr",
    "body",
    "pre",
    "caption",
}


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return lexicon.words("input/function_words.tsv")


def _short(line: str, words: int) -> bool:
    return len(line.split()) <= words and len(line) <= 90


def _heading_like(line: str, *, alone: bool, wrapped: bool) -> bool:
    """A line with no closing punctuation that does not end mid-phrase. In hard-wrapped text only a line
    that stands alone between blank lines, or a very short one, can be a heading."""
    words = line.split()
    return (
        bool(words)
        and not _TERMINAL.search(line)
        and (_short(line, 8) if wrapped and not alone else len(words) <= 20 and len(line) <= 160)
        and words[-1].lower() not in _function_words()
        and not BULLET.match(line)
    )


def _alone(lines: list[str], i: int) -> bool:
    """Whether line ``i`` has no text line directly before or after it."""
    before = i == 0 or not lines[i - 1].strip()
    after = i + 1 == len(lines) or not lines[i + 1].strip()
    return before and after


def _contact_mask(lines: list[str]) -> list[bool]:
    """Which lines form contact blocks: a header or contact line and the short lines around it."""
    mask = [False] * len(lines)

    def shortish(i: int) -> bool:
        line = lines[i].strip()
        return bool(line) and (
            bool(_CONTACT_LINE.search(line)) or (_short(line, 8) and not _SENTENCE_END.search(line))
        )

    for i, raw in enumerate(lines):
        line = raw.strip()
        seed = bool(_CONTACT_HEADER.match(line)) or (bool(_CONTACT_LINE.search(line)) and _short(line, 8))
        if not seed or mask[i]:
            continue
        j = i
        while j + 1 < len(lines) and shortish(j + 1):
            j += 1
        k = i
        if not _CONTACT_HEADER.match(line):
            while (
                k - 1 >= 0
                and i - k < 3
                and shortish(k - 1)
                and not _CONTACT_HEADER.match(lines[k - 1].strip())
            ):
                k -= 1
            if k - 1 >= 0 and _CONTACT_HEADER.match(lines[k - 1].strip()):
                k -= 1
        for n in range(k, j + 1):
            mask[n] = True
    return mask


def parse_text(text: str, *, wrapped: bool | None = None) -> list[Block]:
    """Plain text: blank lines separate paragraphs; short unpunctuated lines are headings; bullets are list
    items; contact lines are kept as lines.

    Hard-wrapped text (``wrapped``; detected as blank lines between paragraphs and no long line) joins its
    lines; otherwise a line that ends a sentence ends its paragraph.
    """
    lines = [line.rstrip() for line in text.replace("\u00a0", " ").split("\n")]
    if wrapped is None:
        wrapped = any(not line.strip() for line in lines[1:-1]) and max(map(len, lines)) <= _WRAP_WIDTH
    contact = _contact_mask(lines)
    blocks: list[Block] = []
    paragraph: list[str] = []
    contact_lines: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block("paragraph", " ".join(paragraph)))
            paragraph.clear()
        if contact_lines:
            blocks.append(Block("contact", "\n".join(contact_lines)))
            contact_lines.clear()

    for i, raw in enumerate(lines):
        line = " ".join(raw.split())
        if not line:
            flush()
            continue
        if contact[i]:
            if paragraph:
                blocks.append(Block("paragraph", " ".join(paragraph)))
                paragraph.clear()
            contact_lines.append(raw.strip())  # as written: a contact line passes through unchanged
            continue
        if contact_lines:
            flush()
        if (bullet := BULLET.match(line)) is not None:
            flush()
            blocks.append(Block("list", line[bullet.end() :]))
        elif _heading_like(line, alone=_alone(lines, i), wrapped=wrapped) and not (
            paragraph and (line[0].islower() or not _SENTENCE_END.search(paragraph[-1]))
        ):
            flush()
            blocks.append(Block("heading", line))
        else:
            paragraph.append(line)
            if not wrapped and _SENTENCE_END.search(line):
                flush()
    flush()
    return blocks


def _chrome(tag, in_article: bool) -> str | None:
    """Why an element is page furniture around the article (German reason), or None."""
    if tag.name in {"html", "body", "article", "main"}:
        return None
    attrs = " ".join([tag.get("id") or "", *(tag.get("class") or []), tag.get("role") or ""])
    if (match := _HTML_CHROME_ATTR.search(attrs)) is not None:
        return _CHROME_REASONS.get(match.group(0).lower(), "Navigation")
    if tag.name in _HTML_CHROME:
        return "Navigation"
    if tag.name in {"header", "footer"} and not in_article:
        return "Kopf- oder Fußzeile der Seite"
    return None


def _elements(root, *, in_article: bool = False) -> Iterator[tuple[object, bool]]:
    """The nodes under ``root`` in document order with whether they are inside an article, without
    recursion (pages nested thousands of levels deep are read like flat ones); a ``_Close`` marker follows
    the children of every tag. Scripts, styles and the like are skipped with their content."""
    from bs4 import Tag

    stack: list[tuple[object, bool]] = [(child, in_article) for child in reversed(list(root.children))]
    while stack:
        node, inside = stack.pop()
        yield node, inside
        if isinstance(node, Tag) and node.name not in _HTML_DROP:
            inner = inside or node.name == "article"
            stack.append((_Close(node), inner))
            stack.extend((child, inner) for child in reversed(list(node.children)))


class _Close:
    """The end of a tag's children in :func:`_elements`."""

    __slots__ = ("tag",)

    def __init__(self, tag) -> None:
        self.tag = tag


def _skipping_chrome(root, removed: list[Removed]) -> Iterator[object]:
    """The nodes of :func:`_elements` without page furniture; each piece of furniture goes to ``removed``."""
    from bs4 import NavigableString, Tag

    skip: object | None = None
    for node, inside in _elements(root, in_article=root.name == "article"):
        if skip is not None:
            if isinstance(node, _Close) and node.tag is skip:
                skip = None
            continue
        if isinstance(node, Tag) and node.name not in _HTML_DROP and (reason := _chrome(node, inside)):
            text = " ".join(str(n) for n, _inside in _elements(node) if type(n) is NavigableString)
            text = " ".join(text.split())
            if text:
                removed.append(Removed(text, reason))
            skip = node
            continue
        yield node


def _root(soup, removed: list[Removed]):
    """The article (or main, or body) of a page, looking past furniture such as teasers in an aside; the
    furniture of the whole page goes to ``removed``."""
    from bs4 import Tag

    found: dict[str, object] = {}
    for node in _skipping_chrome(soup, removed):
        if isinstance(node, Tag) and node.name in {"article", "main"}:
            found.setdefault(node.name, node)
    return found.get("article") or found.get("main") or soup.body or soup


def parse_html(html: str, *, soft_breaks: bool = False) -> tuple[list[Block], list[Removed]]:
    """HTML: headings, list items and paragraphs; scripts and styles dropped; page furniture removed.

    With ``soft_breaks`` (HTML made from Markdown) a line break in the text is a line of the source,
    which matters for contact blocks; in real HTML it is only white space. The tree is walked without
    recursion, so any depth of nesting is read.
    """
    from bs4 import BeautifulSoup, NavigableString, Tag

    soup = BeautifulSoup(html, "html.parser")
    removed: list[Removed] = []
    blocks: list[Block] = []
    buffer: list[str] = []

    def flush(kind: str = "paragraph") -> None:
        text = "".join(buffer)
        buffer.clear()
        lines = [" ".join(line.split()) for line in text.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            return
        if kind == "paragraph":
            blocks.extend(parse_text("\n".join(lines), wrapped=soft_breaks or None))
        else:
            blocks.append(Block(kind, " ".join(lines)))  # type: ignore[arg-type]

    open_kinds: list[str] = []  # the headings and list items the walk is inside (their text is theirs)
    for node in _skipping_chrome(_root(soup, removed), []):
        if isinstance(node, _Close):
            if node.tag.name in _HTML_HEADINGS or node.tag.name == "li":
                flush(open_kinds.pop())
            elif node.tag.name in _HTML_BLOCKS:
                flush(open_kinds[-1] if open_kinds else "paragraph")
        elif type(node) is NavigableString:  # not a comment or CDATA
            buffer.append(str(node) if soft_breaks else str(node).replace("\n", " "))
        elif isinstance(node, Tag) and node.name not in _HTML_DROP:
            if node.name == "br":
                buffer.append("\n")
            elif node.name in _HTML_HEADINGS or node.name == "li" or node.name in _HTML_BLOCKS:
                flush(open_kinds[-1] if open_kinds else "paragraph")
                if node.name in _HTML_HEADINGS or node.name == "li":
                    open_kinds.append("heading" if node.name in _HTML_HEADINGS else "list")
    flush()
    return blocks, removed


def markdown_html(text: str, name: str) -> str:
    """Markdown (CommonMark) as HTML; text nested deeper than ``_MARKDOWN_NESTING`` levels (a list item or
    quote is one or two), which markdown-it would leave out without a word, is refused."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"maxNesting": _MARKDOWN_NESTING})
    tokenize = md.block.tokenize
    limit = _MARKDOWN_NESTING

    def bounded(state, start: int, end: int, *args) -> None:
        if state.level >= limit and any(state.getLines(start, end, 0, False).split()):
            raise InputError(
                f"{name}: Markdown lists or quotes nested too deep (over {limit} levels): flatten them"
            )
        tokenize(state, start, end, *args)

    md.block.tokenize = bounded
    return md.render(text)


def parse(source: Source) -> tuple[list[Block], list[Removed]]:
    """Blocks of the release and what the format-specific reader dropped as page furniture."""
    if source.format == "html":
        return parse_html(source.text)
    if source.format in {"md", "docx"}:
        return parse_html(markdown_html(source.text, source.path or "<stdin>"), soft_breaks=True)
    return parse_text(source.text), []
