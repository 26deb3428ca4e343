"""Extractor for the `networks` table: networks, programmes and organisations the municipality takes part in.

A gazetteer mention counts when its sentence shows participation (a membership or
participation cue, or the municipality's own name) or when it stands in the
document's network table or list; it does not count when a consideration, negation
or event-role cue ("overvejelser om deltagelse i", "ikke medlem", "moderator X,")
comes right before it, when its clause leaves it, refuses it, waits for it or holds it
through another body ("besluttede at udtræde af X", "søknaden ... ble avslått", "via de
provincie"), or when the case's decision a few sentences on refuses the motion or title it
stands in (outcome.py); project and funding cues count for programmes only, and a programme
named only as the money's source ('med støtte fra LIFE') is no participation. Names no
gazetteer knows count from network tables and lists, when coordinated with known
networks, and when a network head word marks them in a membership sentence (named.py);
their kind comes from their own words. Bodies in not_networks.csv never count. One row
per network: mention is the first surface form, evidence the sentence of the first
qualifying mention.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import numpy
from spacy.tokens import Doc, Span

from pipeline.dataset.rows import NetworkRow
from pipeline.document import Document
from pipeline.extract.networks.acronyms import acronym_hits
from pipeline.extract.networks.clauses import clause_before
from pipeline.extract.networks.context import (
    Context,
    at_event,
    blocked,
    in_project_name,
    is_subject,
    members_named,
    planned,
)
from pipeline.extract.networks.coordination import siblings
from pipeline.extract.networks.lists import regions
from pipeline.extract.networks.matcher import Hit, document_hits
from pipeline.extract.networks.named import HYPHENS, explained_local, explanation, is_head, named_networks
from pipeline.extract.networks.not_held import after_route, denied_next, issuer_denies, item_remark_stops
from pipeline.extract.networks.outcome import adopted_later, agenda_entry, refused_later
from pipeline.extract.networks.participation import (
    funds_the_issuer,
    label_only,
    membership_stated,
    names_issuer,
    network_denied,
    participates,
    spoken_of_as_place,
    third_party,
)
from pipeline.extract.networks.pending import decision_pending, pending_next, referred_up
from pipeline.extract.networks.programmes import aspired, funded_only, no_own_project, routed
from pipeline.extract.networks.rules import UNKNOWN_KIND, Cues, counted_member, cues, excluded
from pipeline.extract.networks.segments import is_proper_name, segment_cell
from pipeline.extract.networks.strands import PROGRAMME_KIND, Strands, absorbed
from pipeline.text.nlp import distinct_words, doc_text


@dataclass
class Mention:
    """One occurrence of a network; `qualifies` says whether it shows participation."""

    network: str
    kind: str
    surface: str
    start: int  # char offsets in the document text
    end: int
    qualifies: bool
    evidence: str | None = None  # None: the line-based sentence Document.provenance gives


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" |")  # a table's bar glued to a padded cell is no part of the name


def _within(start: int, spans: list[tuple[int, int]]) -> bool:
    """Is char `start` inside one of the sorted, non-overlapping `spans`?"""
    k = bisect_right(spans, (start, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= start < spans[k][1]


CITY_NETWORK_KIND = "city_network"
_BRANCHLESS_KINDS = (CITY_NETWORK_KIND, PROGRAMME_KIND)  # kinds of bodies no town has a branch of


def _branch_names(sdoc: Doc, hits: list[Hit], municipality: str | None) -> set[int]:
    """Tokens of the municipality's name right after a network ("Foreningen Norden Herning", "Rotary
    Vejle"): a local branch's name, which says nothing about the municipality taking part. A city network or
    an EU programme has no local branch: the town's name after it opens the next clause, where an agenda
    title was run onto its text ("Ondertekening van het Burgemeestersconvenant" / "Wetteren onderschrijft")."""
    if not municipality:
        return set()
    found: set[int] = set()
    text = doc_text(sdoc)
    for hit in hits:
        if hit.entry.kind in _BRANCHLESS_KINDS:
            continue
        start = sdoc[hit.end].idx if hit.end < len(sdoc) else len(text)
        end = start + len(municipality)
        if text.startswith(municipality, start) and not text[end : end + 1].isalnum():
            tail = sdoc.char_span(start, end, alignment_mode="expand")
            found.update(range(tail.start, tail.end))
    return found


def _issuer_is_member(context: Context, sentence: Span, hit: Hit, inside: set[int], rules: Cues) -> bool:
    """A network that is its sentence's subject ("Eurocities har 200 medlemmer") or whose members at large
    are spoken of ("underskriverne af X") is a row only when the sentence (or the one before) names the
    issuer: the membership words are the network's own."""
    sdoc = context.sdoc
    if not any(check(sdoc, sentence, hit.start, hit.end, rules) for check in (is_subject, members_named)):
        return True
    return names_issuer(context.with_previous(sentence), inside, context.doc.municipality, rules)


