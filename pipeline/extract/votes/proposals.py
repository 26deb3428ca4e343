"""Named proposals in a case block, and the outcome lines that refer back to them.

Protocols name a proposal in a heading or lead line ("Amendement A5 (GroenLinks, D66): Groene daken",
"Forslag fra SV:", "Ændringsforslag fra Enhedslisten") and record its outcome with an anaphoric
subject ("Het amendement is aangenomen ...", "Forslaget falt ...", "Verworpen."). Such a row is about
the named proposal: its heading as written is the subject, and the proposer comes from the heading.

A heading needs a mark that it names one proposal: its own number, a bracket, a proposer after a
link word ("fra", "van de fractie"), or a title after a colon or dash. A bare "Forslag til vedtak:"
or a plural title ("Moties en amendementen") names none, and a proposal of the administration
("Forslag fra kommunedirektøren") is the recommendation, not a member's proposal. Head words,
anaphors and link words are data (models/votes/<lang>.json, key `proposals`); the code is the same
for every language. Offsets are relative to the section text the caller reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.extract.votes.lexicon import Lexicon, lexicon
from pipeline.extract.votes.proposal_rules import QUOTED_GROUPS, ProposalLexicon, proposal_lexicon
from pipeline.text.gated import gated
from pipeline.text.structure import has_list_marker

_TRAILING_BRACKET = re.compile(r"\(([^()\n]{1,80})\)$")
# "Ap ved gruppeleder Mona Viken": the member's role, in lower case, before the member's name
_ROLE_BEFORE_NAME = re.compile(r"^(?:[a-zæøåäöü][\w-]*[ \t]+){1,2}(?=[A-ZÆØÅÄÖÜ])")
# a mover opening its sentence with an article and a role word ("De fractie Groen dient ..."): the article capitalised
_OPENING_ROLE = re.compile(r"^[A-ZÆØÅÄÖÜ][a-zæøåäöü]{1,3}[ \t]+(?:[a-zæøåäöü][\w-]*[ \t]+){1,2}(?=[A-ZÆØÅÄÖÜ])")
_DASHED = re.compile(r"[ \t]+[-–—][ \t]+")  # "'Titel' - SP, PvdA": parts of a heading set off by dashes
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
_MAX_PROPOSER_WORDS = 6
_MAX_HEAD = 120  # chars: a page's head line naming its proposal is a title, not prose
_MAX_PARTICLE = 3  # "og", "van", "der": lower-case words a name or party list may hold
# the quoted title a proposal named by number carries later in its sentence (after its movers)
_INITIALED = re.compile(r"(?:[A-ZÆØÅÄÖÜ]\.[ \t]*){1,4}(?:[a-zæøå]{1,3}[ \t]+){0,3}[A-ZÆØÅÄÖÜ][\w'’\-]+")


@dataclass(frozen=True)
class Proposal:
    """A proposal named in the text: its heading as written and who moved it."""

    kind: str
    title: str
    start: int
    end: int
    name: str | None = None
    party: str | None = None
    ident: str | None = None
    text_end: int | None = None  # where a proposal's own words end when they follow its lead on one line
    words: str | None = None  # its words, read in the case text above the treatment that votes on it


def kind_of(head: str, kinds: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    head = " ".join(head.split())
    return next((kind for kind, words in kinds if words.fullmatch(head)), None)


def _is_party(text: str, lex: Lexicon, plex: ProposalLexicon) -> bool:
    """Every part of "Høyre, FrP og KrF" is a party code, a party's name or a name with a party word.

    Anything else is a member ("Forslag fra Mohamed"), even a single word.
    """
    parts = [p for p in plex.conjunctions.split(text.strip()) if p]
    return bool(parts) and all(
        lex.is_party(p)
        or bool(lex.party_names and lex.party_names.fullmatch(p))
        or bool(plex.party_words and plex.party_words.search(p))
        for p in parts
    )


def _is_proposer(text: str) -> bool:
    """Names and parties: capitalised words, with short particles between ("van der", "og")."""
    words = _WORD.findall(text)
    return (
        text[0].isupper()
        and len(words) <= _MAX_PROPOSER_WORDS
        and all(w[0].isupper() or len(w) <= _MAX_PARTICLE for w in words)
    )


def _is_members(text: str, plex: ProposalLexicon) -> bool:
    """Members named by initials and surname ("J. Jansen, P. de Boer"), not a gloss on the proposal."""
    parts = [p for p in plex.conjunctions.split(text.strip()) if p]
    return bool(parts) and all(_INITIALED.fullmatch(p) for p in parts)


def _bracketed(text: str | None, lex: Lexicon, plex: ProposalLexicon) -> str | None:
    """A bracket's proposer without the link word or number opening it ("ingediend door X", "M9, X")."""
    bare = "" if not text or _is_party(text, lex, plex) else plex.linked.sub("", text).strip()  # "D66, CDA" stays
    return bare if bare and bare != text.strip() and (_is_party(bare, lex, plex) or _is_proposer(bare)) else text


