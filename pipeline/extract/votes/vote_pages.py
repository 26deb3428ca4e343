"""A case's vote page: its votes in numbered blocks, each block one row.

Meeting portals print a case's votes as a page of its own ("Voteringer" / "Røystingar"): the proposals put
forward are listed first ("Forslag 2 – Fremmet av ...: «...»", "B  Framlegg frå ...:"), then one block per
vote, headed by its number ("VOTERING 2 av 3", "Røysting 1 – ...", "Nr 3  ..."), holding the proposal voted on
(a quote, a label, or a pointer to a listed proposal), the counts ("For: 6   Mot: 11", or one count line per
option in an alternative vote) and a result field ("Resultat: Falt"). The blocks are the page's decisions:
the final decision printed under them restates what they decided, and a note on an earlier step is history.
Wording lives in models/votes/<lang>.json (`vote_pages`); the structure is read here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.schema import VotesRules
from pipeline.rules import load_rules

_QUOTE = re.compile(r"[«“\"](?P<words>[^«»“”\"\n]{3,400}(?:\n[^«»“”\"\n]{1,400}){0,4})[»”\"]")
_RULE_LINE = re.compile(r"^[ \t]*[-=_.·*]{5,}[ \t]*$", re.M)
_FIELD_LIKE = re.compile(r"[:\d«»“”\"]")  # a field, a count or a quote: a block's line, not a heading
_WINNER = 2  # `named` of a block whose row is an alternative's winner: the phrase's own subject never stands


@dataclass
class _Rules:
    headers: list[re.Pattern[str]]
    entries: list[re.Pattern[str]]
    references: list[re.Pattern[str]]
    counts: list[re.Pattern[str]]
    option_lines: list[re.Pattern[str]]
    result: re.Pattern[str] | None
    rejected: list[re.Pattern[str]]
    adopted: list[re.Pattern[str]]
    unvoted: list[re.Pattern[str]]
    unanimous: list[re.Pattern[str]]
    alternatives: list[re.Pattern[str]]
    proposers: list[re.Pattern[str]]
    label_tails: list[re.Pattern[str]]


@dataclass
class _Proposal:
    """What a vote is about: a label as written, its quoted words, its mover."""

    label: str
    words: str | None = None
    proposer: tuple[str, str | None] | None = None


@lru_cache(maxsize=8)
def _rules(language: str) -> _Rules | None:
    page = load_rules("votes", language, VotesRules).vote_pages
    if not page.headers:
        return None

    def many(patterns: list[str]) -> list[re.Pattern[str]]:
        return [re.compile(p, re.M) for p in patterns]

    return _Rules(
        many(page.headers),
        many(page.entries),
        many(page.references),
        many(page.counts),
        many(page.option_lines),
        re.compile(page.result, re.M) if page.result else None,
        many(page.rejected),
        many(page.adopted),
        many(page.unvoted),
        many(page.unanimous),
        many(page.alternatives),
        many(page.proposers),
        many(page.label_tails),
    )


def _first(patterns: list[re.Pattern[str]], text: str) -> re.Match[str] | None:
    found = [m for p in patterns if (m := p.search(text))]
    return min(found, key=lambda m: m.start()) if found else None


def _any(patterns: list[re.Pattern[str]], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def _headers(text: str, rules: _Rules) -> list[re.Match[str]]:
    """The page's vote block headers, numbered 1, 2, ... in order: a run of at least two."""
    found = sorted((m for p in rules.headers for m in p.finditer(text)), key=lambda m: m.start())
    run: list[re.Match[str]] = []
    for match in found:
        if int(match["number"]) == len(run) + 1:
            run.append(match)
        elif int(match["number"]) == 1:
            break  # a second page's votes: read the first
    return run if len(run) >= 2 else []


def _block_end(text: str, start: int, stop: int) -> int:
    """Where the page's last block ends: at a rule line, or at the first line below its header holding no field,
    count, quote or wrapped rest (a heading such as "Vedtak", "Endeleg vedtak" or a note's first words)."""
    rule = _RULE_LINE.search(text, start, stop)
    stop = rule.start() if rule else stop
    lines = text[start:stop].split("\n")
    at = start + len(lines[0]) + 1
    for index, line in enumerate(lines[1:], 1):
        plain = line.strip()
        if index > 1 and plain and not _FIELD_LIKE.search(plain) and not plain[0].islower():
            return at
        at += len(line) + 1
    return stop


