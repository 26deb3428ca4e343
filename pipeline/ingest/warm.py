"""Imported once by the forkserver (pipeline.ingest.deadline): load everything a document needs.

The models, gazetteers and rule files load lazily on first use (~4 s here). Loading them
once in the forkserver, before it forks the children that read the documents, means every
child starts with them in memory (shared, copy-on-write) instead of loading them again for each document.
"""

from __future__ import annotations

import logging

from pipeline.process import warm_up

try:
    warm_up()
except Exception:  # a failed warm-up only costs time: each child then loads what it needs itself
    logging.getLogger(__name__).exception("warm-up failed")
