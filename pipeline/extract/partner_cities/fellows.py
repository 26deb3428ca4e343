"""Fellow members and a partner's own partners are not the issuer's partners.

A partner page also names the other members of a network the issuer (or its partner) belongs to ('... deltar i
nettverket X, der også Drammen og Lund er medlemmer') and the towns a partner itself works with ('Vänersborg er
desuden med i en venskabsbykæde med Lemvig og Hamar', 'Wittenheim, onze zusterstad, werkt ook samen met Mulhouse').
In such a sentence a town takes a relation only from a cue right next to it (after another town's opening, only
from one the issuer owns: 'vores venskabsby', 'onze zusterstad').
"""

from __future__ import annotations

import re

from pipeline.extract.partner_cities.context import touches
from pipeline.extract.partner_cities.decisions import Found
from pipeline.extract.partner_cities.layout import Layout, Unit
from pipeline.extract.partner_cities.lexicon import Lexicon

OURS_WINDOW = 14  # chars around a cue searched for a possessive ('vores venskabsby', 'venskapskommunane våre')
SUBJECT_PREFIX_CHARS = 40  # 'Vores venskabsby ' / 'Onze Franse zusterstad ' before a partner opening its sentence
_LOWER_WORDS = re.compile(r"^(?:[A-ZÆØÅÄÖÜ]?[a-zæøåäöüé-]+\s+)*$")  # words, at most the first capitalised
_QUOTED = re.compile(r"[«\"“‘'„»][^«»\"“”‘’'\n]{2,80}[»\"”’'“«]")
TITLE_GAP_CHARS = 3  # at most a space, a colon or a dash between a project word and its quoted title


def _next_to_cue(layout: Layout, lexicon: Lexicon, unit: Unit, span: tuple[int, int], ours: bool) -> bool:
    """A relation cue or a tie's phrase touches the span: a short word or two between them ('vennskapsbyen Riga',
    'Tartu, vår vennskapsby', 'Kuopio er vores venskabsby', 'forbindelsen til Sassnitz'), no partner's own tie
    ('werkt ook samen met') or cooperation phrase ('saman med') in between; with `ours`, a possessive word ('vores',
    'våre', 'onze') must stand by the cue."""
    text = layout.text
    ties = lexicon.cues(lexicon.ties, layout.unit_text(unit), unit.start)  # 'mens forbindelsen til Sassnitz ...'
    for cue in lexicon.relation_cues(layout.unit_text(unit), unit.start) + ties:
        word = re.match(r"[\w-]*", text[cue.start : unit.end]).group()
        if lexicon.any(lexicon.fellow_members, word):
            continue  # 'venskabsbynetværket' names the network, not a relation
        if not touches(text, lexicon, cue, span):
            continue
        around = text[max(unit.start, cue.start - OURS_WINDOW) : min(unit.end, cue.end + OURS_WINDOW)].lower()
        if not ours or set(re.findall(r"\w+", around)) & lexicon.our_words:
            return True
    return False


def _partner_subject(layout: Layout, unit: Unit, first: Found, issuer: set[str]) -> bool:
    """The sentence opens on another town ('Vänersborg er desuden ...', 'Vores venskabsby Vänersborg er ...')."""
    prefix = layout.text[unit.start : first.mention.start]
    return (
        first.mention.city.name not in issuer
        and len(prefix) <= SUBJECT_PREFIX_CHARS
        and bool(_LOWER_WORDS.match(prefix))
    )


def _governed_opening(layout: Layout, lexicon: Lexicon, unit: Unit, first: Found) -> bool:
    """The sentence's first town follows a preposition ('Aftalen med Lahti ..., og samarbejdet med Drammen ...'):
    the ties it tells are the issuer's, not that town's own."""
    return lexicon.ends_in_preposition(layout.text[unit.start : first.mention.start])


def co_signers(layout: Layout, lexicon: Lexicon, unit: Unit, items: list[Found]) -> list[Found]:
    """'Saman med Klepp og Time har Hå ein samarbeidsavtale med X', 'De gemeente heeft samen met A en B een
    stedenband met X': a sentence opening on fellow parties ('together with', no relation word before them) names
    them before the issuer's relation; the places before the relation cue are no partners when it names a later
    place."""
    first = items[0]
    prefix = layout.text[unit.start : first.mention.start]
    if not lexicon.any(lexicon.co_signers, prefix) or lexicon.relation_cues(prefix):
        return []
    cues = lexicon.relation_cues(layout.text[first.mention.end : unit.end], first.mention.end)
    cue = min(cues, key=lambda c: c.start, default=None)
    if cue is None or not any(f.mention.start >= cue.end for f in items):
        return []
    return [f for f in items if f.mention.end <= cue.start]


