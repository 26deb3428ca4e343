"""Functions the deadline tests run in a child process: importable by name, and light (stdlib only), so a
child starts fast even on a loaded machine."""

from __future__ import annotations

import os
import re

from pipeline.ingest.deadline import stage


def stuck_in(where: str) -> None:
    """Say where the child is, then spin inside the regex engine."""
    stage(where)
    re.fullmatch(r"(a+)+b", "a" * 64)


def allocate(megabytes: int) -> int:
    """Need `megabytes` of memory at once."""
    stage("while allocating")
    return len(bytearray(megabytes * 2**20))


def pid() -> int:
    """Which process answered."""
    return os.getpid()


def fail() -> None:
    """Raise in the child."""
    raise ValueError("no such page")


def frozen_objects() -> int:
    """How many objects the child inherited outside the garbage collector's sight (gc.freeze)."""
    import gc

    return gc.get_freeze_count()


def votes_rules_around_a_danish_document() -> tuple[int, int]:
    """How many languages' votes rules the child holds before and after it reads a short Danish decision."""
    from pipeline.extract.votes.lexicon import lexicon
    from pipeline.ingest.pull import Source
    from pipeline.process import Options, analyse

    before = lexicon.cache_info().currsize
    text = "Byrådet\n\nSag 4/2024: Venskabsby\n\nByrådet godkendte aftalen med Lübeck enstemmigt.\n"
    assert analyse(text.encode("utf-8"), Source("referat.txt"), Options()).document.language == "da"
    return before, lexicon.cache_info().currsize
