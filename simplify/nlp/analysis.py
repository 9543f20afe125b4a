"""Sentences and tokens (SoMaJo), tags, lemmas and morphemes (HanTa), each computed once and cached."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import metadata

from simplify import cache, lexicon
from simplify.document import Token

# SoMaJo token classes that are not words of the sentence and get no HanTa analysis of their own.
_VERBATIM_KINDS = {"email_address", "URL", "XML_tag", "XML_entity", "hashtag", "mention"}
_MORPHEME_POS = ("NN", "NE", "ADJ")
_WORD_CACHE = 200_000
_TEXT_CACHE = 20_000
"""Texts whose analysis is kept: the post-processing, the checker, the fact guard and ``evaluate`` analyse
the same sentences again (a rewritten line, a source sentence), each analysis is made once."""
MAX_WORD = 64
"""Longer tokens are no words of the language (noise, an attack, a hash): HanTa's analysis costs time that
grows faster than their length (a 2,000-letter token takes a minute), so they are tagged FM unanalysed."""
_STAND_IN = "Xyz"
_STORE_LAYOUT = 1

RawToken = tuple[str, str, bool]
"""A SoMaJo token as (text, token class, space after)."""


@lru_cache(maxsize=1)
def _splitter():
    from somajo import SoMaJo

    splitter = SoMaJo("de_CMC", split_camel_case=False, split_sentences=True)
    _skip_emoji_pass_without_emoji(splitter._tokenizer)
    return splitter


def _skip_emoji_pass_without_emoji(tokenizer) -> None:
    """SoMaJo 2.5 looks for emoji in every token by running two regular expressions on each of its
    graphemes (compiled anew each time): 15 % of the analysis. A token without any character those
    expressions look for (pictographs, emoji presentation, variation selector 16) has no emoji, and
    SoMaJo's pass would leave it as it is; only the other tokens go through it."""
    import regex

    emoji = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\uFE0F]")
    split_emojis = tokenizer._split_emojis

    def split_if_emoji(node, token_class: str = "emoticon") -> None:
        if emoji.search(node.value.text):
            split_emojis(node, token_class)

    tokenizer._split_emojis = split_if_emoji


@lru_cache(maxsize=1)
def _tagger():
    from HanTa import HanoverTagger

    class Tagger(HanoverTagger.HanoverTagger):
        def reachable(self) -> None:
            """HanTa's table of the states that can lead to each final state, found by a search over the
            predecessors instead of HanTa's repeated scans of all transitions (0.2 s at every start)."""
            predecessors: dict[int, set[int]] = {}
            for (_, state), followers in self.LP_trans.items():
                for follower in followers:
                    predecessors.setdefault(follower, set()).add(state)
            self.reachability = {}
            for final in (c for c in self.int2tag if c < 0):
                found: set[int] = set()
                todo = [final]
                while todo:
                    new = predecessors.get(todo.pop(), set()) - found
                    found |= new
                    todo.extend(new)
                self.reachability[final] = frozenset(found)

    tagger = Tagger("morphmodel_ger.pgz")
    # HanTa analyses every word afresh in each sentence it tags (its own cache holds only the model's
    # frequent words). Both analyses depend on the word alone, so caching them per word gives the same
    # tags and lemmas in a third of the time on text not seen before; the persistent store keeps them
    # for the next process (and the other workers of a batch).
    for name in ("analyze_forward", "analyze_viterbi"):
        setattr(tagger, name, lru_cache(maxsize=_WORD_CACHE)(_stored(name, getattr(tagger, name))))
    return tagger


@lru_cache(maxsize=1)
def store_name() -> str:
    """The persistent store of HanTa's word analyses, by HanTa's version."""
    return f"hanta-{metadata.version('HanTa')}-{_STORE_LAYOUT}"


def _stored(name: str, analysis):
    """HanTa's ``analysis`` as a tuple of tuples, from the store when it has it (each analysis is a list of
    pairs of numbers: JSON keeps them exactly). The store is this process's (a forked worker opens its
    own), or None when stores are off."""

    def stored(*args) -> tuple:
        store = cache.store(store_name())
        if store is None:
            return tuple(analysis(*args))
        key = "\t".join([name, *map(str, args)])
        found = store.get(key)
        if found is None:
            found = [tuple(pair) for pair in analysis(*args)]
            store.put(key, found)
        return tuple(tuple(pair) for pair in found)

    return stored