def _coordinated(between: Span, rules: Cues) -> bool:
    """Only commas, a coordinator and an article ('og', 'en het') stand between two mentions."""
    return all(
        t.is_punct or any(rules.word_is(group, t.text, literal=True) for group in ("coordinators", "determiners"))
        for t in between
    )


def _listed_after(previous_end: int, sentence: Span, between: Span, rules: Cues) -> bool:
    """The mention follows the previous one in a list of the same sentence ('støtte fra LIFE og Interreg'); a
    list item after a sentence that stopped its own network ('... niet de stad.' / '- Eurocities') is none."""
    return previous_end > sentence.start and _coordinated(between, rules)


_ITEM_HEAD_END = re.compile(r"(?:\([^()\n]*\))?\)?\s*:")  # ':', '):' or ' (Covenant of Mayors):' after the name


def _heads_remark(sdoc: Doc, sentence: Span, end: int) -> bool:
    """The name ending at token `end` closes its sentence with a colon, maybe after a bracketed other name
    ('- Eurocities: Venray is lid sinds 2010.', '- Burgemeestersconvenant (Covenant of Mayors): Venray ...'):
    the sentence after the colon is the name's remark, split off where a capital opened it; it is the name's when it
    names the issuer ('Het netwerk telt 1000 leden' speaks of the network)."""
    return bool(_ITEM_HEAD_END.fullmatch(sdoc[end : sentence.end].text.strip()))


def _list_ends(sdoc: Doc, hits: list[Hit], rules: Cues) -> list[int]:
    """Per hit, the end of the list of coordinated mentions it stands in ('CERV, Erasmus+ og LIFE'): the
    words after a list are said of all its names."""
    ends = [h.end for h in hits]
    for k in range(len(hits) - 2, -1, -1):
        if hits[k + 1].start >= hits[k].end and _coordinated(sdoc[hits[k].end : hits[k + 1].start], rules):
            ends[k] = ends[k + 1]
    return ends


