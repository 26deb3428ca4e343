"""Extractor for the `actions` table: a plan's actions and the implementation status reported for them.

The readers, one per shape (see their modules): numbered items and status lists (items.py),
status and follow-up tables (tables.py), label blocks of follow-up listings (fields.py), tracker
records and progress items (records.py), headed blocks in a status section (blocks.py), and runs
of titled lines or headed paragraphs that no status heading announces (reports.py; the headed
paragraphs only when nothing else names an action). This module merges what they find and builds
the rows: an item's status comes from a field or cell that states it, unless its explanation shows
the field is stale, else its own text, else its title, else the heading or intro it stands under.
Titles carry no status or field written after them. Unnumbered items only become rows when a
status is reported for them; names, contact lines, dates and navigation never do.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from pipeline.dataset.rows import ActionRow
from pipeline.document import Document
from pipeline.extract.actions.blocks import agenda_case, headed_blocks, unannounced_blocks
from pipeline.extract.actions.case_pages import case_header, form_field
from pipeline.extract.actions.fields import aligned_records, field_blocks, rewrapped, unjoined
from pipeline.extract.actions.groups import captions_table, without_groups
from pipeline.extract.actions.items import Candidate, numbered_headings, numbered_items, quoted_projects, status_lists
from pipeline.extract.actions.keywords import with_own_keywords
from pipeline.extract.actions.legend import explains_marks, is_legend, leading_mark, with_legend
from pipeline.extract.actions.named_items import named_items
from pipeline.extract.actions.outside import outside_plan, place_card, recommended
from pipeline.extract.actions.places import listed_town, names_places, towns_with_countries
from pipeline.extract.actions.progress import progress_items
from pipeline.extract.actions.records import is_noise, tracker_records
from pipeline.extract.actions.relation_sections import under_relation_heading
from pipeline.extract.actions.repeats import one_per_item
from pipeline.extract.actions.reports import titled_lines
from pipeline.extract.actions.rules import Lexicon, lexicon
from pipeline.extract.actions.siblings import sibling_records
from pipeline.extract.actions.status import (
    UNKNOWN,
    Verdict,
    findings,
    names_item,
    newer,
    phrase_status,
    value_status,
    verdict_of,
)
from pipeline.extract.actions.tables import status_tables
from pipeline.extract.actions.titles import status_after, title_without_status
from pipeline.extract.actions.unreported import unreported_items
from pipeline.text.metadata import filed_as_news
from pipeline.text.structure import Line, Span, is_heading, parse_item

MINUTES = "case_protocol"
FINAL = ("completed", "cancelled")
RELATION_TITLE_WORDS = 8  # "Vennskapsbyer og internasjonalt samarbeid"; not a plan's long title
_TITLE_PARTS = re.compile(r":\s+|\s+[-–|]\s+")  # a title's subject after its site, report or chapter name
# A site's breadcrumb ("Forside / Politik / Internationalt", "Heim › Politikk") or menu ("[Nettverk] [Kontakt]")
_MENU_LINE = re.compile(r"(?:\s*\[[^\]\n]+\]){2,}\s*|[^/|›»>\n]+(?:\s[/|›»>]\s+[^/|›»>\n]+)+")
MENU_LINES = 3  # a breadcrumb and a menu, and the page's own heading under them
BEGUN = ("in_progress", "partly_completed", "completed")
_COUNT_OPENING = re.compile(r"\s*(?:[^\W\d]+\s+)?\d+\s+")  # "3 indsatser", "Totalt 2 tiltak"
TOTAL_WORDS = 4  # "12 tiltak i alt": a total names its count, its noun and little more
_OPENS_WITH_COUNT = re.compile(r"\s*\d[\d.,]*\s*%?\s+\w")  # a comment opening on a count of units done
# A comment's status that overrules a field's, whatever its subject, and the field statuses it
# overrules: "Pågår" beside "Første del er ferdig, resten kommer i 2026", "Afgerond" beside "besloten
# de motie niet uit te voeren". A comment about waiting ("Afventer svar") leaves the field.
OVERRULES = {
    "partly_completed": ("not_started", "in_progress", "completed"),
    "cancelled": ("not_started", "in_progress", "partly_completed", "completed"),
}


def extract(doc: Document) -> list[ActionRow]:
    lex = lexicon(doc.language)
    if lex is None:
        return []
    lex = replace(lex)  # a memo of legend readings of this document's own lines (Lexicon.legend_reads)
    lines = aligned_records(rewrapped(unjoined(doc.lines, lex), lex), lex)
    lex = with_own_keywords(with_legend(lex, lines), lines)
    prose = not _relation_page(doc, lines, lex)  # a twin-town page's prose and sections name no action
    numbered = (numbered_items(lines, lex) or numbered_headings(lines, lex)) if prose else []
    blocks, taken = field_blocks(lines, lex)
    tracked = tracker_records(lines, lex, frozenset(taken))
    records = [r for r in blocks + tracked if prose or r.action_id]  # an uncoded card on a network page: a project's
    tables, headers = status_tables(lines, lex)
    found = [records, numbered, tables]
    if not prose:  # "Acties in 2025" / "- Uitwisseling met ...: uitgevoerd": the page's own list of its actions
        found.append(_under_action_heading(progress_items(lines, lex), lines, lex))
    listed = status_lists(lines, lex) if prose else []
    news = filed_as_news(doc.text, doc.language)  # its headings are headlines: "NYT MEDLEM AF ...", "KAIANLEGG VENTAR"
    if prose:
        found += [listed, _without_headlines(progress_items(lines, lex), lines, news)]
        if doc.doc_type not in lex.plan_types:  # a strategy quotes other work in passing: no action reported on
            found += [quoted_projects(lines, lex), named_items(lines, lex)]
        found.append(titled_lines(lines, lex))
    found.append(sibling_records(lines, lex, tracked))
    minutes = doc.doc_type == MINUTES
    stated = [r for r in records if r.status is not None or r.action_id]  # not a "Status:" sentence alone
    if prose and not news and not numbered and not stated and not tables and not listed:
        found.append(headed_blocks(lines, lex, minutes))  # the fallback when no item, record or table row names actions
    if prose and not minutes and not news and not any(found):
        found.append(unannounced_blocks(lines, lex))
    if prose:  # "... om handling 3.3 (Ny havn); status er ukendt": an item named only where its report is missing
        known = {action.action_id for group in found for action in group}
        found.append([action for action in unreported_items(lines, lex) if action.action_id not in known])
    rows = []
    context_verdicts: dict[tuple[Span, ...], Verdict | None] = {}
    starts = [line.start for line in lines]
    towns = towns_with_countries(lines)
    for action in _distinct(found, listed, lines, headers, lex):
        if action.action_id is None and _counts_items(action.title.text, lex):
            continue  # "I alt | 3 indsatser | 1 gennemført": a table's total, no item
        if action.action_id is None and listed_town(action.title, towns):
            continue  # a partner town the page's table lists with its country
        if case_header(action, lines, starts, lex):
            continue  # "Arkivsak 24/330 · Saksbehandler: ... · Status: Behandlet": a case page's header
        if action.action_id is None and form_field(action.title.text, lex):
            continue  # "Åben/lukket: Åben", "Sagsnr.: 26/1108": a portal form's field, no action
        if action.action_id is None and under_relation_heading(lines, _index_of(action.title, starts), lex):
            continue  # "Netwerken" / "- POP3/LEADER: niet meer van toepassing": a relation's news, no action
        if lex.merged.search(action.title.text):
            continue  # "Tiltak 1.4 (...) er slått sammen med tiltak 1.2": reported under the other item
        if action.action_id is None and place_card(action, lines, starts, lex):
            continue  # "KALMAR" / "Land ..... Sverige" / "Status ..... aktiv": a partner's card, its relation's status
        if recommended(action, lex):
            continue  # "De evaluatie beveelt aan:" / "1. minder acties, ...": advice for the next plan
        if outside_plan(action, lex, lines[_index_of(action.title, starts)].text):
            continue  # "Nieuwe maatregel (nog niet in het programma)": a proposal, none of the plan's actions
        action = _with_mark_after_title(action, lex)
        if action.context not in context_verdicts:
            context_verdicts[action.context] = _context_verdict(action.context, lex)
        verdict = _verdict(action, lex) or context_verdicts[action.context]
        coded = action.status is not None and lex.is_mark(action.status.text)  # a colour no legend explains
        if verdict is None and action.action_id is None and not action.listed and not coded:
            continue  # an unnumbered item is only an action when a status is reported for it
        if minutes and (
            agenda_case(lines, _index_of(action.title, starts), lex, verdict is not None)
            or verdict
            and lex.meeting_outcome.search(verdict.evidence or "")
        ):
            continue  # a case of the meeting, an item postponed or a motion withdrawn: the meeting's decision
        if minutes and verdict is None:
            continue  # an agenda point without a status ("6 | Lijst ingekomen stukken", "Referatsaker"): no action
        if verdict and _case_put_off(verdict.evidence or "", lex):
            continue  # "Saken ble utsatt.", "Dit punt wordt uitgesteld tot de zitting van april": a meeting's case
        verdict = verdict or Verdict(UNKNOWN, None)
        rows.append(
            ActionRow(
                municipality=doc.municipality,
                action_id=action.action_id,
                title=title_without_status(action.title, lex).text,
                status=verdict.status,
                status_evidence=verdict.evidence,
                **doc.provenance(action.title.start, action.title.end),
            )
        )
    return _reported(rows)


def _without_headlines(found: list[Candidate], lines: list[Line], news: bool) -> list[Candidate]:
    """On a news page, the items a plain line names without a number of its own are the page's headlines
    ("KAIANLEGGET I TORJULVÅGEN VENTAR" over its story): a marked or numbered item ("- Ny hall – ferdig",
    "2.1 Nytt tak: ferdig") still names a plan's action."""
    if not news:
        return found
    starts = [line.start for line in lines]
    return [c for c in found if c.action_id or parse_item(lines[_index_of(c.title, starts)]).kind != "plain"]