@lru_cache(maxsize=_WORD_CACHE)
def word_morphemes(word: str) -> tuple[tuple[str, str], ...]:
    """HanTa's morpheme analysis of one word, e.g. Stadtverwaltung -> (stadt, NN), (verwaltung, NN)."""
    if not word:
        return ()
    if len(word) > MAX_WORD:
        return ((word.lower(), "FM"),)
    _lemma, morphemes, _tag = _tagger().analyze(word, taglevel=3)
    return tuple((m, label) for m, label in morphemes)


@lru_cache(maxsize=_WORD_CACHE)
def word_analysis(word: str) -> tuple[str, str]:
    """HanTa's lemma and plain STTS tag of one word on its own, out of context ("dazugehören" -> a verb)."""
    lemma, tag = _tagger().analyze(word)
    return lemma, _stts(tag)


def clear_caches() -> None:
    """Forget every analysis made so far (for benchmarks that must start from scratch)."""
    _tag.cache_clear()
    _split.cache_clear()
    _tokenized.cache_clear()
    analyse_sentence.cache_clear()
    word_morphemes.cache_clear()
    tagger = _tagger()
    tagger.analyze_forward.cache_clear()
    tagger.analyze_viterbi.cache_clear()


def _stts(tag: str) -> str:
    """HanTa writes some STTS tags with brackets (``VA(FIN)``); return the plain tag (``VAFIN``)."""
    return tag.replace("(", "").replace(")", "")


@lru_cache(maxsize=50_000)
def _tag(words: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(lemma, STTS tag) per word; cached per sentence because HanTa tags in context."""
    tagged = _tagger().tag_sent([_STAND_IN if len(w) > MAX_WORD else w for w in words], taglevel=1)
    return tuple(
        (word, "FM") if len(word) > MAX_WORD else (lemma, _stts(tag))
        for word, (_word, lemma, tag) in zip(words, tagged, strict=True)
    )


def analyse(raw: Iterable[RawToken]) -> tuple[Token, ...]:
    """Analyse SoMaJo-style tokens given as (text, token class, space after)."""
    raw = list(raw)
    if not raw:
        return ()
    tags = _tag(tuple(text for text, _kind, _space in raw))
    tokens = []
    for (text, kind, space), (lemma, pos) in zip(raw, tags, strict=True):
        if kind in _VERBATIM_KINDS:
            pos, lemma = "XY", text
        morphemes = word_morphemes(text) if pos.startswith(_MORPHEME_POS) and text.isalpha() else ()
        tokens.append(Token(text, pos, lemma, morphemes, kind, space))
    return tuple(tokens)


def split(text: str) -> list[list[RawToken]]:
    """SoMaJo sentences of a text, as raw (text, class, space after) tokens."""
    return [list(sentence) for sentence in _split(text)]


@lru_cache(maxsize=_TEXT_CACHE)
def _split(text: str) -> tuple[tuple[RawToken, ...], ...]:
    return tuple(
        tuple(part)
        for sentence in _splitter().tokenize_text([text])
        for part in _after_numbers([(t.text, t.token_class, bool(t.space_after)) for t in sentence])
    )


# SoMaJo reads a number that ends a sentence as an ordinal ("in der Hafenstraße 40. Der Standort ..."). An
# ordinal is followed by its noun, adjective or month, never by a capitalised article, pronoun or preposition
# (data/nlp/sentence_openers.tsv): there the sentence ends.


def _after_numbers(sentence: list[RawToken]) -> list[list[RawToken]]:
    """The sentence cut after every "number." that a capitalised article, pronoun or preposition follows."""
    parts: list[list[RawToken]] = [[]]
    for index, (text, kind, space) in enumerate(sentence):
        following = sentence[index + 1][0] if index + 1 < len(sentence) else ""
        if (
            kind == "ordinal"
            and text[:-1].isdigit()
            and following[:1].isupper()
            and following.lower() in lexicon.words("nlp/sentence_openers.tsv")
        ):
            parts[-1] += [(text[:-1], "number", False), (".", "symbol", space)]
            parts.append([])
        else:
            parts[-1].append((text, kind, space))
    return [part for part in parts if part]


def tokenize(text: str) -> list[tuple[Token, ...]]:
    """Split free text into analysed sentences (used for rewritten output as well)."""
    return list(_tokenized(text))


@lru_cache(maxsize=_TEXT_CACHE)
def _tokenized(text: str) -> tuple[tuple[Token, ...], ...]:
    return tuple(analyse(raw) for raw in _split(text))


@lru_cache(maxsize=_TEXT_CACHE)
def analyse_sentence(text: str) -> tuple[Token, ...]:
    """Analyse text as one unit, even where SoMaJo would see several sentences."""
    return analyse([tok for sentence in _split(text) for tok in sentence])