def _gazetteer_mentions(
    context: Context, hits: list[Hit], cells: list[tuple[int, int]], programmes: list[tuple[int, int]], rules: Cues
) -> list[Mention]:
    """Known networks judged mention by mention, plus unknown names coordinated with qualifying ones."""
    doc, sdoc = context.doc, context.sdoc
    branches = _branch_names(sdoc, hits, doc.municipality)
    inside = {i for h in hits for i in range(h.start, h.end)} | branches
    starts = {h.start for h in hits}
    found, qualified, judged_until = [], set(), {}
    stopped_keys: set[tuple[str, str]] = set()  # networks a sentence denied, refused or held through another body
    strands = Strands(doc.text)  # a programme's named strands are judged each on its own
    previous_end, previous_blocked = 0, False
    list_ends = _list_ends(sdoc, hits, rules)
    for hit, list_end in zip(hits, list_ends, strict=True):
        span = sdoc[hit.start : hit.end]
        key = strands.key(hit.entry.network, _clean(span.text), hit.entry.kind, span.start_char, span.end_char)
        listed = _within(span.start_char, cells) or (
            hit.entry.kind == PROGRAMME_KIND and _within(span.start_char, programmes)
        )
        if key in qualified or (span.start_char < judged_until.get(key, -1) and not listed):
            previous_end = hit.end
            continue  # already kept, or judged within this very sentence (not its own cell: 'LIFE X | LIFE-programmet')
        sentence = context.sentence(span.start_char, span.end_char)
        remark = context.with_next(sentence) if not listed and _heads_remark(sdoc, sentence, hit.end) else sentence
        following = range(sentence.end, context.with_next(sentence).end)  # the next sentence, or the remark
        said = sdoc[sentence.end : remark.end]  # a remark deferring or weighing the decision stays the next sentence
        deferred = any(rules.find(cue, [t.text for t in said]) for cue in ("pending", "consideration"))
        if names_issuer(said, inside, doc.municipality, rules) and not deferred:
            sentence = remark  # '- Klimaatverbond Nederland: Venray is lid.': the unlisted item is one sentence
        programme = hit.entry.kind == PROGRAMME_KIND
        members_only = hit.entry.category in rules.membership_only  # 'lid van de VNG', not 'de VNG gaf advies'
        # a network stopped before takes part only by its own sentence: the one before may be the stopping one
        scope = sentence if key in stopped_keys or members_only else context.with_previous(sentence)
        granted = adopted_later(context, sentence, rules)  # a proposal to join that the case's decision adopts
        stopped = (
            blocked(
                sdoc, sentence, hit.start, min(list_end, sentence.end), previous_end, rules, granted, doc.municipality
            )
            or funded_only(sentence, context.with_next(scope), hit.start, previous_end, inside, doc.municipality, rules)
            or refused_later(context, sentence, rules)
            or agenda_entry(context, span.start_char, span.end_char)
            or explained_local(sdoc, hit.end, sentence.end, rules)
            or denied_next(sdoc, following, inside, rules)
            or decision_pending(sdoc, sentence, hit.start, hit.end, previous_end, rules)
            or pending_next(sdoc, sentence, following, inside, rules)
            or referred_up(context, span.start_char, span.end_char, rules)
            or (programme and aspired(sentence, hit.start, previous_end, rules))
            or (programme and no_own_project(context, sentence, inside, doc.municipality, rules))
            or (previous_blocked and _listed_after(previous_end, sentence, sdoc[previous_end : hit.start], rules))
            or (
                members_only
                and network_denied([t.text for t in sdoc[hit.end : context.with_next(sentence).end]], rules)
            )
        )  # 'kan søge midler fra Erasmus+ og LIFE', 'støtte fra LIFE og Interreg': the cue covers the whole list
        clause = clause_before(sdoc[max(previous_end, sentence.start) : hit.start])
        ok = (
            not context.is_furniture(span.start_char)
            and (listed or not context.in_subject_field(span.start_char))
            and (listed or hit.end not in branches)  # 'Foreningen Norden Næstved': the local branch acts
            and not stopped
            and (programme or not in_project_name(sdoc, sentence, hit.start, rules))
            and (listed or not (programme and third_party(sentence, rules, doc.municipality, programme, hit.start)))
            and (
                listed or not third_party(clause, rules, doc.municipality, programme, hit.start)
            )  # '..., og fylkeskommunen er medlem av Eurocities'
            and (listed or not at_event(sdoc, sentence, hit.start, hit.end, previous_end, rules))
            and (listed or not planned(sentence, hit.start, hit.end, rules))
            and (
                listed
                or (
                    membership_stated(sdoc, sentence, (hit.start, hit.end), inside, doc.municipality, rules)
                    if members_only
                    else participates(scope, inside, doc.municipality, rules, programme)
                )
                or (programme and funds_the_issuer(sentence, inside, doc.municipality, rules))
                or (programme and routed(sentence, scope, hit.start, previous_end, rules))
            )
            and (listed or not label_only(sentence, span, inside, rules))  # its own sentence joins it or not
            and (listed or not spoken_of_as_place(sdoc, sentence, hit.start, rules))  # 'ligt in de Euregio'
            and (listed or _issuer_is_member(context, sentence, hit, inside, rules))
        )
        judged_until[key] = sentence.end_char
        if not members_only:  # 'Via de VNG is de gemeente aangesloten bij CEMR': the route still reads to CEMR
            previous_end, previous_blocked = hit.end, stopped
        if stopped:
            stopped_keys.add(key)
        if ok:
            qualified.add(key)
        evidence = doc.text[sentence.start_char : sentence.end_char].strip()
        surface = _clean(span.text)
        found.append(Mention(hit.entry.network, hit.entry.kind, surface, span.start_char, span.end_char, ok, evidence))
        if ok and not listed:
            for name in siblings(sdoc, sentence, hit, inside, starts, rules):
                own = doc.municipality and doc.municipality.lower() in name.text.lower()
                if not own and not excluded(name.text):
                    text = _clean(name.text)
                    found.append(
                        Mention(text, rules.kind_for(text), text, name.start_char, name.end_char, True, evidence)
                    )
    return found


