"""A progress bar on stderr for long runs that switches off cleanly for scheduled runs.

It names the document just done by its file name (a long path cut on the left says nothing).
"""

from __future__ import annotations

from pathlib import PurePosixPath

from rich.console import Console
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
                console=Console(stderr=True),
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
            self._bar.update(self._task, advance=1, description=short_name(label))

    def __exit__(self, *exc: object) -> None:
        if self._bar:
            self._bar.stop()


def short_name(location: str, width: int = 50) -> str:
    """A path's or URL's last part, cut on the right when longer than `width`."""
    name = PurePosixPath(location.rstrip("/")).name or location
    return name if len(name) <= width else name[: width - 1] + "…"
