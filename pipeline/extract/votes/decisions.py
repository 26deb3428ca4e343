"""The decisions of one protocol section: vote phrases joined with their count lines, proposers
and the section's own statements, following the contract's rules for alternative votes and noting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.extract.votes.alternative_names import named_otherwise, names_more_fully
from pipeline.extract.votes.consent import consent_hits
from pipeline.extract.votes.count_lines import counts_follow, own_tallies, spanned
from pipeline.extract.votes.counts import ballot, consistent, first_side_parties, merge, parse_breakdown
from pipeline.extract.votes.label_blocks import block_ends
from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.members import member_tallies
from pipeline.extract.votes.phrases import (
    Hit,
    TallyHit,
    after_verb,
    find_hits,
    find_statements,
    find_tallies,
    phrase_sentence,
    without_label,
)
from pipeline.extract.votes.proposal_text import name_by_text, own_texts
from pipeline.extract.votes.proposals import (
    Proposal,
    ending_before,
    find_proposals,
    is_pronoun,
    names_numbered,
    open_proposal,
    proposal_texts,
)
from pipeline.extract.votes.proposers import Proposer, declared, party_mover, resolve, titled_before
from pipeline.extract.votes.quoted import (
    in_quotes,
    is_generic_decision,
    is_generic_subject,
    on_inline_recommendation,
    opens_recommendation,
    quoted_spans,
)
from pipeline.extract.votes.referents import referent
from pipeline.extract.votes.section import FIRST_SENTENCE, SectionText, own_sentence_start
from pipeline.extract.votes.stated import stated_above, without_lead_ins
from pipeline.extract.votes.subject_rules import subject_rules
from pipeline.extract.votes.tallies import (
    apply_tallies,
    breakdown_of,
    cells_apart,
    count_cells,
    normalised,
    tally_total,
)
from pipeline.extract.votes.vote_labels import other_votes, split_tallies
from pipeline.extract.votes.whole_item import adopts_nothing, is_briefing, names_nothing


@dataclass
class Decision:
    """A vote or decision before meeting context and provenance are attached (offsets in the doc)."""

    start: int
    end: int
    outcome: str
    subject: str | None = None
    proposer: str | None = None
    proposer_party: str | None = None
    unanimous: bool | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    against_parties: dict[str, int] | None = None
    casting_vote: bool = False
    counts_consistent: bool = True
    agent: str | None = None
    listing: bool = False  # read from a case list's result column
    statement: bool = False  # only a 'for information' statement, no vote phrase
    table: bool = False  # a decision table's row: text below the table about that item only explains it
    points_below: bool = False  # a table row whose cell points to the record below ("Vedteke, sjå under")
    unopposed: bool = False  # "zonder stemming": a vote record that states no vote, so not unanimity either
    headline: str | None = None  # its news paragraph's headline: its name where the prose names it by a clause

    @property
    def voteless(self) -> bool:
        """No vote stated: neither unanimity nor a count."""
        return self.unanimous is None and self.votes_for is None and self.votes_against is None


def hit_decision(hit: Hit, base: int, proposers: list[Proposer], lex: Lexicon) -> Decision:
    """A decision from one vote phrase: outcome, unanimity, counts in the phrase, proposer.

    In an alternative vote ("mellom A og B ble A vedtatt") the winner is the alternative the
    phrase's subject starts like; the row is about the winner, and the loser is named in the subject.
    """
    g = hit.groups
    decision = Decision(
        start=base + hit.start,
        end=base + hit.end,
        outcome=hit.outcome,
        subject=hit.subject,
        agent=hit.agent,
        casting_vote="casting" in g,
        unanimous=True if hit.unanimous else None,
        unopposed="unopposed" in g,
    )
    winner = hit.subject
    if "ballot" in g and (tally := ballot(g["ballot"])):  # "Ved skriftlig valg fikk A 14 stemmer og B 13"
        g = {**g, "for": str(tally[0]), "against": str(tally[1])}
    # "Ved alternativ votering fikk A 9 stemmer og B 30 stemmer": the alternative with more votes won
    fewer = bool(hit.alternatives) and "for" in g and "against" in g and int(g["for"]) < int(g["against"])
    if fewer:
        g = {**g, "for": g["against"], "against": g["for"]}
        g["for_breakdown"] = hit.groups.get("against_breakdown")
        g["against_breakdown"] = hit.groups.get("for_breakdown")
        g = {k: v for k, v in g.items() if v is not None}
    if hit.alternatives and hit.subject:
        first_word = normalised(hit.subject).split()[0]
        winner, loser = hit.alternatives
        if not normalised(winner).startswith(first_word) and normalised(loser).startswith(first_word):
            winner, loser = loser, winner
        renamed = named_otherwise(hit.subject, hit.alternatives)  # "mellom A og B fekk framlegget til vedtak"
        if renamed:
            winner, loser = renamed
        if fewer:
            winner, loser = loser, winner
        elif renamed and len(hit.subject.split()) >= len(winner.split()):
            winner = hit.subject  # named as fully as listed, in other words: the winner as the result names it
        if names_more_fully(hit.subject, winner):  # "mellom innstillingen og Viks forslag ble kommunedirektørens
            winner = hit.subject  # innstilling vedtatt": the winner as the result names it
        label = lex.alternative_subject.format(winner=winner, loser=loser)
        decision.subject = label[:1].upper() + label[1:]  # a label of our making, written as a heading
    if decision.outcome == "adopted" and winner and any(w in winner.lower() for w in lex.postponement_words):
        decision.outcome = "postponed"
    proposer = resolve(winner, proposers, lex) or (party_mover(winner, proposers, lex) if hit.alternatives else None)
    if proposer:
        decision.proposer, decision.proposer_party = proposer.name, proposer.party
    if "for" in g:
        decision.votes_for = int(g["for"])
    for side in ("for", "against"):
        text = g.get(f"{side}_breakdown") or g.get(f"{side}_names")
        if not text:
            continue
        breakdown = parse_breakdown(text, lex)
        stated = decision.votes_for if side == "for" else (int(g["against"]) if "against" in g else None)
        if side == "for" and stated is None and f"{side}_names" in g:
            decision.votes_for = breakdown.total
        elif side == "against":
            decision.against_parties = breakdown.counted(stated)
        decision.counts_consistent = decision.counts_consistent and consistent(stated, breakdown)
    if "against" in g:
        decision.votes_against = int(g["against"])
    for_, against = decision.votes_for, decision.votes_against
    if decision.outcome == "rejected" and for_ is not None and against is not None and for_ > against:
        decision.votes_for, decision.votes_against = against, for_  # "forkastet med 29 mod 18": winners first
        decision.against_parties = first_side_parties(g, lex, for_)
    return decision


def settle_against(decision: Decision) -> None:
    if decision.unanimous:
        decision.votes_against = 0
    elif decision.votes_against is not None:
        decision.unanimous = decision.votes_against == 0
    elif decision.outcome == "rejected" and decision.votes_for:
        decision.unanimous = False  # "fikk 7 stemmer og falt": the members who voted for it were outvoted
    if decision.votes_against == 0:
        decision.against_parties = None


def _from_tallies(tallies: list[TallyHit], section: SectionText, lex: Lexicon) -> Decision | None:
    """A result given only as counts (a 'Stemuitslag' block, an 'Afstemning:' line)."""
    percent = {t.option: t.pct for t in tallies if t.pct is not None}
    counted: dict[str, TallyHit] = {}
    for t in tallies:
        if t.pct is None:
            counted.setdefault(t.option, t)
    score = {
        option: percent.get(option, tally_total(counted[option], lex) if option in counted else None)
        for option in ("yes", "no")
    }
    if score["yes"] is None and score["no"] is None:
        return None
    # only the votes against named ("Stemden tegen: ..."): the decision they were outvoted on stands;
    # a tie the chair decided ("Stemmelikhet (15–15); ordførerens dobbeltstemme avgjorde") decided it
    casting = any(t.casting for t in tallies)
    won = score["yes"] is None or score["yes"] > (score["no"] or 0) or (casting and score["yes"] == score["no"])
    start, end = section.base + tallies[0].start, section.base + tallies[-1].end
    decision = Decision(start=start, end=end, outcome="adopted" if won else "rejected", casting_vote=casting)
    if "yes" in counted:
        decision.votes_for = tally_total(counted["yes"], lex)
    if "no" in counted:
        decision.votes_against = tally_total(counted["no"], lex)
        no = [t for t in tallies if t.option == "no" and t.pct is None]  # "… 3 tegen" + "Tegen: SP": one side
        decision.against_parties = merge([breakdown_of(t, lex) for t in no]).counted(decision.votes_against)
    named_against = any(t.option == "no" and t.breakdown.strip() for t in tallies)  # "Tegen: PVV"
    if percent.get("yes") == 100:
        decision.unanimous = True
    elif score["no"] or named_against or percent.get("yes", 100) < 100:
        decision.unanimous = False
    decision.counts_consistent = all(consistent(t.n, breakdown_of(t, lex)) for t in counted.values())
    opening = section.text.rfind("\n", 0, tallies[0].start) + 1 if section.paragraphs else 0  # news: own paragraph
    first = section.first_sentence(opening, tallies[0].start)
    if first and any(regex.search(section.text, tallies[-1].end) for regex in lex.decision_blocks):
        first = None  # "Motivering ..." / "Stemming: 23 voor" / "Besluit: ...": the counts are the block's below
    if first and ":" in first and _is_label(first.split(":", 1)[0].strip(), lex):
        first = first.split(":", 1)[1].strip() or None  # "Besluit: De raad stelt ... vast."
    if first and (first[-1] in ",;:" or first.count("(") > first.count(")")):  # "De gemeenteraad,", "Artikel 1:"
        first = None  # lead in to grounds and articles, "De motie wordt bij staking van stemmen (19 ja-...": no subject
    opening = first and any(regex.fullmatch(first) for regex in lex.decision_blocks)  # "Artikel 1" on its own line
    if _is_label(first, lex) or opening or (first and is_generic_decision(first.split(":", 1)[-1], lex)):
        first = None  # "Beslissing: gunstig advies" above the counts names nothing: the case title does
    decision.subject = (
        _counted_object(counted.get("yes"), lex) or section.proposal_sentence(lex) or first or section.title
    )
    return decision


def _counted_object(tally: TallyHit | None, lex: Lexicon) -> str | None:
    """The recommendation a count line names as what it counts ("6 stemte for innstillingen, 2 stemte mot"): the
    vote is on it, as the line writes it."""
    refs = subject_rules(lex.language).recommendation_refs
    return tally.what if tally and tally.what and refs is not None and refs.fullmatch(tally.what) else None


def _about(
    decision: Decision, heading: Proposer | Proposal | None, section: SectionText, lex: Lexicon, referred: bool = False
) -> None:
    """Subject of a bare result: the proposal heading above it (or the one its outcome line `referred` to),
    else what the case is about (the case title or the recommendation, in the language's order)."""
    if heading is not None:
        decision.subject, decision.proposer, decision.proposer_party = heading.title, heading.name, heading.party
        name_by_text(decision, heading, section.text, lex, referred)
    else:
        decision.subject = section.generic_subject(lex, decision.outcome == "postponed", decision.outcome == "noted")


def _recalled(text: str, hit: Hit, lex: Lexicon) -> bool:
    """The phrase's sentence recalls a decision taken before (`background`): its counts are not below it."""
    return any(regex.search(phrase_sentence(text, hit)) for regex in lex.background)


def _is_label(subject: str | None, lex: Lexicon) -> bool:
    """A decision label ("Stemuitslag", "Besluit") or a point's label ("Ad b)", "Pkt. 2") read as a subject; a
    proposal label ("Indstillingen") is none."""
    if subject and lex.point_label is not None and lex.point_label.fullmatch(subject.strip()):
        return True
    return bool(subject and lex.block_label.fullmatch(subject) and not lex.is_proposal_label(subject))


def decide(
    section: SectionText, lex: Lexicon, points: dict[int, str] | None = None, above: Sequence[Proposal] = ()
) -> list[Decision]:
    """Every decision recorded in the section, in order.

    `points` are the numbered recommendation points in force (possibly from an earlier section):
    a decision on "Ad. 1" is about point 1. `above` are proposals the case text above this treatment
    gives (proposal_text.carried): an outcome line here may refer to them.
    """
    text = section.text
    proposers = declared(text, lex)
    windows = lex.windows(text)
    members = member_tallies(text, lex)  # a member's line in a vote page is counted there, not again by itself
    found = [t for t in find_tallies(text, lex, windows) if not any(m.start <= t.start < m.end for m in members)]
    found += members
    found += count_cells(text, lex, found, windows)  # "Vedtaget <gap> For: 14 <gap> Imod: 11"
    named = find_proposals(text, lex, section.title)
    ends = block_ends(named, text, lex)  # withdrawn proposals, the recommendation's label
    quoted = quoted_spans(text, lex) + [  # retold, tracked, a proposal's words: they end where their vote is counted
        (a, min([b] + [t.start for t in found if a < t.start < b])) for a, b in own_texts(named, text, lex)
    ]

    def unquoted(offset: int) -> bool:  # not a retold or tracked decision
        return not any(a <= offset < b for a, b in quoted)

    def kept(offset: int) -> bool:  # nor the recommendation, nor a proposal's text quoted on its line
        return unquoted(offset) and not section.in_proposal(offset) and not in_quotes(text, offset)

    tallies = sorted((t for t in found if kept(t.start)), key=lambda t: t.start)
    marks = section.marks(lex)  # "Stemming over het amendement": a vote's own label
    barriers = tuple(t.end for t in tallies)
    cells = cells_apart(text, tallies)  # "Uitslag: aangenomen <gap> Voor: 15": the outcome cell ends its line
    hits = [h for h in find_hits(cells, lex, barriers, windows) if kept(h.phrase_start)]
    hits = sorted(hits + [h for h in consent_hits(text, lex, hits) if kept(h.phrase_start)], key=lambda h: h.start)
    named = ending_before(named, [h.start for h in hits], text)  # an entry with its outcome on its line
    statements = [(a, b) for a, b in find_statements(text, lex, windows) if unquoted(a)]
    resolved: list[tuple[int, Proposal]] = []  # outcome phrase offset, the named proposal it is about
    decisions: list[Decision] = []
    used: set[int] = set()
    previous_end = 0
    recalled = [_recalled(text, hit, lex) for hit in hits]  # a decision recalled from an earlier meeting counts nothing
    follow = counts_follow(tallies, [hit for hit, back in zip(hits, recalled, strict=True) if not back])
    spoken = text if lex.phrase_subject == "sentence" else ""  # verbatim minutes name proposals as they go
    for index, hit in enumerate(hits):
        decision = hit_decision(hit, section.base, proposers, lex)
        next_start = hits[index + 1].start if index + 1 < len(hits) else len(text)
        taken = used | other_votes(tallies, marks, hit.phrase_start)  # a labelled vote's counts are its own
        own = own_tallies(text, tallies, taken, previous_end, hit, next_start, follow, section.paragraphs)
        if recalled[index]:  # "keurde in 2019 ... goed."
            own = [i for i in own if tallies[i].start < hit.phrase_start]  # the counts below it are the item's
        if hit.alternatives and {"for", "against"} <= set(hit.groups):  # "stemte 12 for A og 9 for B": read
            used |= (mine := spanned(tallies, hit))
            own = [i for i in own if i not in mine]
        if decision.unanimous and any(tallies[i].option == "no" and tallies[i].n for i in own):
            own = []  # "besluit unaniem" below "met 19 voor en 5 tegen": those counts are another vote's
        if own:
            apply_tallies(decision, [tallies[i] for i in own], lex)
            used.update(own)
            # the counts the phrase itself ends with restate the count lines above it, they are no new vote
            used.update(spanned(tallies, hit))
            decision.start = min(decision.start, section.base + tallies[own[0]].start)
            decision.end = max(decision.end, section.base + tallies[own[-1]].end)
        point = section.point_at(hit.phrase_start, lex)
        # "Sagen", or a sentence naming nobody's proposal ("Marit Hauge (Ap) vert vald"): about the case
        generic = decision.subject if names_nothing(decision.subject, named, hit.phrase_start, lex) else None
        after = after_verb(text, hit, lex.language) if spoken else None
        if after and is_generic_subject(after, lex):  # "Op verzoek van de schepen wordt het punt verdaagd"
            decision.subject, generic = None, after
        if _is_label(decision.subject, lex) or generic:
            decision.subject = None  # "Stemuitslag: aangenomen", "Orienteringen ...": the word names nothing
        about = decision.subject
        if spoken and about and len(about.split()) == 1 and not is_pronoun(about, lex.language):
            about = after_verb(text, hit, lex.language) or about  # "Dan is het amendement verworpen": after the verb
        if points and point in points:
            decision.subject = points[point]
        elif hit.alternatives is None and (
            proposal := referent(about, [*above, *named], hit.phrase_start, lex.language, lex, spoken[: hit.start])
        ):
            # an alternative vote's subject is our own "winner (loser)" label: the loser's name refers to nothing
            known = decision.proposer, decision.proposer_party  # a declared proposer named by surname
            _about(decision, proposal, section, lex, referred=True)
            if known[0]:
                decision.proposer, decision.proposer_party = known
            resolved.append((hit.phrase_start, proposal))
        elif decision.subject is None:
            heading = titled_before(proposers, hit.phrase_start)
            heading = heading or open_proposal(named, hit.phrase_start, previous_end, ends)
            if heading is None and generic:  # "Saken ble utsatt": about the case, as the language's minutes name it
                decision.subject = section.generic_subject(
                    lex, adopts_nothing(decision.outcome, generic, lex), noting=decision.outcome == "noted"
                )
            elif heading is None and (stated := stated_above(section, hit, previous_end, lex)):
                decision.subject = stated
            else:
                _about(decision, heading, section, lex)
            if isinstance(heading, Proposal):
                resolved.append((hit.phrase_start, heading))
            decision.subject = decision.subject or generic  # nothing better above it: "Sagen" it is
        own = decision.subject and decision.subject == hit.subject and "subject" not in hit.groups
        if own and lex.phrase_subject == "sentence" and not names_numbered(decision.subject, lex.language):
            decision.subject = section.sentence_subject(phrase_sentence(text, hit), lex)
        settle_against(decision)
        decisions.append(decision)
        previous_end = hit.end
    proposed = proposal_texts(resolved, text, lex)
    decisions = [
        d
        for d, hit in zip(decisions, hits, strict=True)
        if not any(a <= hit.phrase_start < b for a, b in proposed)  # the proposal's own text, not its outcome
        and not opens_recommendation(text, hit.phrase_start, lex)  # the recommendation, without its label
    ]
    decisions = without_lead_ins(decisions, lex)
    for rest in split_tallies([t for i, t in enumerate(tallies) if i not in used], marks):
        tallied = _from_tallies(rest, section, lex)
        heading = titled_before(proposers, rest[0].start) or open_proposal(named, rest[0].start, previous_end, ends)
        if tallied and heading:
            tallied.subject = None
            _about(tallied, heading, section, lex)
        if tallied:
            settle_against(tallied)
            decisions.append(tallied)
    own = [(a, b) for a, b in statements if section.states_own(a, lex)]
    if statements and len(decisions) == 1 and decisions[0].outcome == "adopted" and decisions[0].proposer is None:
        decision = decisions[0]
        inside = range(decision.start - section.base, decision.end - section.base)
        # a recommendation with points or sentences besides the noting decides more than noting
        substantive = len(section.points()) > 1 or section.notes_only(statements) is False
        beside = [(a, b) for a, b in own if a not in inside]  # noting beside a decision, unless only recommended
        subject = decision.subject
        named = subject not in (None, section.title) and not is_generic_subject(subject, lex)
        refs = subject_rules(lex.language).recommendation_refs  # "Innstillingen ble vedtatt": the recommendation
        recommended = not (named and not (refs and refs.fullmatch(subject.strip(" .")))) and all(
            on_inline_recommendation(text, a, b, lex) for a, b in beside
        )
        if not substantive and (not beside or recommended):
            decision.outcome = "noted"
    if own and not decisions:  # a recommendation alone (an agenda) records no decision
        start, end = own[0]
        line_start = own_sentence_start(text, text.rfind("\n", 0, start) + 1, start)
        subject = FIRST_SENTENCE.search(text, line_start, len(text))
        sentence = text[line_start:end] if subject is None else subject.group(0)
        noted = Decision(start=section.base + start, end=section.base + end, outcome="noted", statement=True)
        noted.subject = without_label(sentence.strip(" ."))  # "Uitslag: De raad neemt ... kennisgeving aan."
        if is_generic_decision(sentence.split(":", 1)[-1], lex) or is_briefing(sentence, lex):  # "Til orientering."
            noted.subject = section.generic_subject(lex) or noted.subject
        if lex.unanimous and lex.unanimous.search(sentence):  # "Enstemmig tatt til orientering."
            noted.unanimous, noted.votes_against = True, 0
        decisions.append(noted)
    return decisions
