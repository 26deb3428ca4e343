"""A progress bar for long runs that switches off cleanly for scheduled runs."""

from __future__ import annotations

from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress


class Progress:
    def __init__(self, total: int, *, enabled: bool) -> None:
        self._bar = (
            RichProgress(
                TextColumn("[bold]documents"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.description}"),
                transient=False,
            )
            if enabled
            else None
        )
        self._total = total
        self._task = None

    def __enter__(self) -> Progress:
        if self._bar:
            self._bar.start()
            self._task = self._bar.add_task("", total=self._total)
        return self

    def advance(self, label: str) -> None:
        if self._bar:
            self._bar.update(self._task, advance=1, description=label[-50:])

    def __exit__(self, *exc: object) -> None:
        if self._bar:
            self._bar.stop()