MIN_PLAN_ITEMS = 3  # a plan lists several items; one or two blank rows may be a short report's gaps
PLAN_ONLY_SHARE = 0.75  # rows without a status, at or above this share, make the document a plan without a report


def _reported(rows: list[ActionRow]) -> list[ActionRow]:
    """The rows, unless nearly none of them carries a status: a plan that lists its items ("AP1.1 We planten
    bomen", "Actie 3: ...") without reporting on them holds no implementation status to record. A report with
    one item left blank among reported ones keeps that item as unknown."""
    unknown = [row for row in rows if row.status == UNKNOWN]
    if len(unknown) >= MIN_PLAN_ITEMS and len(unknown) >= PLAN_ONLY_SHARE * len(rows):
        return [row for row in rows if row.status != UNKNOWN]
    return rows


def _case_put_off(evidence: str, lex: Lexicon) -> bool:
    """A sentence about a meeting's case that records what the meeting did with it ("Saken ble utsatt", "Het punt
    werd verdaagd"): a decision on any page, news about a meeting included, never an action's status."""
    if lex.vote_withdrawal.search(evidence):
        return True  # "Trukket av forslagsstiller før votering": a proposal of a meeting, on a vote tab or in minutes
    return bool(lex.case_subject.match(evidence) and lex.meeting_outcome.search(evidence))