def _own_ties_cue(layout: Layout, lexicon: Lexicon, unit: Unit, item: Found) -> bool:
    """The subject's relation cue is its own set of ties ('Kalmar har også venskabsbyer i Tyskland', 'Kalmar heeft
    ook zustersteden in Duitsland'): a tie naming the relation, no partner after a preposition, no possessive of
    ours, no relation heading above."""
    cue, text = item.decision.cue, layout.unit_text(unit)
    heading = layout.heading_before(unit.line)
    if heading is not None and lexicon.heading_cues(layout.line(heading)):
        return False  # listed under 'Venskabsbyer': the subject is a partner that also has its own ties
    if cue is None or set(re.findall(r"\w+", text.lower())) & lexicon.our_words:
        return False
    for m in (m for p in lexicon.partner_ties for m in p.finditer(text.lower())):
        start, end = unit.start + m.start(), unit.start + m.end()
        words = (m.group(0).split() + text[m.end() :].split()[:1])[-2:]
        governed = any(word in lexicon.prepositions for word in words)
        before = item.mention.end <= start <= cue.start and cue.end <= end
        if before and lexicon.relation_cues(m.group(0)) and not governed:
            return True
    return False


def _project_after_network(lexicon: Lexicon, text: str, at: int) -> bool:
    """Between the sentence's network word and the town, a project is named ('er medlem av nettverket X, og deltar i
    Interreg Aurora gjennom prosjektet «Y» sammen med Haparanda kommun'): the town is the project's partner, not a
    fellow member."""
    lowered = text[:at].lower()
    networks = [m.end() for p in lexicon.fellow_members for m in p.finditer(lowered)]
    projects = [m.start() for p in lexicon.project_context for m in p.finditer(lowered)]
    return bool(networks) and any(start > max(networks) for start in projects)


def _without_project_titles(lexicon: Lexicon, text: str) -> str:
    """The text with a project's quoted title blanked ('Erasmus+-prosjektet «Nordic Youth Network»', 'het project
    "Grensnetwerk Zorg"'): a network word there names the project, not a network whose members the towns are."""
    quotes = list(_QUOTED.finditer(text))
    if not quotes:  # most units quote nothing: no project cue need be looked for
        return text
    lowered = text.lower()
    ends = {m.end() for p in lexicon.project_context for m in p.finditer(lowered)}
    out = text
    for quote in quotes:
        start = quote.start()
        if any(start - TITLE_GAP_CHARS <= end <= start and not text[end:start].strip(" :-–\t") for end in ends):
            out = out[: quote.start()] + " " * (quote.end() - quote.start()) + out[quote.end() :]
    return out


def drop_fellows(layout: Layout, lexicon: Lexicon, found: list[Found], issuer: set[str]) -> None:
    """Undecide the fellow parties a sentence opens on, and towns of a network-member sentence, or of a sentence
    whose subject is another town that tells its own ties, when no relation cue touches their list; the subject
    itself keeps its own decision."""
    by_unit: dict[int, list[Found]] = {}
    spans: dict[int, tuple[int, int]] = {}
    for item in found:
        if not item.excluded:
            by_unit.setdefault(item.unit, []).append(item)
            start, _ = spans.get(item.group, (item.mention.start, 0))
            spans[item.group] = (start, item.mention.end)
    for index, items in by_unit.items():
        unit = layout.units[index]
        text = layout.unit_text(unit)
        first = items[0]
        parties = co_signers(layout, lexicon, unit, items)
        for item in parties:
            item.decision = None
            item.excluded = True
        network = lexicon.any(lexicon.fellow_members, _without_project_titles(lexicon, text))
        opened = not parties and _partner_subject(layout, unit, first, issuer)
        subject = opened and lexicon.any(lexicon.partner_ties, text)
        if not (network or subject) or (subject and not network and _governed_opening(layout, lexicon, unit, first)):
            continue
        for item in items:
            if subject and item.group == first.group:
                if item.decision and _own_ties_cue(layout, lexicon, unit, item):
                    item.decision = None
                    item.excluded = True
                continue
            if item.decision is None:
                continue
            if item.decision.relation == "project_partner" and _project_after_network(
                lexicon, text, item.mention.start - unit.start
            ):
                continue
            span = spans[item.group] if item.group >= 0 else (item.mention.start, item.mention.end)
            if not _next_to_cue(layout, lexicon, unit, span, ours=subject):
                item.decision = None
                item.excluded = True
