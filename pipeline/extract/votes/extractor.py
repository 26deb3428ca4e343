"""Extractor for the `votes` table: one row per vote or decision in a case protocol.

Headers give the meeting context (pipeline/votes/context.py), each section's phrases and count
lines give the decisions (pipeline/votes/decisions.py); all wording lives in models/votes/<lang>.json.
`uncovered` lists vote-word sentences that yielded no row, for the run's coverage report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from pipeline.dataset.rows import VoteRow
from pipeline.document import Document
from pipeline.extract.votes.addressed import without_addressed
from pipeline.extract.votes.amended import name_amended
from pipeline.extract.votes.blocks import (
    Block,
    block_decision,
    block_holding,
    find_blocks,
    is_background,
    is_sign_off,
    line_blocks,
    point_blocks,
    step_block,
    treatment_blocks,
)
from pipeline.extract.votes.bracketed_items import with_bracketed_items
from pipeline.extract.votes.context import Protocol, Section, scan
from pipeline.extract.votes.counts import to_json
from pipeline.extract.votes.dates import parse_date
from pipeline.extract.votes.decision_tables import row_decision, without_explanations
from pipeline.extract.votes.decisions import Decision, decide
from pipeline.extract.votes.doc_kind import voteless
from pipeline.extract.votes.headlines import (
    merge_headlines,
    named_by_headlines,
    with_counts_restated,
    with_noted_paragraphs,
)
from pipeline.extract.votes.history import history_spans
from pipeline.extract.votes.labelled import about_labels
from pipeline.extract.votes.lexicon import Lexicon, lexicon
from pipeline.extract.votes.listings import listing_decisions, without_uncounted_restatements
from pipeline.extract.votes.news import body_reports, links_listed, recalled_on_page, title_end
from pipeline.extract.votes.overview import without_overview_rows
from pipeline.extract.votes.own_recommendations import with_own_recommendation
from pipeline.extract.votes.plain_text import unmarked
from pipeline.extract.votes.point_lines import with_point_lines
from pipeline.extract.votes.postponements import one_postponement_per_paragraph, with_unanimity_below
from pipeline.extract.votes.proposal_text import carried
from pipeline.extract.votes.proposals import Proposal, head_proposal, titled_mover
from pipeline.extract.votes.proposers import Proposer, field_proposer
from pipeline.extract.votes.questions import without_questions
from pipeline.extract.votes.result_subjects import about_result_fields
from pipeline.extract.votes.row_notes import RowNote, annotate, row_notes
from pipeline.extract.votes.section import SectionText, section_text
from pipeline.extract.votes.settle import settle_noting, settle_unanimity, without_restated_outcomes
from pipeline.extract.votes.steps import (
    inherit_noting,
    noted_about_case,
    postpone_send_backs,
    recommends_noting,
    send_back_subjects,
    settle_send_back,
)
from pipeline.extract.votes.subject_rules import subject_rules, title_below, titled_subject
from pipeline.extract.votes.subjects import names_item_set, proposal_words, repair_subject, stands_for_nothing
from pipeline.extract.votes.table_notes import with_quoted_notes
from pipeline.extract.votes.ties import with_tie_explanations
from pipeline.extract.votes.titled_cells import quoted_words
from pipeline.extract.votes.vote_pages import with_vote_page
from pipeline.extract.votes.vote_records import with_vote_records
from pipeline.extract.votes.whole_item import is_case_noun


def sections_of(
    doc: Document, protocol: Protocol, lex: Lexicon, notes: Sequence[RowNote] = ()
) -> Iterator[tuple[Section, SectionText, list[Block]]]:
    """Each section with its header lines and vote table notes blanked, and its decision blocks.

    A header line that is itself a decision label ("Beslutning i Økonomiudvalget den 12-03-2021") opens a
    block too: the header gives the context, the lines under it the decision.
    Each section is read once per protocol and blanks (`extract` and then `uncovered` ask for the same).
    """
    for section in protocol.sections:
        blanks = section.header_spans + [(n.start, n.end) for n in notes if section.start <= n.start < section.end]
        key = (section.start, section.end, section.title, tuple(blanks))
        if (read := protocol.section_texts.get(key)) is None:
            text = section_text(doc.text[section.start : section.end], section.start, blanks, section.title, lex)
            opening = [
                b - section.start
                for a, b in section.header_spans
                if any(regex.match(doc.text[a:b].strip(" \t|*")) for regex in lex.decision_blocks)
            ]
            read = protocol.section_texts[key] = (text, find_blocks(text, lex, opening))
        yield section, replace(read[0]), list(read[1])  # copies: `_decisions` sets a step's case recommendation


def _decisions(doc: Document, protocol: Protocol, lex: Lexicon) -> list[Decision]:
    found: list[Decision] = []
    points: dict[int, str] = {}
    noting: dict[str, bool] = {}  # case title -> its recommendation takes the matter for information
    movers: dict[str | None, Proposer] = {}  # case title -> the mover its field names
    carried_to: dict[str, list[Proposal]] = {}  # case title -> members' proposals its text gives, for its steps
    recommended: dict[str, str | None] = {}  # case title -> its recommendation's sentence, for the steps below
    proposed: dict[str, str | None] = {}  # case title -> a member's proposal's words its text gives, for its steps
    notes = row_notes(doc.text, protocol, lex)
    tabled = {row.start: row for row in protocol.table_rows}
    linking: dict[int, bool] = {}  # line start -> the line links another page: a long line is searched once
    for section, text, blocks in sections_of(doc, protocol, lex, notes):
        if section.start in tabled and (row := row_decision(tabled[section.start], lex)):
            found.append(row)
        points = text.points() or points  # committee steps below a recommendation refer to its points
        if text.proposal_blocks and section.title:
            noting[section.title] = recommends_noting(text, lex)
            recommended.setdefault(section.title, text.proposal_sentence(lex))
        elif section.title and lex.step_subject_from == "recommendation":  # a step: what the case recommended
            text.case_recommendation = recommended.get(section.title)
        for row in listing_decisions(doc, section, lex):
            annotate(row, protocol.context_at(row.start).case_number, notes, lex)
            found.append(row)
        above = carried_to.get(section.title, []) if section.step else []
        if section.title and not section.step:
            carried_to[section.title] = carried(text.text, lex)
            proposed[section.title] = proposal_words(text.text, subject_rules(lex.language))
        elif section.title:  # a committee step: the member's proposal its case gives above it
            text.case_proposal = proposed.get(section.title)
        text.paragraphs = protocol.reports and protocol.context_at(section.start).case_number is None
        decided = decide(text, lex, points, above)
        if text.paragraphs:  # a news page's paragraph
            decided = with_noted_paragraphs(decided, text, lex)
        if protocol.stamp:  # a news page's teaser or link headline asks ("... – hvad betyder det for dig?")
            decided = without_questions(decided, doc.text)
        decided = [d for d in decided if not _recalled(doc, d, protocol, lex, linking)]
        decided = without_addressed(decided, lex.language, text.title)  # beside this meeting's decisions only
        decided = with_point_lines(decided, text, points, lex)
        for index, decision in enumerate(decided):  # 'for information' inside a decision block: the block decides
            block = block_holding(blocks, text, decision)
            if decision.statement and block is not None:  # noting alone is noted, noting beside more is not
                decided[index] = block_decision(text, block, lex) or decision
                decided[index].statement = False
        decided = with_vote_records(_without_restatements(decided, blocks, text), text, lex)
        decided = with_tie_explanations(without_restated_outcomes(decided, text), text, lex)
        if protocol.stamp or protocol.context_at(section.start).case_number is None:  # a report's paragraphs
            decided = with_counts_restated(decided, doc.text, lex.language)
        if protocol.reports:  # a news page: its headlines name the decisions the paragraphs report
            decided = merge_headlines(decided, doc.text, lex.news, lex.head_skip)
        _about_block(decided, blocks, text, lex)
        raw = doc.text[section.start : section.end]
        about_labels(decided, blocks, text, raw, lex)
        decided = about_result_fields(decided, text, raw, lex)
        settle_noting(decided, blocks, text, lex)
        settle_unanimity(decided, blocks, text, lex)
        procedural = _step_block(section, text, lex) or ([] if blocks else treatment_blocks(text, lex))
        decided = settle_send_back(decided, procedural, text, lex)
        if not decided:  # a decision recorded without vote words: the block itself is the row
            unlabelled = blocks or procedural or line_blocks(text, lex) or _step_block(section, text, lex, True)
            points_of = (p for block in unlabelled for p in point_blocks(text, block, lex))
            decided = [d for block in points_of if (d := block_decision(text, block, lex))]
            if text.proposal_blocks and len(text.points()) < 2:  # "Godkendt." under a recommendation that
                inherit_noting(decided, recommends_noting(text, lex))  # only takes the matter for information
        body = protocol.context_at(section.start).body  # "Samrøystes tilråding frå hovudutvalet til ...:"
        decided = with_own_recommendation(decided, text, body, lex)
        postpone_send_backs(decided, text, lex)
        decided = with_unanimity_below(one_postponement_per_paragraph(decided, text), text, lex, blocks)
        if not text.proposal_blocks and section.title:
            inherit_noting(decided, noting.get(section.title, False))
        step_body, head_body = (protocol.context_at(section.start).body or "").lower(), protocol.head.body or ""
        another_step = section.step and step_body and head_body and step_body != head_body.lower()
        if another_step and lex.step_subject_from != "title":  # where steps are named by the case, so is a send-back
            send_back_subjects(decided, text)  # another committee's step: what it sends back for is its decision
        _about_case(decided, blocks, text, lex)
        name_amended(decided, text, lex)  # "Raadsvoorstel, zoals geamendeerd" / "Besluit: aangenomen."
        noted_about_case(decided, text, lex)
        if mover := field_proposer(raw, lex) or movers.get(section.title):
            movers[section.title] = mover  # "Beslutning i Byrådet den 18. marts 2026" below the field: same item
            _by_mover(decided, mover, lex)
        summaries: set[int] = set()  # outside a case, "Øvrige punkter (12-15) er godkendt": each item has its own block
        for decision in decided:  # a news item's report (no case, no meeting date) is about its object
            here = protocol.meeting_at(decision.start, decision.agent, prose=False)
            outside = here.case_number is None
            if outside and names_item_set(decision.subject, lex):
                summaries.add(id(decision))
                continue
            reported = outside and (here.meeting_date is None or bool(protocol.stamp))  # a news page reports too
            repair_subject(decision, text, lex, reported, outside, alone=len(decided) == 1)
        if titled := titled_mover(section.title, lex):  # "Forslag fra Ole Lind (F) om ...": their proposal
            _by_mover(decided, Proposer(*titled), lex)
            quoted_words(decided, section.title, lex)  # "Framlegg frå X (SV): «...»": the decision is on its words
        named_by_headlines(decided, lex.news.headline_over, lex.news.headline_names_notings)
        found += [d for d in decided if id(d) not in summaries and not stands_for_nothing(d, lex)]
    return found


def _by_mover(decided: list[Decision], mover: Proposer, lex: Lexicon) -> None:
    """An item naming its mover in a field ("Forslagsstiller: Ida Søgaard (Ø)") is a member's proposal: its
    decisions moved by nobody else and about no recommendation ("Indstillingen") are about that proposal."""
    refs = subject_rules(lex.language).recommendation_refs
    for decision in decided:
        label = decision.subject and (
            lex.is_proposal_label(decision.subject) or refs and refs.fullmatch(decision.subject)
        )
        if decision.proposer is None and not label:
            decision.proposer, decision.proposer_party = mover.name, mover.party


def _step_block(section: Section, text: SectionText, lex: Lexicon, decisive: bool = False) -> list[Block]:
    return step_block(text, section.header_spans[-1][1] - section.start, lex, decisive) if section.step else []


def _about_block(decided: list[Decision], blocks: list[Block], text: SectionText, lex: Lexicon) -> None:
    """One vote naming nothing ("Stemming: unaniem aangenomen") beside one decision block that states the
    decision ("Besluit: De raad benoemt ... tot lid.", "Artikel 1: De gemeenteraad keurt ... goed."): in
    minutes that record a decision as a sentence (`phrase_subject` sentence) the vote is about that
    sentence, not about the case title."""
    if lex.phrase_subject != "sentence" or len(decided) != 1:
        return
    decision = decided[0]
    if decision.subject not in (None, text.title) or decision.proposer is not None:
        return
    stated = [d.subject for b in blocks if (d := block_decision(text, b, lex)) and d.outcome == decision.outcome]
    decisive = [s for s in stated if s and s != text.title and any(r.search(s) for r in lex.decisive_sentences)]
    if len(decisive) == 1:
        decision.subject = decisive[0]


def _about_case(decided: list[Decision], blocks: list[Block], text: SectionText, lex: Lexicon) -> None:
    """A decision sentence standing on the line under a lone decision label ("Besluit" / "Artikel 1" /
    "De gemeenteraad keurt de gewijzigde tarieven goed.") is about the case: where the language's minutes
    title every point (`block_sentence_subject` title), the case title is the subject."""
    if lex.block_sentence_subject != "title" or not text.title:
        return
    lone = [block for block in blocks if text.text[block.start : block.end].lstrip(" \t").startswith("\n")]
    lines = [_unlabelled(line.strip(), lex) for b in lone for line in text.text[b.start : b.end].splitlines()]
    for decision in decided:
        if decision.proposer is not None or decision.subject in (None, text.title):
            continue
        opening = _opening(decision.subject)  # the sentence opens its own line, no label before it
        stated = any(_opening(line)[: len(opening)] == opening for line in lines if line)
        if stated and any(r.search(decision.subject) for r in lex.decisive_sentences):
            decision.subject = text.title


_LABEL_STOP = re.compile(r"[ \t]*(?:\.|[ \t][-–])[ \t]+")  # "Artikel 1. ", "Enig artikel. ", "Artikel 1 - "


def _unlabelled(line: str, lex: Lexicon) -> str:
    """A decision line without the article label it opens with ("Artikel 1. De gemeenteraad keurt ... goed."):
    the article states the decision of the lone label above it, as a sentence standing alone would."""
    for stop in _LABEL_STOP.finditer(line, 0, 30):
        if any(regex.fullmatch(line[: stop.start()]) for regex in lex.decision_blocks):
            return line[stop.end() :]
    return line


def _opening(sentence: str) -> list[str]:
    return [word.strip(".;:,") for word in sentence.split()[:6]]


def _without_restatements(decided: list[Decision], blocks: list[Block], text: SectionText) -> list[Decision]:
    """Drop a bare outcome inside a decision block that follows the section's vote lines.

    "Votering: Innstillinga vart vedteken med 15 mot 4 røyster." then "Vedtak: Planen vert godkjend."
    records one decision: the block restates what the vote lines above it decided, and so does a block
    with the outcome a vote above reached ("Utsetjingsframlegget vart vedteke." / "Vedtak: Saka vert
    utsett."). A block phrase with counts, unanimity, a proposer or another outcome is a decision of its own.
    """
    holding = [block_holding(blocks, text, decision) for decision in decided]
    # where the first vote of each outcome outside every block stands: read once, not per decision
    first_of: dict[str | None, int] = {}
    for decision, block in zip(decided, holding, strict=True):
        if block is None:
            at = decision.start - text.base
            first_of[decision.outcome] = min(first_of.get(decision.outcome, at), at)
    first_outside = min(first_of.values(), default=None)  # of any outcome
    out = []
    for decision, block in zip(decided, holding, strict=True):
        bare = decision.proposer is None and decision.unanimous is None
        bare = bare and decision.votes_for is None and decision.votes_against is None
        above = block is not None and first_outside is not None and first_outside < block.label_start
        # "Utsetjingsframlegget vart vedteke." then "Vedtak: Saka vert utsett.": the same postponement restated
        same = block is not None and decision.outcome in first_of and first_of[decision.outcome] < block.label_start
        if not (bare and above and (decision.outcome == "adopted" or same)):
            out.append(decision)
    return out


def _recalled(doc: Document, decision: Decision, protocol: Protocol, lex: Lexicon, linking: dict[int, bool]) -> bool:
    """A phrase in a sentence that recalls an earlier decision or announces a coming one, or in a line
    linking another page.

    A sentence dated the meeting's own day ("besluit in de vergadering van 9 april 2024") is this meeting's,
    also the day the prose names as a meeting (any day it names, on a page with a publication stamp).
    """
    sentence = doc.sentence_at(decision.start, decision.end)
    line_start, line_end = doc.line_bounds(decision.start)
    if line_start not in linking:
        linked = lex.news.links is not None and bool(lex.news.links.search(doc.text[line_start:line_end]))
        linking[line_start] = linked or links_listed(doc.text, line_start, lex.news.links)
    if linking[line_start]:
        return True  # "Les også: Bystyret vedtok nytt budsjett": another page's headline
    if not is_background(sentence, lex):
        return False
    if is_sign_off(sentence, lex):
        return True
    here = protocol.context_at(decision.start)
    meeting = here.meeting_date or protocol.mentioned(decision.start, here, named_only=not protocol.stamp)
    return meeting is None or parse_date(sentence, lex) != meeting


def _row(doc: Document, decision: Decision, protocol: Protocol, lex: Lexicon) -> VoteRow | None:
    here = protocol.context_at(decision.start)
    ctx = protocol.meeting_at(decision.start, decision.agent)
    in_case = here.case_number is not None and ctx.meeting_date is not None  # a case of a dated protocol
    line = doc.text[slice(*doc.line_bounds(decision.start))]
    sentence = doc.sentence_at(decision.start, decision.end)
    reported = protocol.reports and ctx.meeting_date and body_reports(sentence, lex, line)
    if decision.statement and not (here.body or here.meeting_date or in_case or reported):
        return None  # a 'for information' remark outside any meeting record (no body or date header) is no decision
    if here.case_number is None and recalled_on_page(doc.text, decision.start, ctx.meeting_date, protocol.stamp):
        return None  # "Bystyret vedtok 9. desember 2025 ..." on a page last updated in March: background
    body = ctx.body or lex.default_body
    if body and body.lower() in lex.administrative_bodies:
        return None
    if here.case_number is None and is_case_noun(decision.subject, lex) and protocol.has_case_after(decision.start):
        return None  # "Protokollen frå førre møte vart godkjend." in the minutes' head, above the first case
    return VoteRow(
        **doc.provenance(decision.start, decision.end),
        municipality=doc.municipality,
        body=body,
        meeting_date=ctx.meeting_date,
        case_number=ctx.case_number,
        archive_case=ctx.archive_case,
        subject=(
            titled_subject(title_below(decision.subject, doc.text, decision.start, lex.language), lex.language) or ""
        ).strip()
        or None,  # never an empty subject
        proposer=decision.proposer,
        proposer_party=decision.proposer_party,
        outcome=decision.outcome,
        unanimous=decision.unanimous,
        votes_for=decision.votes_for,
        votes_against=decision.votes_against,
        against_parties=to_json(decision.against_parties),
        casting_vote=decision.casting_vote,
        counts_consistent=decision.counts_consistent,
    )


@lru_cache(maxsize=4)
def protocol_of(language: str, text: str) -> Protocol:
    """The document's sections and contexts, shared by `extract` and `uncovered` on the same text."""
    lex = lexicon(language)
    if lex is None:
        return Protocol([], [], [])
    protocol = scan(text, lex)
    head = head_proposal(text, language)
    for section in protocol.sections:  # sections above the first case header are about the page's proposal
        if head and section.title is None and protocol.context_at(section.start).case_number is None:
            section.title = head
    return protocol


def extract(doc: Document) -> list[VoteRow]:
    lex = lexicon(doc.language)
    if lex is None or not doc.text or voteless(doc, lex):
        return []
    doc = unmarked(doc)
    protocol = protocol_of(doc.language, doc.text)

    def case_of(at: int) -> str | None:
        return protocol.context_at(at).case_number

    history = history_spans(doc.text, lex)  # earlier steps retold under their heading
    found = [d for d in _decisions(doc, protocol, lex) if not any(a <= d.start < b for a, b in history)]
    found = without_uncounted_restatements(found, case_of)
    found = without_explanations(found, case_of, protocol.header_at, doc.text, lex)
    with_quoted_notes(found, case_of, doc.text, lex)
    found = without_overview_rows(found, doc.text, case_of)
    found = with_vote_page(found, doc.text, doc.language, case_of)
    found, items = with_bracketed_items(found, doc.text, lex)  # "Pkt. 35 (Titel) blev ...": the item's own case
    detailed = {case_of(d.start) for d in found if not d.listing}
    titled = title_end(doc.text, lex) if protocol.stamp else 0  # a news page's title sums up a decision below
    rows = []
    for decision in found:
        if decision.listing and case_of(decision.start) in detailed:
            continue  # the case's own protocol below the list records the decision in full
        if decision.start < titled and case_of(decision.start) is None:
            continue
        row = _row(doc, decision, protocol, lex)
        if row is not None:
            rows.append(replace(row, case_number=items[id(decision)]) if id(decision) in items else row)
    return rows