def _with_mover(text: str, lex: Lexicon, plex: ProposalLexicon) -> tuple[str | None, str]:
    """(member, parties) of a bracket naming parties, then the mover ("VVD, JA21; eerste indiener: K. Bos")."""
    head, _, tail = text.partition(";")
    mover = tail.rsplit(":", 1)[-1].strip()
    return (mover, head.strip()) if mover and _is_party(head, lex, plex) and _is_members(mover, plex) else (None, text)


def _cut_at_anaphor(title: str, plex: ProposalLexicon) -> str:
    """A heading glued to the outcome line after it ("Groene daken Het amendement is ...") ends there."""
    for m in plex.anaphor_word.finditer(title):
        if m.start() > 0 and title[m.start()].isupper():
            return title[: m.start()].rstrip()
    return title


def _proposal(m: re.Match[str], lex: Lexicon, plex: ProposalLexicon) -> Proposal | None:
    kind, ident = kind_of(m.group("head"), plex.mention_kinds), m.group("ident")
    bracket, party = _bracketed(m.group("bracket"), lex, plex), _bracketed(m.group("party"), lex, plex)
    by = " ".join((m.group("by") or "").split()) or None
    motion = bool(by) and _official_motion(by, m.group("head"), plex)
    by = None if motion else by  # "Utsettelsesforslag fra ordføreren:": the role names nobody
    if not (motion or by or bracket or party) and m.group("title"):  # "'Titel' – ingediend door SP", "'Titel' - SP"
        *before, after = _DASHED.split(" ".join(m.group("title").split()))
        after = _bracketed(after, lex, plex)
        named = before or any(m.group(g) for g in QUOTED_GROUPS)  # the tail follows the proposal's own name
        party = after if named and "(" not in after and _is_party(after, lex, plex) else None
    group = next((g for g in ("title", "about", *QUOTED_GROUPS, "loose") if m.group(g)), "title")
    title = _cut_at_anaphor(" ".join((m.group(group) or "").split()), plex)
    if kind is None or not (motion or ident or bracket or by or party or title):
        return None
    if by and not (_is_proposer(by) or _is_party(by, lex, plex) or _is_agent(by, lex, plex)):
        return None  # "van het college", or a sentence that goes on after the link word
    if by and plex.official and plex.official.fullmatch(by):
        return None  # the administration's proposal is the recommendation
    name = proposer_party = None
    if by and (agent := _by_agent(by, plex)):  # "Enhedslisten v/ Maja Sand (Ø)": the member, in brackets or for
        name, proposer_party = agent[1], party or agent[0]
    elif by and party and _is_party(by, lex, plex) and _is_members(party, plex):
        name, proposer_party = party, by  # "van D66 en CDA (J. Jansen, P. de Boer)": the members who moved it
    elif by and party and _is_party(by, lex, plex) and not _is_party(party, lex, plex):
        name, proposer_party = None, by  # "van de fractie van Stadsbelang (hoogte maximaal 40 meter)": a gloss
    elif by and party:  # "Kari Nordmann (SV)"; a party's name with its code ("Dansk Folkeparti (O)") is the party
        name, proposer_party = (None, party) if _is_party(by, lex, plex) else (by, party)
    elif by:
        name, proposer_party = (None, by) if _is_party(by, lex, plex) else (by, None)
    elif bracket or party:
        name, proposer_party = _with_mover(bracket or party, lex, plex)
    elif trailing := _TRAILING_BRACKET.search(title):  # "Motie vreemd aan de orde: Bomenkap (GroenLinks)"
        who = _bracketed(trailing.group(1), lex, plex)
        proposer_party = who if who and _is_party(who, lex, plex) else None
    end = m.start(group) + len(title) if title and group not in QUOTED_GROUPS else m.end()
    heading = " ".join(m.string[m.start("head") : end].split()).strip(" \t-–•*·:—")  # not its list marker
    return Proposal(kind, heading, m.start(), end, name, proposer_party, ident)