def _head_positions(sdoc: Doc, rules: Cues) -> list[int]:
    """The tokens that could mark a network name, in order: a word is a head word or not wherever it stands, so each
    distinct word is asked once and only its tokens are visited; every hyphen (a head before a head word)."""
    words, first, at = distinct_words(sdoc)
    heads: dict[str, bool] = {}
    ask = numpy.zeros(len(words), dtype=bool)  # per distinct word: visit its tokens
    for k, word in enumerate(words):
        if word in HYPHENS:
            ask[k] = True
        elif (head := heads.get(low := word.lower())) is None:
            ask[k] = heads[low] = is_head(sdoc[first[k]], rules)
        else:
            ask[k] = head
    return numpy.flatnonzero(ask[numpy.asarray(at, dtype=numpy.intp)]).tolist()


def _named_mentions(context: Context, hits: list[Hit], rules: Cues) -> list[Mention]:
    """Names no gazetteer knows, marked by a network head word, in sentences with a membership cue."""
    doc, sdoc = context.doc, context.sdoc
    taken = {i for h in hits for i in range(h.start, h.end)}
    read: set[int] = set()
    found = []
    for i in _head_positions(sdoc, rules):
        if i in taken:
            continue
        token = sdoc[i]
        if token.text in HYPHENS and not is_head(token, rules):
            continue
        sentence = context.sentence(token.idx, token.idx + len(token))
        if sentence.start in read or context.is_furniture(token.idx):
            continue
        read.add(sentence.start)
        cues_at = [sentence.start + i for i in rules.find("membership", [t.text for t in sentence])]
        if not cues_at:
            continue
        evidence = doc.text[sentence.start_char : sentence.end_char].strip()
        for span in named_networks(sdoc, sentence, rules, taken, doc.municipality):
            near = any(span.start - rules.name_window <= i < span.end + rules.name_window for i in cues_at)
            if (
                near
                and not planned(sentence, span.start, span.end, rules)
                and not in_project_name(sdoc, sentence, span.start, rules)  # 'prosjektet «Smart Small Cities»'
                and not explained_local(sdoc, span.end, sentence.end, rules)  # 'X, et lokalt samarbejde'
                and not third_party(clause_before(sdoc[sentence.start : span.start]), rules, doc.municipality)
                and not blocked(sdoc, sentence, span.start, span.end, sentence.start, rules, False, doc.municipality)
                and not at_event(sdoc, sentence, span.start, span.end, sentence.start, rules)
            ):
                text = _clean(span.text)
                kind = rules.kind_for(text)
                if kind == "other" and span.start > sentence.start:
                    kind = rules.kind_for(sdoc[span.start - 1].text)  # 'EU-kontoret X': the head before types it
                if kind == "other" and (told := explanation(sdoc, span.end, sentence.end, rules)) is not None:
                    kind = rules.kind_of([t.text for t in told]) or kind  # 'X, een netwerk van Vlaamse steden'
                found.append(Mention(text, kind, text, span.start_char, span.end_char, True, evidence))
    return found


