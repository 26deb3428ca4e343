"""The partner-city cue lexicon of one language (models/partner_cities.json), compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.rules import load_json

_FILE = "partner_cities.json"


@dataclass(frozen=True)
class Cue:
    """A cue found in the text: its char span and the relation it names (None for non-relation cues)."""

    start: int
    end: int
    relation: str | None = None


@dataclass(frozen=True)
class Lexicon:
    relations: dict[str, tuple[re.Pattern, ...]]
    generic: tuple[re.Pattern, ...]
    project_context: tuple[re.Pattern, ...]
    exclude_before: tuple[re.Pattern, ...]
    following_words: frozenset[str]
    since: tuple[re.Pattern, ...]
    start_events: tuple[re.Pattern, ...]
    renewals: tuple[re.Pattern, ...]
    relation_nouns: tuple[re.Pattern, ...]
    respectively: tuple[re.Pattern, ...]

    def relation_cues(self, text: str, offset: int = 0) -> list[Cue]:
        """Every phrase in `text` that names a relation type, with document offsets."""
        return [
            Cue(offset + m.start(), offset + m.end(), relation)
            for relation, patterns in self.relations.items()
            for pattern in patterns
            for m in pattern.finditer(text.lower())
        ]

    def cues(self, patterns: tuple[re.Pattern, ...], text: str, offset: int = 0) -> list[Cue]:
        return [Cue(offset + m.start(), offset + m.end()) for p in patterns for m in p.finditer(text.lower())]

    def any(self, patterns: tuple[re.Pattern, ...], text: str) -> bool:
        lowered = text.lower()
        return any(p.search(lowered) for p in patterns)


def settings() -> dict:
    """The language-independent settings (priorities, thresholds) of the lexicon file."""
    return load_json(_FILE)


def _compile(items: list[str]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(item) for item in items)


@cache
def lexicon(language: str) -> Lexicon:
    """The cue lexicon for `language` merged with the common (English) cues."""
    data = settings()
    own = data["languages"][language]
    common = data["common"]

    def merged(key: str) -> list[str]:
        return own.get(key, []) + common.get(key, [])

    relations = {
        rel: _compile(own.get("relations", {}).get(rel, []) + common["relations"].get(rel, []))
        for rel in data["relation_priority"]
    }
    return Lexicon(
        relations=relations,
        generic=_compile(merged("generic")),
        project_context=_compile(merged("project_context")),
        exclude_before=_compile(merged("exclude_before")),
        following_words=frozenset(merged("following_words")),
        since=_compile(merged("since")),
        start_events=_compile(merged("start_events")),
        renewals=_compile(merged("renewals")),
        relation_nouns=_compile(merged("relation_nouns")),
        respectively=_compile(merged("respectively")),
    )
