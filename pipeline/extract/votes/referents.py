"""Which named proposal an outcome's subject refers to ("Forslaget fra SV", "Motie M5", "Utsettelsesforslaget",
"Die is aangenomen"): resolved against the proposals `proposals.find_proposals` read above the outcome."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.proposal_rules import ProposalLexicon, proposal_lexicon
from pipeline.extract.votes.proposals import Proposal, kind_of, parse_line

_MIN_SORT = 4  # chars: the sort an anaphor names before its head word ("tillegg", "utsettelse"), not a link "s"
_TITLE_AFTER_REFERENCE = re.compile(r"[^.!?;'\"“”‘’«»]{0,160}?(?P<title>['\"“‘«][^'\"“”‘’«»\n]{3,120}['\"”’»])")


def _party_mover(found: Proposal, candidates: list[Proposal]) -> Proposal:
    """A proposal named by its party alone ("Framlegg om X – frå Ap", a case title read as Ap's) was moved by the
    member whose mover line above declares that party's one proposal ("Anne Bakken (Ap) har sett fram ...")."""
    if found.name is not None or found.party is None:
        return found
    movers = {p.name for p in candidates if p.name and p.party == found.party}
    return replace(found, name=movers.pop()) if len(movers) == 1 else found


def _norm_ident(ident: str) -> str:
    return re.sub(r"[\s.]|(?i:nr|no|nummer)", "", ident).lower()


def _named(subject: str, candidates: list[Proposal], plex: ProposalLexicon) -> Proposal | None:
    """A subject that names a proposal above by kind and number ("Motie M5", "het amendement A2")."""
    for m in plex.reference.finditer(subject):
        kind, ident = kind_of(m.group("head"), plex.kinds), _norm_ident(m.group("ident"))
        for proposal in reversed(candidates):
            if proposal.kind == kind and proposal.ident and _norm_ident(proposal.ident) == ident:
                return proposal
    return None


def _by_proposer(subject: str, candidates: list[Proposal], plex: ProposalLexicon) -> Proposal | None:
    """A subject that names a proposal above by who moved it ("Forslaget fra SV", "Høyres forslag", "Forslaget
    fra Moe" for Arne Moe's)."""
    for proposal in reversed(candidates):
        mention = dict(plex.kinds)[proposal.kind]
        surname = proposal.name.split()[-1] if proposal.name else None
        for who in filter(None, dict.fromkeys((proposal.name, proposal.party, surname))):
            if mention.search(subject) and re.search(rf"(?<!\w){re.escape(who)}(?:s|'s|’s|')?(?!\w)", subject):
                # "Forslaget fra SV" names Kari Moe (SV)'s declared proposal, in its own words; one put forward
                # in running text ("Kari Moe (SV) foreslo at ...", `text_end`) is titled by its clause already
                own = who == proposal.name or not proposal.name or proposal.text_end is not None
                return proposal if own else replace(proposal, title=subject)
    return None


def referent(
    subject: str | None, proposals: list[Proposal], offset: int, language: str, lex: Lexicon, before: str = ""
) -> Proposal | None:
    """The named proposal an outcome's subject refers to: by number, by anaphor of its kind, by proposer.

    Only proposals that end above `offset` (the outcome phrase) count; the caller passes those of one
    case block. A subject that is itself a proposal heading ("Forslag fra SV") gives its own proposer.
    """
    plex = proposal_lexicon(language)
    if plex is None or not subject:
        return None
    candidates = [p for p in proposals if p.end <= offset]
    subject = " ".join(subject.split())
    found = _named(subject, candidates, plex)
    for kind, regex in plex.anaphors:
        if found is None and regex.fullmatch(subject):
            found = _of_sort(subject, kind, candidates, plex) or _mentioned(kind, before, plex)
    if found is None and plex.case_anaphor and plex.case_anaphor.fullmatch(subject):
        found = _case_titled(candidates)
    if found is None and plex.pronoun and plex.pronoun.fullmatch(subject):
        found = _named_last(candidates, before, plex)
    found = found or _by_proposer(subject, candidates, plex) or parse_line(subject, lex, plex, offset)
    return _party_mover(found, candidates) if found else None


def _of_sort(subject: str, kind: str, candidates: list[Proposal], plex: ProposalLexicon) -> Proposal | None:
    """The last proposal of `kind` above, or of the anaphor's own sort when one is named that way:
    "Utsettelsesforslaget" is Kari Lunde's "forslag om utsettelse", not the proposal declared after it."""
    of_kind = [p for p in candidates if p.kind == kind]
    word = subject.split()[0].lower()
    head = dict(plex.kinds)[kind].search(word, 1)  # "utsettelses|forslaget": the sort before the head word
    sort = word[: head.start()].removesuffix("s") if head else ""
    named = [p for p in of_kind if len(sort) >= _MIN_SORT and sort in p.title.lower()]
    return (named or of_kind or [None])[-1]


def _case_titled(candidates: list[Proposal]) -> Proposal | None:
    """The member's proposal a case is titled after ("Toegevoegd punt van raadslid X (Groen): ..."), when the
    case names no other: "Het voorstel wordt verworpen" below it can only be about that one."""
    titled = [p for p in candidates if p.start == p.end == 0]
    return titled[0] if len(titled) == len(candidates) == 1 else None


def _named_last(candidates: list[Proposal], before: str, plex: ProposalLexicon) -> Proposal | None:
    """The proposal a pronoun points back to: the last heading above, or a later mention by kind and number in
    the running text ("Dan motie M7 van mevrouw Ramdin (D66). Die is aangenomen ...")."""
    heading = candidates[-1] if candidates else None
    mentions = [m for m in plex.reference.finditer(before) if heading is None or m.start() >= heading.end]
    if not mentions:
        return heading
    kind = kind_of(mentions[-1].group("head"), plex.kinds)
    return _mentioned(kind, before, plex) if kind else heading


def _mentioned(kind: str, before: str, plex: ProposalLexicon) -> Proposal | None:
    """The last proposal of `kind` named by number in the running text above, when no heading names one
    ("Eerst amendement A3, ingediend door ..." / "Ik constateer dat het amendement is verworpen")."""
    mentions = [m for m in plex.reference.finditer(before) if kind_of(m.group("head"), plex.kinds) == kind]
    if not mentions:
        return None
    m = mentions[-1]
    titled = _TITLE_AFTER_REFERENCE.match(before, m.end())  # "amendement A7.1 van de fracties van PvdD en SP, 'Titel'"
    name = f"{m.group(0)} {titled.group('title')}" if titled else m.group(0)
    return Proposal(kind, name, m.start(), m.end(), ident=m.group("ident"))