def _cell_mentions(context: Context, hits: list[Hit], cells: list[tuple[int, int]], rules: Cues) -> list[Mention]:
    """Proper names in the document's own network tables and lists that the gazetteer does not know, unless the
    sentence after the item denies membership ("- Fairtrade: ... draagt de titel. Dat is geen lidmaatschap.")."""
    sdoc = context.sdoc
    by_start = {h.start: h for h in hits}
    inside = {i for h in hits for i in range(h.start, h.end)}
    found = []
    for start, end in cells:
        cell = sdoc.char_span(start, end, alignment_mode="expand")
        floor = cell.start if cell is not None else 0
        for segment in segment_cell(sdoc, start, end, by_start, rules):
            member = counted_member(segment.name_text, rules.membership_only)  # 'Vereniging van ... Gemeenten|'
            if (
                segment.anchor is None
                and is_proper_name(segment.name, rules)
                and (member or not excluded(segment.name_text))
                and not after_route(sdoc, segment.tokens[0].i, floor, rules)  # '– via Region X': the route body
            ):
                first, last = segment.tokens[0], segment.tokens[-1]
                sentence = context.sentence(first.idx, last.idx + len(last))
                if denied_next(sdoc, range(sentence.end, context.with_next(sentence).end), inside, rules):
                    continue
                if item_remark_stops(sdoc, sentence.end, last.i + 1, rules) or issuer_denies(
                    [t.text for t in sdoc[last.i + 1 : sentence.end]], rules, context.doc.municipality
                ):
                    continue  # "- Kleine Kernen – niet aangesloten, wel via de provincie"; "- X; Vik er ikkje medlem"
                name, kind = (
                    (member.network, member.kind) if member else (segment.name_text, rules.kind_for(segment.surface))
                )
                found.append(Mention(name, kind, segment.surface, first.idx, last.idx + len(last), True))
    return found


def _rows(doc: Document, mentions: list[Mention]) -> list[NetworkRow]:
    """One row per network (per named strand of a programme) that qualifies somewhere: first surface form, first
    qualifying evidence."""
    first_surface: dict[tuple[str, str], str] = {}
    rows: dict[tuple[str, str], NetworkRow] = {}
    strands = Strands(doc.text)
    for m in mentions:
        key = strands.key(m.network, m.surface, m.kind, m.start, m.end)
        first_surface.setdefault(key, m.surface)
        if m.qualifies and key not in rows:
            rows[key] = NetworkRow(
                municipality=doc.municipality,
                network=m.network,
                mention=first_surface[key],
                kind=m.kind,
                **doc.provenance(m.start, m.end, m.evidence),
            )
    kept = [row for key, row in rows.items() if not absorbed(key, set(rows))]
    return [row for row in kept if not _owner_of_another(row, kept)]


def _owner_of_another(row: NetworkRow, rows: list[NetworkRow]) -> bool:
    """An unknown one-word name that opens another row's network ('WHO' of "WHO's europæiske netværk af sunde
    byer (WHO European Healthy Cities Network)"): the owner's word of that network, no network of its own."""
    word = row.network.casefold()
    return (
        row.kind == UNKNOWN_KIND
        and len(row.network.split()) == 1
        and any(other is not row and other.network.casefold().startswith(word + " ") for other in rows)
    )


def extract(doc: Document) -> list[NetworkRow]:
    if not doc.text.strip():
        return []
    rules = cues(doc.language)
    context = Context.of(doc, rules)
    hits = document_hits(doc)  # context.sdoc has doc.text's offsets; names wrapped over a line break still match
    hits = sorted([*hits, *acronym_hits(context, hits, rules)], key=lambda h: h.start)
    cells, programmes = regions(doc, rules)
    mentions = [
        *_gazetteer_mentions(context, hits, cells, programmes, rules),
        *_cell_mentions(context, hits, cells, rules),
        *_named_mentions(context, hits, rules),
    ]
    return _rows(doc, sorted(mentions, key=lambda m: m.start))