def _with_quote(text: str, start: int, stop: int) -> str:
    """A listed proposal's line and the lines below it that hold its quote ("B  Framlegg frå ...:" / «...»)."""
    lines = text[start:stop].split("\n")
    taken = [lines[0]]
    for line in lines[1:]:
        joined = "\n".join(taken)
        open_quote = joined.count("«") > joined.count("»") or joined.count("“") > joined.count("”")
        if not (open_quote or line.lstrip()[:1] in ("«", "“", '"')):
            break
        taken.append(line)
    return "\n".join(taken)


def _proposer(text: str, rules: _Rules) -> tuple[str, str | None] | None:
    match = _first(rules.proposers, text)
    return (match["name"].strip(), (match["party"] or "").strip() or None) if match else None


def _clean(label: str, rules: _Rules) -> str:
    for _ in range(3):
        for tail in rules.label_tails:
            label = tail.sub("", label)
    return label.strip(" \t.:–—-")


def _entries(text: str, rules: _Rules) -> dict[str, _Proposal]:
    """The proposals listed above the votes, by key ("1", "B"): label, quoted words, mover."""
    found = sorted((m for p in rules.entries for m in p.finditer(text)), key=lambda m: m.start())
    entries: dict[str, _Proposal] = {}
    for index, match in enumerate(found):
        stop = found[index + 1].start() if index + 1 < len(found) else len(text)
        body = _with_quote(text, match.start(), stop)
        quote = _QUOTE.search(body)
        label = match["label"]
        if quote and quote.start() > match.start("label") - match.start():  # the label ends where its quote opens
            label = label[: max(0, quote.start() - (match.start("label") - match.start()))]
        entries.setdefault(match["key"], _Proposal(_clean(label, rules), _words(quote), _proposer(body, rules)))
    return entries


def _words(quote: re.Match[str] | None) -> str | None:
    return " ".join(quote["words"].split()) if quote else None


def _referred(label: str, entries: dict[str, _Proposal], rules: _Rules) -> _Proposal | None:
    match = _first(rules.references, label)
    return entries.get(match["key"]) if match else None


def _subject(proposal: _Proposal) -> str:
    return proposal.words or proposal.label


def _outcome(result: str, rules: _Rules) -> str | None:
    if _any(rules.rejected, result):
        return "rejected"
    return "adopted" if _any(rules.adopted, result) else None


def _winner(result: str, label: str, rules: _Rules) -> str | None:
    """The alternative a result field names as adopted ("Innstillingen vedtatt") in a block voting one proposal
    against another ("Alternativ votering: ... mot ..."), its counts not in count lines of their own."""
    adopted = _first(rules.adopted, result)
    if adopted is None or not _any(rules.alternatives, label) or _any(rules.rejected, result):
        return None
    winner = result[: adopted.start()].strip(" \t:,.")
    return winner if winner and not _any(rules.unanimous, winner) else None


def _block(
    text: str, start: int, label: str, entries: dict[str, _Proposal], rules: _Rules
) -> tuple[Decision | None, int] | None:
    """One vote block's row and whether it names its proposal; no row when it records no vote ("Oversendt ...
    uten votering"), None when it holds none of the fields read here (its phrases are read elsewhere)."""
    result_match = rules.result.search(text) if rules.result else None
    result = result_match["result"] if result_match else ""
    if result and _any(rules.unvoted, result):
        return None, False
    fields = text[: result_match.start()] if result_match else text
    counts = [m for p in rules.counts for m in p.finditer(text)]  # a count field names its side by group
    yes = next((int(m["n"]) for m in counts if m["yes"]), None)
    no = next((int(m["n"]) for m in counts if m["no"]), None)
    options = [(m["option"].strip(), int(m["n"])) for p in rules.option_lines for m in p.finditer(text)]
    lead = [line for line in fields.splitlines() if line.strip()]
    label = label or (lead[0].strip() if lead else "")
    quote = _QUOTE.search(fields)
    referred = _referred(label, entries, rules)
    proposal = referred or _Proposal(
        _clean(label, rules), _words(quote), _proposer(label + "\n" + fields[: quote.start() if quote else None], rules)
    )
    decision = Decision(start=start, end=start + len(label), outcome="adopted")
    named = int(bool(proposal.words) or referred is not None)
    if yes is None and no is None and len(options) >= 2:  # an alternative vote: the option with more votes won
        ranked = sorted(options, key=lambda o: -o[1])
        winner = _referred(ranked[0][0], entries, rules) or _Proposal(_clean(ranked[0][0], rules))
        proposal, yes, no, named = winner, ranked[0][1], ranked[1][1], _WINNER
        decision.unanimous = False
    elif (winner := _winner(result, label, rules)) is not None:  # "Resultat: Innstillingen vedtatt" in an alternative
        listed = {**entries, **_entries(fields, rules)}  # the alternatives may be listed inside the block
        proposal, named = _referred(winner, listed, rules) or _Proposal(_clean(winner, rules)), _WINNER
        decision.unanimous = False
    else:
        decision.outcome = _outcome(result, rules) or ("adopted" if (yes or 0) > (no or 0) else "rejected")
        if yes is None and no is None and not result:
            return None
    decision.subject = _subject(proposal) or None
    decision.votes_for, decision.votes_against = yes, no
    if decision.unanimous is None:
        stated = _any(rules.unanimous, result)
        decision.unanimous = True if stated or (no == 0 and yes) else (False if no else None)
    if decision.unanimous and no is None:
        decision.votes_against = 0
    if proposal.proposer:
        decision.proposer, decision.proposer_party = proposal.proposer
    return decision, named


