"""Relevance, measured: the judged queries (judged_queries.toml) run against a backend, scored
by recall@10 (the share of a query's relevant pages among the first ten results) and mean
reciprocal rank (1 / the rank of the first relevant result; 0 when none is in the ten)."""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from wagtail.models import Page

from .backends import SearchBackend
from .services import normalise_query

JUDGEMENTS = Path(__file__).with_name("judged_queries.toml")
TOP = 10


@dataclass(frozen=True)
class Judgement:
    language: str
    query: str
    relevant: tuple[str, ...]  # German slugs


@dataclass(frozen=True)
class Score:
    judgement: Judgement
    recall: float
    reciprocal_rank: float


def judgements(path: Path = JUDGEMENTS) -> list[Judgement]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [
        Judgement(entry["language"], entry["query"], tuple(entry["relevant"]))
        for entry in data["queries"]
    ]


def resolve(judgement: Judgement) -> set[int]:
    """Ids of the relevant pages in the query's language (their translations of the German
    pages the judgement names)."""
    keys = Page.objects.filter(locale__language_code="de", slug__in=judgement.relevant).values(
        "translation_key"
    )
    found = set(
        Page.objects.filter(
            translation_key__in=keys,
            locale__language_code=judgement.language,
            alias_of__isnull=True,
            live=True,
        ).values_list("pk", flat=True)
    )
    if len(found) != len(judgement.relevant):
        raise LookupError(
            f"{judgement.language} {judgement.query!r}: {len(judgement.relevant)} pages judged "
            f"relevant, {len(found)} exist in that language (load the demo content first)"
        )
    return found


def score(backend: SearchBackend, judgement: Judgement) -> Score:
    relevant = resolve(judgement)
    outcome = backend.search(normalise_query(judgement.query), judgement.language, {}, 0, TOP)
    ranked = [hit.page_id for hit in outcome.hits]
    first = next((rank for rank, pk in enumerate(ranked, 1) if pk in relevant), None)
    return Score(
        judgement,
        recall=len(relevant & set(ranked)) / len(relevant),
        reciprocal_rank=1 / first if first else 0.0,
    )


@dataclass(frozen=True)
class Summary:
    queries: int
    recall: float
    mrr: float


def summarise(scores: list[Score]) -> Summary:
    count = len(scores)
    return Summary(
        count,
        recall=sum(s.recall for s in scores) / count if count else 0.0,
        mrr=sum(s.reciprocal_rank for s in scores) / count if count else 0.0,
    )
