"""Prints recall@10 and MRR of the judged queries per backend and language."""

from django.core.management.base import BaseCommand, CommandError, CommandParser

from search.backends import DatabaseSearch, EngineSearch, SearchBackend
from search.engine import configured_engine
from search.relevance import judgements, score, summarise


class Command(BaseCommand):
    help = "Evaluate search relevance against search/judged_queries.toml (needs the demo content)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--backend",
            choices=["database", "engine", "all"],
            default="all",
            help="Which backend to evaluate (the engine needs SEARCH_URL).",
        )
        parser.add_argument(
            "--misses", action="store_true", help="List the queries that miss relevant pages."
        )

    def handle(self, *args: object, backend: str, misses: bool, **options: object) -> None:
        backends: list[SearchBackend] = []
        if backend in ("database", "all"):
            backends.append(DatabaseSearch())
        if backend in ("engine", "all"):
            engine = configured_engine()
            if engine is None:
                if backend == "engine":
                    raise CommandError("SEARCH_URL is not set: there is no engine to evaluate.")
            else:
                backends.append(EngineSearch(engine))
        judged = judgements()
        for searcher in backends:
            self.stdout.write(f"{searcher.name}: {len(judged)} queries")
            try:
                scores = []
                for number, judgement in enumerate(judged, 1):
                    scores.append(score(searcher, judgement))
                    self.stdout.write(f"\r  {number}/{len(judged)}", ending="")
                self.stdout.write("")
            except LookupError as error:
                raise CommandError(str(error)) from error
            for language in sorted({s.judgement.language for s in scores}):
                summary = summarise([s for s in scores if s.judgement.language == language])
                self.stdout.write(
                    f"  {language}: recall@10 {summary.recall:.3f}  MRR {summary.mrr:.3f}  "
                    f"({summary.queries} queries)"
                )
            overall = summarise(scores)
            self.stdout.write(
                self.style.SUCCESS(
                    f"  all: recall@10 {overall.recall:.3f}  MRR {overall.mrr:.3f}  "
                    f"({overall.queries} queries)"
                )
            )
            if misses:
                for item in scores:
                    if item.recall < 1:
                        self.stdout.write(
                            f"    miss {item.judgement.language} {item.judgement.query!r}: "
                            f"recall {item.recall:.2f}"
                        )