def _index_of(span: Span, starts: list[int]) -> int:
    """The index of the line `span` starts on; `starts` are the lines' start offsets."""
    return max(0, bisect.bisect_right(starts, span.start) - 1)


def _counts_items(title: str, lex: Lexicon) -> bool:
    """A title that is only a count of the plan's items ("3 indsatser", "Totalt 12 tiltak"): a total row, a summary."""
    count = _COUNT_OPENING.match(title)
    return bool(count) and bool(lex.action_noun.match(title[count.end() :])) and len(title.split()) <= TOTAL_WORDS


def _under_action_heading(items: list[Candidate], lines: list[Line], lex: Lexicon) -> list[Candidate]:
    """Items listed under a short heading that names actions ("Tiltak i 2025", "Acties dit jaar"): on a page about
    partner towns or networks, its own list of actions, reported with their status; its prose names none."""
    starts = [line.start for line in lines]
    out = []
    for item in items:
        index = _index_of(item.title, starts)
        while index > 0 and parse_item(lines[index]).kind != "plain":
            index -= 1
        head = lines[index].text
        if index < _index_of(item.title, starts) and is_heading(head) and lex.action_noun.search(head):
            out.append(item)
    return out


def _relation_page(doc: Document, lines: list[Line], lex: Lexicon) -> bool:
    """A page about partner towns ("Vennskapsbyer", "Stedenbanden"), networks or international work
    ("Internasjonalt arbeid: nettverk og EU-prosjekter", "Jaarverslag 2025 - hoofdstuk 6: Netwerken ..."): no
    tracker, plan or report, so a status phrase in its prose ("..., men saken ble lagt bort", "besliste om niet
    toe te treden") is a relation's news, not an action's. So is a page about a meeting's decisions ("Dette
    vedtok kommunestyret 27. oktober", "Raad kiest voor nieuw zwembad"): what it says was put off or withdrawn
    is the meeting's decision."""
    titles = [doc.title or "", lines[0].text if lines else "", _heading_under_menu(lines)]
    subjects = [part.strip() for t in titles for part in _TITLE_PARTS.split(t)]  # "Nieuws | ... – Dit besloot ..."
    return any(
        (lex.relation_title.match(t) and len(t.split()) <= RELATION_TITLE_WORDS) or lex.decision_page_title.match(t)
        for t in subjects
    )