def _declaration(m: re.Match[str], lex: Lexicon, plex: ProposalLexicon) -> Proposal:
    """A lead line "Kari Nordmann (SV) fremmet følgende forslag:" names the proposal below it, as does a
    call to vote on a member's proposal ("Lise Bergs forslag blev sat til afstemning.")."""
    kind_text = m.groupdict().get("kind") or ""
    kind = next((k for k, words in plex.kinds if words.search(kind_text)), plex.kinds[0][0])
    party = (m.groupdict().get("party") or "").strip()  # "Lise Bergs forslag blev sat til afstemning": none
    name = " ".join(m.group("name").split())
    title = " ".join((m.groupdict().get("title") or m.group(0)).split()).rstrip(" :")
    party = party if party and lex.is_party(party) else None
    if m.groupdict().get("title") and m.start("title") > m.end("name"):
        # "X (H) foreslo at saka vert utsett.": the clause after the verb is the proposal's text, not a decision
        return Proposal(kind, title, m.start(), m.start("title"), name, party, text_end=m.end("title"))
    return Proposal(kind, title, m.start(), m.end(), name, party)


def _lead(m: re.Match[str], lex: Lexicon, plex: ProposalLexicon) -> Proposal | None:
    """A lead line "SV v/ Kari Nordmann fremmet følgende forslag:" names the proposal below it, as does one
    with the member's party code after the name ("Arbeiderpartiet ved Sindre Aas (Ap) fremmet ...")."""
    kind = kind_of(m.group("head"), plex.kinds)
    by = _without_role(" ".join(m.group("by").split()), plex)
    by = by if _is_proposer(by) else _OPENING_ROLE.sub("", by)
    code = _TRAILING_BRACKET.search(by)
    if code and _is_agent(by[: code.start()].rstrip(), lex, plex) and lex.is_party(code.group(1)):
        by = by[: code.start()].rstrip()
    party, name = _by_agent(by, plex) or (by, "")
    party = code.group(1) if code and name and lex.is_party(code.group(1)) else party
    if kind is not None and _official_motion(by, m.group("head"), plex):
        return Proposal(kind, " ".join(m.group(0).split()).rstrip(" :"), m.start(), m.end(), None, None)
    if kind is None or "(" in by or not _is_proposer(by) or (plex.official and plex.official.fullmatch(by)):
        return None  # "Kari Nordmann (SV) fremmet ..." is a declaration (models' proposal_declarations)
    if not name:
        party, name = (by, "") if _is_party(by, lex, plex) else ("", by)
    title = " ".join(m.group(0).split()).rstrip(" :")
    return Proposal(kind, title, m.start(), m.end(), name or None, party or None)


def _official_motion(by: str, head: str, plex: ProposalLexicon) -> bool:
    """An official moves a motion to postpone ("Ordføreren fremmet utsettelsesforslag:", "Kommunedirektøren sette
    fram framlegg om utsetjing:"): unlike the official's proposal of a decision, which is the recommendation, it is
    a proposal of its own, voted on by its words; the role names nobody, so it has no proposer."""
    return bool(plex.official and plex.procedural and plex.official.fullmatch(by) and plex.procedural.search(head))


def _inverted_lead(m: re.Match[str], lex: Lexicon, plex: ProposalLexicon) -> Proposal | None:
    """A lead line opened by an adverbial, its verb second ("Tijdens de zitting dient raadslid Eva Smet (Groen) een
    amendement in:"): the mover stands after the verb, its role word ("raadslid", "de fractie") before the name."""
    kind = kind_of(m.group("head"), plex.kinds)
    by = _ROLE_BEFORE_NAME.sub("", " ".join(m.group("by").split()))
    code = _TRAILING_BRACKET.search(by)
    name, party = (by[: code.start()].rstrip(), code.group(1)) if code else ("", by)
    if not name and not _is_party(party, lex, plex):
        name, party = party, ""
    if kind is None or not (name or party) or not _is_proposer(name or party) or "(" in name:
        return None
    party = party if party and (lex.is_party(party) or _is_party(party, lex, plex)) else ""
    title = " ".join(m.group(0).split()).rstrip(" :")
    return Proposal(kind, title, m.start(), m.end(), name or None, party or None)


def _without_role(by: str, plex: ProposalLexicon) -> str:
    """A mover without the member's role after the party ("Ap ved gruppeleder Mona Viken": "Ap ved Mona Viken")."""
    mark = plex.agent.search(by) if plex.agent else None
    return by[: mark.end()] + _ROLE_BEFORE_NAME.sub("", by[mark.end() :]) if mark else by


def _is_agent(by: str, lex: Lexicon, plex: ProposalLexicon) -> bool:
    """Parties and the member moving for them ("Ap, Sp og SV ved Stine Lunde"), each part a mover's shape."""
    agent = _by_agent(by, plex)
    return bool(agent) and _is_party(agent[0], lex, plex) and _is_proposer(agent[1])


