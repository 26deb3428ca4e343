"""Imported once by the forkserver (pipeline.ingest.deadline): load everything a document needs.

The models, gazetteers and rule files load lazily on first use (~4 s here). Loading them
once in the forkserver, before it forks the children that read the documents, means every
child starts with them in memory (shared, copy-on-write) instead of loading them again for each document.
What was loaded is then moved out of the garbage collector's sight (`gc.freeze`): a child's full
collections would otherwise walk every loaded object again (~180,000), costing CPU and writing to
the pages it shares with its siblings, which copies them.
A pool worker that reads fewer documents than the warm-up has languages (flows.runners.light_worker_warm_up)
loads only what every document needs: building the three languages none of its documents is in (~2 s each)
would cost more than each child building its own document's. (A command-line run of so few documents starts no
loaded forkserver at all: deadline.prestart(shared_only=True).)
"""

from __future__ import annotations

import gc
import logging
import os

from pipeline.ingest.deadline import WARM_LANGUAGES
from pipeline.process import warm_up

try:
    warm_up(languages=os.environ.get(WARM_LANGUAGES) != "0", freeze=True)
except Exception:  # a failed warm-up only costs time: each child then loads what it needs itself
    logging.getLogger(__name__).exception("warm-up failed")
    gc.freeze()  # what did load