@dataclass
class Block:
    """One vote block: its span (header to the next header or the page's last field) and its row (None: no vote)."""

    start: int
    end: int
    decision: Decision | None
    named: int  # the row names its proposal by quoted words or a listed proposal (1) or an alternative's winner (2)
    unvoted: bool = False  # the block records no vote ("Oversendt formannskapet uten votering"): no row


def page_blocks(text: str, language: str) -> list[Block]:
    """The vote blocks of a vote page, or none when the text holds no run of numbered vote blocks."""
    rules = _rules(language)
    headers = _headers(text, rules) if rules is not None else []
    if rules is None or not headers:
        return []
    entries = _entries(text[: headers[0].start()], rules)
    blocks = []
    for index, header in enumerate(headers):
        stop = headers[index + 1].start() if index + 1 < len(headers) else len(text)
        end = _block_end(text, header.end(), stop) if index + 1 == len(headers) else stop
        read = _block(text[header.end() : end], header.start(), (header["label"] or "").strip(), entries, rules)
        blocks.append(Block(header.start(), end, *(read or (None, False)), unvoted=read is not None and not read[0]))
    return blocks if any(b.decision for b in blocks) else []


def _other(row: Decision, mine: Decision) -> bool:
    """The phrase's subject names something else than the block's (token_set_ratio below 60, as rows are matched)."""
    return fuzz.token_set_ratio(row.subject or "", mine.subject or "", processor=default_process) < 60


def with_vote_page(
    found: list[Decision], text: str, language: str, case_of: Callable[[int], str | None]
) -> list[Decision]:
    """A vote page's blocks as its decisions: one row per block, the row read from the block's phrases where
    there is one (its subject replaced where the block names its proposal by quoted words, a listed proposal or
    an alternative's winner; its counts and mover filled in), else the block's own. Other rows of the case
    holding the blocks (the treatment told above them, the final decision restated below) are dropped; table
    rows (another body's step in a route table) and a step below the blocks that names its body stand."""
    blocks = page_blocks(text, language)
    if not blocks:
        return found
    case = case_of(blocks[0].start)
    last = blocks[-1].end  # below the blocks, a step its body is named as doing ("Formannskapet sluttet seg ...")
    out = [d for d in found if d.table or d.listing or (case is not None and case_of(d.start) != case)]
    out += [d for d in found if d.start >= last and d.agent and d not in out]
    for block in blocks:
        inside = [d for d in found if block.start <= d.start < block.end and d not in out]
        mine = block.decision
        if mine is None:  # a block read elsewhere keeps its rows, one without a vote has none
            out += [] if block.unvoted else inside
            continue
        if not inside:
            out.append(mine)
            continue
        row = inside[0]
        # the phrase named another part of the block (the loser, a treatment sentence, a bare label word): the
        # block's quoted words, listed proposal or winner name it, and so does a label of two words or more
        pointer = not block.named and len((mine.subject or "").split()) < 2  # "F1", "Innstillingen": no more
        if row.subject is None and not block.named:  # a bare outcome: the block's label names it
            row.subject = mine.subject
        elif row.subject and mine.subject and (block.named == _WINNER or not pointer and _other(row, mine)):
            row.subject, row.outcome = mine.subject, mine.outcome
            if mine.proposer or not block.named:
                row.proposer, row.proposer_party = mine.proposer, mine.proposer_party
        if mine.votes_for is not None and mine.votes_against is not None:  # the block's own count fields
            row.votes_for, row.votes_against, row.unanimous = mine.votes_for, mine.votes_against, mine.unanimous
        elif row.voteless:
            row.votes_for, row.votes_against, row.unanimous = mine.votes_for, mine.votes_against, mine.unanimous
        if row.proposer is None and mine.proposer:
            row.proposer, row.proposer_party = mine.proposer, mine.proposer_party
        out.append(row)
    return sorted(out, key=lambda d: d.start)
