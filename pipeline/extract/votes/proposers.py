"""Who moved a proposal: declarations like "Silje Salomonsen (SV), tilleggsforslag:" matched to
the way a vote names the proposal ("Salomonsens forslag", "Forslag fra Mohamed", "Dalslåen sitt forslag")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.votes.lexicon import Lexicon
from pipeline.text.gated import gated

_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")


@dataclass(frozen=True)
class Proposer:
    name: str
    party: str | None  # None when the bracket holds no party code (e.g. an organisation)
    title: str | None = None  # a heading that names the proposal ("Forslag fra M. Grefstad (Ap)")
    start: int = 0


def declared(text: str, lex: Lexicon) -> list[Proposer]:
    """Proposers declared in `text`, in order of appearance."""
    found: list[tuple[int, Proposer]] = []
    for regex in lex.declarations:
        for m in gated(regex).finditer(text):
            party = (m.groupdict().get("party") or "").strip()  # a call to vote names no party
            name = " ".join(m.group("name").split())
            title = " ".join(m.group("title").split()) if m.groupdict().get("title") else None
            party_code = party if party and lex.is_party(party) else None
            found.append((m.start(), Proposer(name, party_code, title, m.start())))
    return [p for _, p in sorted(found, key=lambda item: item[0])]


def field_proposer(text: str, lex: Lexicon) -> Proposer | None:
    """The mover a member's proposal item names in a field of its own ("Forslagsstiller: Ida Søgaard (Ø)")."""
    for regex in lex.proposer_fields:
        if m := regex.search(text):
            party = (m.groupdict().get("party") or "").strip()
            return Proposer(" ".join(m.group("name").split()), party if party and lex.is_party(party) else None)
    return None


def _stems(token: str, lex: Lexicon) -> set[str]:
    stems = {token}
    for suffix in lex.genitive_suffixes:
        if token.endswith(suffix) and len(token) > len(suffix) + 1:
            stems.add(token[: -len(suffix)])
    return stems


def resolve(subject: str | None, proposers: list[Proposer], lex: Lexicon) -> Proposer | None:
    """The declared proposer a subject names by surname (or another name part), if any."""
    if not subject or not proposers:
        return None
    tokens = [t for t in _TOKEN.findall(subject) if t[0].isupper()]
    for position in (-1, None):  # surname first, then any part of the name
        for token in tokens:
            stems = _stems(token, lex)
            for proposer in reversed(proposers):
                parts = proposer.name.split()
                candidates = parts[-1:] if position == -1 else parts
                if stems & set(candidates):
                    return proposer
    return None


_CODE_COMPOUND = re.compile(r"(?P<codes>[^\W\d_][\w/]*?)[-–][^\W\d_]+")


def party_mover(label: str | None, proposers: list[Proposer], lex: Lexicon) -> Proposer | None:
    """The first declared proposer whose party a code-prefixed label names ("Ap/Sp-forslaget"), or the one
    declared proposer of the party a label ends in ("framlegget frå Sp"): an alternative vote may name each
    proposal by the parties behind it, not by its mover."""
    m = _CODE_COMPOUND.fullmatch(label.strip()) if label else None
    codes = {c.lower() for c in m.group("codes").split("/") if lex.is_party(c)} if m else set()
    if m is None and label and lex.is_party(last := label.split()[-1].strip(".,;:()")):
        movers = [p for p in proposers if p.party and p.party.lower() == last.lower()]  # "framlegget frå Sp":
        return movers[0] if len(movers) == 1 else None  # its party's one mover, never a guess between two
    return next((p for p in proposers if p.party and p.party.lower() in codes), None)


def titled_before(proposers: list[Proposer], offset: int) -> Proposer | None:
    """The last proposal heading above `offset`: what a bare result line ("Falt") is about."""
    return next((p for p in reversed(proposers) if p.title and p.start < offset), None)
