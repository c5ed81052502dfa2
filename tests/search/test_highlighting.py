"""Search results show where the words were found, highlighted by the service on backends
without a highlighter, and never as markup taken from content or query."""

from django.db import connection

from search.highlighting import Fragment, highlight
from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory


def marked(fragments: list[Fragment]) -> str:
    return "".join(f"[{f.text}]" if f.match else f.text for f in fragments)


def test_words_starting_with_a_query_term_are_marked_whatever_their_case():
    text = "Die Familie steht über allem. Familien halten zusammen; familiär ist gut."
    assert marked(highlight(text, "familie")) == (
        "Die [Familie] steht über allem. [Familien] halten zusammen; familiär ist gut."
    )


def test_a_long_text_is_cut_around_the_first_match():
    text = " ".join(f"Wort{i}" for i in range(100)) + " Schule " + "Ende " * 50
    fragments = highlight(text, "schule")
    rendered = marked(fragments)
    assert rendered.startswith("… ") and rendered.endswith(" …")
    assert "[Schule]" in rendered and "Wort0 " not in rendered
    assert len(rendered.split()) <= 45


def test_without_a_match_the_snippet_is_the_beginning_of_the_text():
    assert marked(highlight("Ein kurzer Text.", "Polizei")) == "Ein kurzer Text."
    assert highlight("", "Polizei") == []


def test_results_page_marks_the_match_and_escapes_everything(client, home):
    index = NarrativeIndexPageFactory(parent=home)
    NarrativePageFactory(
        parent=index,
        title="Die Polizei ist gegen uns",
        introduction="<b>Fett</b> gemeint: Viele sagen, die Polizei sei gegen sie.",
        negative_narrative="Die Polizei ist gegen uns.",
    )
    html = client.get("/de/suche/", {"q": "Polizei"}).content.decode()
    assert "<mark>Polizei</mark>" in html
    assert "<b>Fett</b>" not in html
    if connection.vendor != "postgresql":  # ts_headline drops tag-like text instead
        assert "&lt;b&gt;Fett&lt;/b&gt;" in html