def _by_agent(by: str, plex: ProposalLexicon) -> tuple[str, str] | None:
    """A mover written as a party and the member moving for it ("SV v/ Kari Nordmann"): (party, member)."""
    parts = plex.agent.split(by, maxsplit=1) if plex.agent else []
    return (parts[0], parts[1]) if len(parts) == 2 and parts[0] and parts[1] else None


def parse_line(line: str, lex: Lexicon, plex: ProposalLexicon, at: int) -> Proposal | None:
    """A single line (a section title, an outcome's subject) read as a proposal heading, placed at `at`."""
    m = plex.mention.fullmatch(" ".join(line.split()))
    found = _proposal(m, lex, plex) if m else None
    return Proposal(found.kind, found.title, at, at, found.name, found.party, found.ident) if found else None


def _bare(m: re.Match[str], kind: str, lex: Lexicon, plex: ProposalLexicon, taken: set[int]) -> Proposal | None:
    """A heading naming its kind by number alone ("M5 (VVD) 'X'"): read with the kind before it, kept as written."""
    if m.start() in taken:
        return None
    line = " ".join(m.string[m.start("ident") : m.end()].split())
    found = parse_line(f"{kind} {line}", lex, plex, m.start())
    if found is None or not found.title.startswith(f"{kind} "):
        return None
    return replace(found, title=found.title[len(kind) + 1 :], end=m.end())


def find_proposals(text: str, lex: Lexicon, title: str | None = None) -> list[Proposal]:
    """Proposals named by heading or lead line in `text`, in order; a case titled by one comes first."""
    plex = proposal_lexicon(lex.language)
    if plex is None:
        return []
    found = [p for m in gated(plex.heading).finditer(text) if (p := _proposal(m, lex, plex))]
    if plex.lead:
        taken = {p.start for p in found}
        found += [p for m in gated(plex.lead).finditer(text) if m.start() not in taken and (p := _lead(m, lex, plex))]
    if plex.inverted_lead:
        taken = {p.start for p in found}
        found += [
            p
            for m in gated(plex.inverted_lead).finditer(text)
            if m.start() not in taken and (p := _inverted_lead(m, lex, plex))
        ]
    taken = {p.start for p in found}
    declared = [_declaration(m, lex, plex) for r in lex.declarations for m in gated(r).finditer(text)]
    found += [p for p in _one_per_line(declared) if p.start not in taken]
    taken = {p.start for p in found}
    found += [p for kind, r in plex.bare for m in gated(r).finditer(text) if (p := _bare(m, kind, lex, plex, taken))]
    found = [_quote_closed(p, text) for p in found]
    titled = parse_line(title, lex, plex, 0) if title else None
    if titled and titled.name:  # the case is one member's proposal: a heading below naming no mover is its text
        found = [replace(p, name=titled.name, party=titled.party) if _unsigned(p, titled) else p for p in found]
    return ([titled] if titled else []) + sorted(found, key=lambda p: p.start)


_QUOTED = re.compile(r"[«“\"][^«»“”\"\n]{3,}[»”\"]")


def quote_end(text: str, start: int, end: int) -> int:
    """Where a line's quoted words end when a new sentence follows them on the line ("... fremmet
    utsettelsesforslag: «Saken utsettes.» Utsettelsesforslaget falt med 3 mot 18 stemmer.", the vote line joined to
    the lead line when the text was unwrapped): that sentence is the treatment, not the proposal's words."""
    quoted = _QUOTED.search(text, start, end)
    after = text[quoted.end() : end].lstrip() if quoted else ""
    return quoted.end() if quoted and after[:1].isupper() else end


def _quote_closed(proposal: Proposal, text: str) -> Proposal:
    """A proposal whose line goes on past its closed quote with a new sentence, ended at the quote."""
    end = quote_end(text, proposal.start, proposal.end)
    rest = " ".join(text[end : proposal.end].split())
    if end == proposal.end or not proposal.title.endswith(rest):
        return proposal
    text_end = min(proposal.text_end, end) if proposal.text_end is not None else None
    return replace(proposal, title=proposal.title[: -len(rest)].rstrip(" :"), end=end, text_end=text_end)


def titled_mover(title: str | None, lex: Lexicon) -> tuple[str, str | None] | None:
    """The member a case title names as its proposal's mover ("Forslag fra Ole Lind (F) om ..."): the case is
    that member's proposal, so a decision on it naming no other mover ("Sagen udsættes") is about their proposal."""
    plex = proposal_lexicon(lex.language)
    found = parse_line(title, lex, plex, 0) if title and plex else None
    return (found.name, found.party) if found and found.name else None