def _heading_under_menu(lines: list[Line]) -> str:
    """The page's own heading under the site's breadcrumb and menu lines ("Home / Bestuur / Internationaal",
    "[Netwerken] [Contact]", then "NETWERKEN EN EUROPESE PROJECTEN"); "" when the page opens on no menu."""
    for index, line in enumerate(lines[: MENU_LINES + 1]):
        if not _MENU_LINE.fullmatch(line.text.strip()):
            return line.text if index and is_heading(line.text) else ""
    return ""


def _distinct(
    found: list[list[Candidate]], listed: list[Candidate], lines: list[Line], headers: set[int], lex: Lexicon
) -> list[Candidate]:
    """Candidates of every reader in text order; where two readers name from the same line the
    earlier reader's win (one reader may name several actions from one line). Noise, places alone, the heading or
    intro a status list stands under ("TILTAK SOM PÅGÅR" over "1.1 ...") and the numbered heading right over a status
    table's header ("2.1 Transport" over "Nr | Tiltak | Status", a chapter or theme) are dropped."""
    line_starts = [line.start for line in lines]
    owner: dict[int, int] = {}
    heads = {bisect.bisect_right(line_starts, s.start) for c in listed for s in c.context if not lex.item.match(s.text)}
    out = []
    for reader, candidates in enumerate(found):
        for action in candidates:
            line = bisect.bisect_right(line_starts, action.title.start)
            noise = is_noise(action.title.text, lex, coded=action.action_id is not None)
            if owner.setdefault(line, reader) != reader or noise or line in heads:
                continue
            if line - 1 in headers:
                continue  # "Handling | Udført": a status table's header row
            if captions_table(lines, line - 1, lex):
                continue  # "2.1 Transport" right over "Nr | Tiltak | Status": the table's chapter or theme
            if action.action_id is None and names_places(action.title, lex.conventions.conjunctions):
                continue  # a partner town with its relation's status
            out.append(action)
    out.sort(key=lambda a: a.title.start)
    return one_per_item(without_groups(out))


def _with_mark_after_title(action: Candidate, lex: Lexicon) -> Candidate:
    """An item whose line ends in a colour or symbol after a separator ("A2 Flexwoningen – oranje",
    "Actie 1.1 Buurtcoaches: groen"), or a coded item whose comment line opens with one ("[D] Zes van de negen
    scholen doen mee"), whichever reader found it: that mark is its status field, read through the document's
    legend, which a comment under the item may show to be stale."""
    if action.status is not None:
        return action
    marked = leading_mark(action.title, lex)
    if marked is not None:  # "1.1 [V] Revitalisering ...": the mark before the title
        return replace(action, status=marked[0], title=marked[1])
    split = status_after(action.title, lex)
    if split and lex.is_mark(split[1].text):
        return replace(action, status=split[1])
    opening = leading_mark(action.body[0], lex) if action.action_id and action.body else None
    return replace(action, status=opening[0]) if opening else action  # "A3 ..." / "[D] Zes van de negen ..."


def _verdict(action: Candidate, lex: Lexicon) -> Verdict | None:
    """A stated status (field or cell), unless an explanation about the item shows it is stale
    ("Under arbeid" beside "Barnehagen ble åpnet i august"; not "I gang" beside "Udbud afsluttet"); else
    the item's own words."""
    stated = value_status(action.status, lex) or verdict_of([action.status], lex) if action.status is not None else None
    silent = None if stated else _no_report(action, lex)
    if silent is not None:
        return silent
    explained = verdict_of(action.body, lex)
    if action.status is not None:
        if stated and explained and _overrules(explained, stated, action.status, lex):
            return explained  # a comment of its own reports the work part done or dropped
        if stated and explained and not _stale(stated, explained, action.title.text, lex):
            return stated
        if stated and not any(not f.weak for f in findings(action.body, lex)):
            return stated  # "Ikke påbegynt" beside "Innføres fra august som planlagt": on schedule is no news
        return newer(stated, explained, lex)
    return explained or verdict_of([action.title], lex)


