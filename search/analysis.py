"""Each language's text analysis on the engine, built with the client's DSL.

Word lists are inline in the index settings rather than files in the node's config directory,
so an index can be created on any OpenSearch or Elasticsearch cluster without shell access to
its nodes (a curated list of a hundred-odd words is small).
"""

from functools import cache
from pathlib import Path
from types import ModuleType

WORDLISTS = Path(__file__).parent / "wordlists"

# Lucene's GermanNormalizationFilter, for the word list (the text passes the filter itself).
GERMAN_FOLDING = {"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "ae": "a", "oe": "o", "ue": "u"}


def german_normalise(word: str) -> str:
    folded = word.lower()
    for source, target in GERMAN_FOLDING.items():
        folded = folded.replace(source, target)
    return folded


@cache
def german_compound_parts() -> tuple[str, ...]:
    lines = (WORDLISTS / "german_compound_parts.txt").read_text(encoding="utf-8").splitlines()
    words = {german_normalise(line.strip()) for line in lines if line.strip()[:1].isalpha()}
    return tuple(sorted(words))


def text_analyzer(dsl: ModuleType, language: str) -> object:
    """The analyzer of titles and texts in a language (de-x-ls is German too)."""
    base = language.split("-")[0]
    if base == "de":
        return dsl.analyzer(
            "text_de",
            tokenizer="standard",
            # Normalise first (ä→a, ue→u, ß→ss: "Muetter" and "Mütter" meet; é→e: "Elterncafe"
            # finds "Elterncafé"), then split compounds against the word list normalised the
            # same way, then stem the parts.
            filter=[
                "lowercase",
                dsl.token_filter("de_stop", "stop", stopwords="_german_"),
                "german_normalization",
                "asciifolding",
                dsl.token_filter(
                    "de_compound_parts",
                    "dictionary_decompounder",
                    word_list=list(german_compound_parts()),
                    min_subword_size=4,
                    only_longest_match=False,
                ),
                dsl.token_filter("de_stemmer", "stemmer", language="light_german"),
            ],
        )
    if base == "en":
        return dsl.analyzer(
            "text_en",
            tokenizer="standard",
            filter=[
                dsl.token_filter("en_possessive", "stemmer", language="possessive_english"),
                "lowercase",
                dsl.token_filter("en_stop", "stop", stopwords="_english_"),
                "asciifolding",
                dsl.token_filter("en_stemmer", "stemmer", language="english"),
            ],
        )
    if base == "tr":
        return dsl.analyzer(
            "text_tr",
            tokenizer="standard",
            # "Essen'de" → "essen"; dotted and dotless i lower-cased the Turkish way, stemmed,
            # then folded so that people typing without Turkish letters still find the words.
            filter=[
                "apostrophe",
                dsl.token_filter("tr_lowercase", "lowercase", language="turkish"),
                dsl.token_filter("tr_stop", "stop", stopwords="_turkish_"),
                dsl.token_filter("tr_stemmer", "stemmer", language="turkish"),
                "asciifolding",
            ],
        )
    if base == "ar":
        return dsl.analyzer(
            "text_ar",
            tokenizer="standard",
            # Alef variants, teh marbuta, diacritics and tatweel normalised; light stemming.
            filter=[
                "lowercase",
                "decimal_digit",
                dsl.token_filter("ar_stop", "stop", stopwords="_arabic_"),
                "arabic_normalization",
                dsl.token_filter("ar_stemmer", "stemmer", language="arabic"),
            ],
        )
    # Kurmanji (kmr) has no stemmer in the engines: folding at least (ê→e, ç→c, ş→s).
    return dsl.analyzer("text_folded", tokenizer="standard", filter=["lowercase", "asciifolding"])


def suggest_analyzer(dsl: ModuleType, language: str) -> object:
    """As-you-type matching on titles: whole words folded, no stemming (prefixes must stay)."""
    filters = ["lowercase", "asciifolding"]
    if language.startswith("de"):
        filters = ["lowercase", "german_normalization", "asciifolding"]
    elif language.startswith("ar"):
        filters = ["lowercase", "arabic_normalization"]
    elif language.startswith("tr"):
        filters = ["apostrophe", "asciifolding"]
        filters.insert(1, dsl.token_filter("tr_lowercase", "lowercase", language="turkish"))
    return dsl.analyzer(f"suggest_{language}", tokenizer="standard", filter=filters)
