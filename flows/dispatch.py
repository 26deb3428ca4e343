"""Documents handed to the task runner largest first, never more at a time than it reads at once.

A runner starts what it is given in the order given. Handed every document as its bytes arrived,
the largest could start last and keep one worker busy while the others sat idle at the end of the
run. Held here instead, each place that frees takes the largest document waiting (by bytes, which
follow pages closely), so a run ends on its small documents. Lookups (reading bytes, the cache)
go on in a thread of their own, so a slow download never keeps a finished place waiting.
"""

from __future__ import annotations

import contextvars
import heapq
import itertools
import queue
import threading
from collections.abc import Callable, Iterable, Iterator

from prefect.futures import PrefectFuture
from prefect.task_runners import TaskRunner

from pipeline.dataset.cache import Lookup
from pipeline.dataset.results import DocResult

_END = object()  # the last lookup has arrived


class _Failed:
    """What the lookup thread raised, handed to the caller to raise again."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


class LargestFirst:
    """Submit lookups to `runner` (started by `start` at the first one) largest first, `places` at a time
    (None: all at once, e.g. a Dask cluster whose size this process does not know)."""

    def __init__(self, submit: Callable[[TaskRunner, Lookup], PrefectFuture], start: Callable[[], TaskRunner],
                 places: int | None) -> None:
        self.submit, self.start, self.places = submit, start, places
        self.runner: TaskRunner | None = None
        self.waiting: list[tuple[int, int, Lookup]] = []
        self.running: dict[PrefectFuture, Lookup] = {}
        self.events: queue.SimpleQueue = queue.SimpleQueue()
        self.order = itertools.count()  # among documents of one size, the first to arrive

    def _feed(self, lookups: Iterable[Lookup]) -> None:
        try:
            for lookup in lookups:
                self.events.put(lookup)
        except BaseException as exc:  # raised again in the caller's thread
            self.events.put(_Failed(exc))
        self.events.put(_END)

    def _fill(self) -> None:
        while self.waiting and (self.places is None or len(self.running) < self.places):
            lookup = heapq.heappop(self.waiting)[2]
            self.runner = self.runner or self.start()
            future = self.submit(self.runner, lookup)
            lookup.data = None  # the task holds the bytes now
            self.running[future] = lookup
            future.add_done_callback(self.events.put)

    def run(self, lookups: Iterable[Lookup]) -> Iterator[tuple[Lookup, DocResult]]:
        """Each lookup that needs no processing as it arrives, paired with its own result, then each processed
        one as it finishes, paired with the task's result."""
        feeder = threading.Thread(target=contextvars.copy_context().run, args=(self._feed, lookups), daemon=True)
        feeder.start()
        looking = True
        while looking or self.running:
            event = self.events.get()
            if event is _END:
                looking = False
            elif isinstance(event, _Failed):
                raise event.error
            elif isinstance(event, Lookup):
                if event.result is not None:
                    yield event, event.result
                    continue
                heapq.heappush(self.waiting, (-event.size, next(self.order), event))
                self._fill()
            else:
                lookup = self.running.pop(event)
                self._fill()
                yield lookup, event.result()
        feeder.join()
