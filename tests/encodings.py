"""Counting image encodings: Wagtail's Filter.run, called through, once per rendition made."""

import threading

import pytest
from wagtail.images.models import Filter


class Encodings:
    def __init__(self) -> None:
        self.specs: list[str] = []
        self._lock = threading.Lock()

    def add(self, spec: str) -> None:
        with self._lock:
            self.specs.append(spec)

    def __len__(self) -> int:
        return len(self.specs)


@pytest.fixture
def encodings(monkeypatch: pytest.MonkeyPatch) -> Encodings:
    counted = Encodings()
    run = Filter.run

    def counting_run(self: Filter, image: object, output: object, source: object = None) -> object:
        counted.add(self.spec)
        return run(self, image, output, source=source)

    monkeypatch.setattr(Filter, "run", counting_run)
    return counted
