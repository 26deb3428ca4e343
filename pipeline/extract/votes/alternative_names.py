"""Which listed alternative an alternative vote's result names, and by which name ("Ved alternativ votering
mellom A og B fikk X 9 stemmer"): the row is about the winner (DATASET.md: one row per vote)."""

from __future__ import annotations

from pipeline.extract.votes.tallies import normalised


def names_more_fully(subject: str, alternative: str) -> bool:
    """The result's subject names the alternative with more words around its head noun ('kommunedirektørens
    innstilling' for 'innstillingen', 'formannskapet si tilråding' for 'tilrådinga')."""
    said, listed = normalised(subject).split(), normalised(alternative).split()
    if len(said) <= len(listed):
        return False
    stem = listed[-1][: max(4, len(listed[-1]) - 2)]  # without a definite ending ("-en", "-a", "-et")
    return any(word.startswith(stem) for word in said)


def named_otherwise(subject: str, alternatives: tuple[str, str]) -> tuple[str, str] | None:
    """The listed alternative (winner, loser) a result names in other words: neither starts like the result's
    name, and only one shares a word stem with it ('framlegget til vedtak' for 'kommunedirektøren sitt framlegg')."""
    words = normalised(subject).split()
    stems = {w[:5] for w in words if len(w) >= 4}
    names = [(a, normalised(a)) for a in alternatives]
    if not words or any(name.startswith(words[0]) for _, name in names):
        return None
    sharing = [a for a, name in names if stems & {w[:5] for w in name.split() if len(w) >= 4}]
    if len(sharing) != 1:
        return None
    return sharing[0], next(a for a in alternatives if a is not sharing[0])