def _no_report(action: Candidate, lex: Lexicon) -> Verdict | None:
    """Unknown, where the item's own text says no report came in ("Toelichting: Geen gegevens ontvangen", "Det ligg
    ikkje føre informasjon om dette tiltaket") before any of its lines states a status (asked only where no status
    field states one): a heading, a summary or a later note about other items says nothing of it."""
    for span in action.body:  # its fields in order, up to the first that states a status
        if lex.no_report.search(span.text):
            return Verdict(UNKNOWN, span.text.strip())
        if verdict_of([span], lex) is not None:
            return None
    return None


def _overrules(explained: Verdict, stated: Verdict, field: Span, lex: Lexicon) -> bool:
    """A comment of its own (not the status cell's "I gang; 4 af 9 ...") that reports the work part
    done or dropped; a count of the part done ("8 af 12 er udskiftet", "14 mentorpar er etableret") is
    progress of work going on."""
    evidence = explained.evidence or ""
    if evidence in field.text or stated.status not in OVERRULES.get(explained.status, ()):
        return False
    if explained.status == "partly_completed" and phrase_status(evidence, lex) != explained.status:
        return False  # "Forprosjektet er ferdig. Byggestart er planlagt": a sub-step done, the work goes on
    return not _counted_progress(stated, evidence, lex)


def _counted_progress(stated: Verdict, evidence: str, lex: Lexicon) -> bool:
    """Work going on beside a count of the units done ("8 af 12 er udskiftet", "14 mentorpar er
    etableret"): progress, not the item done."""
    counted = lex.part_count.search(evidence) or _OPENS_WITH_COUNT.match(evidence)
    return stated.status == "in_progress" and bool(counted)


def _stale(stated: Verdict, explained: Verdict, title: str, lex: Lexicon) -> bool:
    """The explanation overrules the field when it is the row's own news, when the field says the
    work has not started and the comment reports it begun or done, whatever its subject ("Status:
    Gepland" / "De uitlaatplaats is in juli in gebruik genomen"); never a field saying the work is part done
    beside a comment on what is finished ("Delvist" / "Marstal færdig, Ærøskøbing mangler"): those are its parts,
    nor a field saying the work has not started beside a comment on what it waits for."""
    if stated.status == "partly_completed" and explained.status == "completed":
        return False
    if _waits_to_start(stated, explained, lex):
        return False
    begun = stated.status == "not_started" and explained.status in BEGUN
    counted = _counted_progress(stated, explained.evidence or "", lex)
    return begun or (_about_item(explained, title, lex) and not counted)


def _waits_to_start(stated: Verdict, explained: Verdict, lex: Lexicon) -> bool:
    """A field saying the work has not started beside a comment on what it waits for ("Ikke påbegyndt" /
    "Afventer varmeplan"): waiting before the start is no pause; a field that itself puts the work off
    ("Udskudt til 2025") is one."""
    if stated.status != "not_started" or explained.status != "paused":
        return False
    return bool(lex.waiting.search(explained.evidence or "")) and not lex.pause.search(stated.evidence or "")


def _about_item(explained: Verdict, title: str, lex: Lexicon) -> bool:
    """An explanation that names the item, or a comment opening with a final state ("Afsluttet i maj
    2024.", beside "I gang"): the row's own news, not a sub-step's ("Udbud afsluttet")."""
    evidence = explained.evidence or ""
    final = explained.status in FINAL and bool(lex.status_start.match(evidence))
    return final or names_item(evidence, title, lex)


def _context_verdict(context: tuple[Span, ...], lex: Lexicon) -> Verdict | None:
    """The status stated closest above an item: its intro, else its heading; never a legend."""
    for span in reversed(context):
        if is_legend(span.text, lex) or explains_marks(span.text, lex):
            continue  # the legend above a tracker explains its codes, it reports no status
        verdict = verdict_of([span], lex)
        if verdict:
            return verdict
    return None
