"""Whether a place lies in the issuer's own country, and whether a home-country place can be a partner at all.

Twin towns are abroad; a municipality of the same country is a partner only when the text calls it a twin or
friendship town, or names it as a partner in a named project. Cooperation agreements, intentions to merge, shared
services and joint applications between two municipalities of one country are local government, not city
partnerships. 'Same country' is read from what the text states ('Alta, Norge'), the gazetteer's place, and the
municipality catalogue (models/metadata/municipalities.csv): a name written as a municipality ('Lier kommune',
'de gemeente Bergen') that the catalogue knows in the home country is domestic whatever the gazetteer chose
(Lier in Belgium, Bergen in Norway).
"""

from __future__ import annotations

import re

from pipeline.extract.partner_cities.context import Decision
from pipeline.extract.partner_cities.layout import Layout
from pipeline.extract.partner_cities.lexicon import Lexicon
from pipeline.extract.partner_cities.mentions import Mention
from pipeline.gazetteers.cities import gazetteer
from pipeline.text.municipalities import catalogue

_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-ZÆØÅÄÖÜ][a-zæøåäöüé]")
PROJECT_HEAD_LINES = 3  # a project's heading wrapped over lines ('(Interreg ...,' / '2024-2027)'), its fact lines
WORD_CHARS = 24  # chars searched on each side of a name for the word 'kommune' / 'gemeente'


def written_as_municipality(text: str, mention: Mention, lexicon: Lexicon) -> bool:
    """'Vik kommune', 'de gemeente Lier': a municipality word right beside the name writes it as a place."""
    before = text[max(0, mention.start - WORD_CHARS) : mention.start].lower()
    after = text[mention.end : mention.end + WORD_CHARS].lower()
    return lexicon.any(lexicon.municipality_before, before) or lexicon.any(lexicon.municipality_after, after)


def mark_domestic(
    text: str, mentions: list[Mention], lexicon: Lexicon, home: str | None, territories: frozenset[str] = frozenset()
) -> None:
    """Set `domestic` on every mention: the country the text states, else the gazetteer's, else the catalogue's
    for a name written as a municipality (its place then taken from the home country). A place in one of the home
    country's `territories` (Svalbard for Norway: ISO gives it a code of its own) is domestic."""
    homes = {home, *territories}
    for mention in mentions:
        if mention.stated_country:
            mention.domestic = mention.stated_country in homes
        elif mention.city.country in homes:
            mention.domestic = True
        elif home and written_as_municipality(text, mention, lexicon):
            mention.domestic = any(m.country == home for m in catalogue().lookup(mention.surface))
            at_home = gazetteer().lookup(mention.surface, home) if mention.domestic else None
            if at_home is not None and at_home.country == home:
                mention.city = at_home  # the Norwegian Lier, not the Belgian town the gazetteer ranked first


def domestic_partner(
    decision: Decision, mention: Mention, relations: list[str], text: str, sentence: str, lexicon: Lexicon, scope: str
) -> bool:
    """A home-country place is a partner only in one of `relations` (twin, a declared intention, a named project's
    partner) read from a cue in its own sentence, a partner list's heading or a partner list that writes its
    country; a project cue that names a joint application ('søgte sammen med', 'diende samen met ... een
    aanvraag') and a `sentence` about a municipal merger ('intensjonsavtale om kommunesammenslåing') are local
    government, no partnership."""
    if decision.relation not in relations or lexicon.any(lexicon.mergers, sentence):
        return False
    cue = decision.cue
    if cue is not None and lexicon.any(lexicon.joint_applications, text[cue.start : cue.end]):
        return False
    if cue is not None or decision.listed or mention.stated_country:
        return True
    return in_named_project(decision, scope, lexicon) and not _names_organisation(text, mention, lexicon)


def _names_organisation(text: str, mention: Mention, lexicon: Lexicon) -> bool:
    """A capitalised word right after the name, not a municipality word: the name opens an organisation's
    ('I samarbejde med Copenhagen Capacity'), not a town's."""
    after = text[mention.end : mention.end + WORD_CHARS]
    return bool(_CAPITALISED_NEXT.match(after)) and not lexicon.any(lexicon.municipality_after, after.lower())


def project_scope(layout: Layout, unit_index: int) -> str:
    """Where a project partner's project is named: its sentence and the heading over it ('GrensPark – "Water
    Verbindt" (Interreg Vlaanderen-Nederland)' above 'Samen met ... de stad Bree herstelt Hamont-Achel ...'), also a
    heading wrapped over two lines or a project's fact lines right above ('Programma: Interreg ...')."""
    unit = layout.units[unit_index]
    heading = layout.heading_before(unit.line)
    heads = sorted({*layout.heads_above(unit.line, PROJECT_HEAD_LINES), *([heading] if heading is not None else [])})
    before = layout.units[unit_index - 1] if unit_index else None  # a title run into the paragraph by unwrapping
    opening = [layout.unit_text(before)] if before is not None and before.line == unit.line else []
    return "\n".join([layout.unit_text(unit), *opening, *(layout.line(i) for i in heads)])


def in_named_project(decision: Decision | None, scope: str, lexicon: Lexicon) -> bool:
    """A project partner typed where the project is named (`scope`: 'In het Interreg-project FoodBridge werkt Oss
    samen met Roeselare en Wageningen'; quoted, a programme, a capitalised name): a named project's partners are
    partners however near (DATASET: project_partner), while a cooperation with a neighbour about no project, or
    about a project it does not name ('Projektet er et samarbejde mellem Kolding og Vejle'), is local government."""
    if decision is None or decision.relation != "project_partner":
        return False
    if decision.cue is not None and decision.cue.relation != "project_partner":
        return False
    return lexicon.any(lexicon.project_context, scope) and lexicon.as_written(lexicon.project_names, scope)