def _unsigned(proposal: Proposal, titled: Proposal) -> bool:
    """A heading of the titled proposal's kind that names neither member nor party ("Framlegg: «...»")."""
    return proposal.kind == titled.kind and proposal.name is None and proposal.party is None


def _one_per_line(declared: list[Proposal]) -> list[Proposal]:
    """One proposal per mover line: when two declarations read the same line, the one that found the proposal's
    own words in it ("X (H) fremmet forslag om avslag.": `text_end`) is it, not the line read as a heading."""
    best: dict[int, Proposal] = {}
    for p in declared:
        if p.start not in best or (best[p.start].text_end is None and p.text_end is not None):
            best[p.start] = p
    return list(best.values())


def names_numbered(subject: str, language: str) -> bool:
    """A subject naming a proposal by kind and number ("Motie M12", "Amendement A2"): that name is the subject."""
    plex = proposal_lexicon(language)
    return bool(plex and plex.reference.search(subject))


def is_pronoun(subject: str, language: str) -> bool:
    """A subject that is a pronoun alone ("Die is aangenomen"): it points back to a proposal named above."""
    plex = proposal_lexicon(language)
    return bool(plex and plex.pronoun and plex.pronoun.fullmatch(subject.strip()))


def ending_before(proposals: list[Proposal], starts: Sequence[int], text: str) -> list[Proposal]:
    """A motion list's entry that records its outcome on its own line ('M1 "Titel" (D66): verzoekt het college
    ... . Unaniem aangenomen.'): the heading ends where the outcome's clause (`starts`) opens on the same line, so
    the outcome is the vote on it and not a part of its words."""
    out = []
    for p in proposals:
        inside = [at for at in starts if p.start < at < p.end and "\n" not in text[p.start : at]]
        inside = [at for at in inside if not set(text[at : p.end]) & set("\"“”„'‘’«»")]  # not inside its quoted words
        cut = text[p.start : min(inside)].rstrip(" \t.;:") if inside else ""
        out.append(replace(p, end=p.start + len(cut), title=cut) if cut else p)
    return out


def open_proposal(proposals: list[Proposal], offset: int, floor: int, ends: Sequence[int] = ()) -> Proposal | None:
    """The last proposal named between the previous decision (`floor`) and a bare result at `offset`, in a
    block still open there: no block end (label_blocks.py) lies between its heading and the result."""
    floor = max([floor, *(end for end in ends if end <= offset)])
    return next((p for p in reversed(proposals) if floor <= p.start and p.end <= offset), None)


def proposal_texts(resolved: list[tuple[int, Proposal]], text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """The text of each proposal that an outcome refers to: the paragraph after its heading (and the
    list items that go on from it), never past that outcome, nor into a line telling how the meeting
    voted ("Votering: Rådmannens forslag ble enstemmig vedtatt.") after a heading that holds its text.

    "Forslag fra SV: Saken utsettes." is what SV proposed, not a decision; the decision is the outcome
    below that refers back to it. Votes on other proposals in between are decisions of their own.
    """
    first: dict[int, tuple[int, Proposal]] = {}
    for offset, proposal in resolved:
        if proposal.end <= proposal.start:
            continue  # a case titled by the proposal: everything in the case is its treatment, not its text
        if proposal.start not in first or offset < first[proposal.start][0]:
            first[proposal.start] = (offset, proposal)
    spans = []
    for offset, proposal in first.values():
        if proposal.text_end is not None:
            spans.append((proposal.end, proposal.text_end))
            continue
        own_line = line_end(text, proposal.end)
        end = line_end(text, own_line + 1)
        if any(regex.match(text[own_line + 1 : end]) for regex in lex.treatment_lines):
            end = own_line
        while end < len(text) and has_list_marker(text[end + 1 : line_end(text, end + 1)]):
            end = line_end(text, end + 1)
        spans.append((proposal.end, min(offset, end)))
    return spans


def line_end(text: str, pos: int) -> int:
    """Where the line holding `pos` ends (the text's end for its last line)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def head_proposal(text: str, language: str) -> str | None:
    """The head line of a page about one proposal ("Motie Warme truiendag" above "Uitslag: verworpen").

    It is the subject of results below it that name none: a short first line opening with a proposal
    head word, holding no outcome phrase and no full stop.
    """
    plex, lex = proposal_lexicon(language), lexicon(language)
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if plex is None or lex is None or not first or len(first) > _MAX_HEAD or first[-1] in ".!?:":
        return None
    opens = any(re.match(rf"(?:{words.pattern})(?!\w)", first, re.I) for _, words in plex.kinds)
    return first if opens and not lex.clause_union.search(first) else None
