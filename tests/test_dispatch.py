"""The flow hands documents to its runner largest first, no more at a time than the runner reads at once."""

from __future__ import annotations

import threading
from concurrent.futures import Future

import pytest

from flows.dispatch import LargestFirst
from pipeline.dataset.cache import Lookup
from pipeline.ingest.pull import Source
from pipeline.process import failed


def lookup(name: str, size: int, cached: bool = False) -> Lookup:
    source = Source(name)
    return Lookup(source, key=name, doc_id=name, result=failed(source, "cached") if cached else None, size=size)


class Runner:
    """Finishes every document at once, except the first, which waits until every lookup has arrived."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.arrived = threading.Event()
        self.busy = 0
        self.most_busy = 0

    def submit(self, _runner: object, item: Lookup) -> Future:
        self.started.append(item.source.location)
        future: Future = Future()
        self.busy += 1
        self.most_busy = max(self.most_busy, self.busy)

        def finish() -> None:
            self.busy -= 1
            future.set_result(failed(item.source, "read"))

        if len(self.started) == 1:
            threading.Thread(target=lambda: (self.arrived.wait(10), finish())).start()
        else:
            finish()
        return future

    def lookups(self, items: list[Lookup]):
        yield from items
        self.arrived.set()


@pytest.mark.parametrize("places", [1, 2])
def test_waiting_documents_start_largest_first_and_never_more_than_the_places(places):
    runner = Runner()
    items = [lookup("first", 1), lookup("small", 2), lookup("large", 90), lookup("cached", 500, cached=True),
             lookup("middle", 40), lookup("tiny", 1)]
    dispatch = LargestFirst(runner.submit, lambda: "pool", places)
    done = {item.source.location: result.document.error for item, result in dispatch.run(runner.lookups(items))}
    assert done == {"first": "read", "small": "read", "large": "read", "cached": "cached", "middle": "read",
                    "tiny": "read"}
    waiting = ["large", "middle", "small", "tiny"]
    assert runner.started == ["first", *waiting] if places == 1 else runner.started[0] == "first"
    assert runner.most_busy <= places


def test_a_run_with_every_document_cached_starts_no_runner():
    started = []
    dispatch = LargestFirst(lambda runner, item: None, lambda: started.append("pool"), 2)
    items = [lookup("a", 5, cached=True), lookup("b", 7, cached=True)]
    assert [item.source.location for item, _ in dispatch.run(iter(items))] == ["a", "b"]
    assert not started


def test_an_error_while_looking_up_is_raised_to_the_caller():
    def lookups():
        yield lookup("a", 5, cached=True)
        raise OSError("disk gone")

    dispatch = LargestFirst(lambda runner, item: None, lambda: "pool", 2)
    with pytest.raises(OSError, match="disk gone"):
        list(dispatch.run(lookups()))
