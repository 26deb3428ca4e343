"""Where a city mention sits and which relation its context names.

A mention is a partner only when a cue decides it: a relation phrase in its own sentence,
a generic cooperation phrase typed by the nearby context, or a list heading ending in ':'.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.extract.partner_cities.layout import Layout, Unit
from pipeline.extract.partner_cities.lexicon import Cue, Lexicon

_BREAK = re.compile(r"\n|;|\.\s+[A-ZÆØÅ]")  # a line or sentence ends between a cue and a list
NEXT_TO_CHARS = 24  # 'venskabsaftalen med den finske by Kuopio' is still next to its cue
HEAD_LINES = 3  # a project's heading and fact lines ('Programma:', 'Looptijd:') stand over its 'Partners:' line
WRAPPED_TAIL = 3  # 'met het Poolse', 'med den finske by': words between a line-end cue and the next line's town
LABEL_WORDS = 3  # a run-in label opening a paragraph ('Vennskapsbyer:', 'Andre samarbeid:') is a few words
# 'Maldon (Verenigd Koninkrijk) – stedenband': a bracketed note parts no town from its cue
_BRACKETED = re.compile(r"\([^()\n]*\)")


@dataclass(frozen=True)
class Decision:
    """A relation and the unit it was read from (own sentence, list item, entry section or sibling list)."""

    relation: str
    unit: Unit
    cue: Cue | None = None  # the deciding phrase, when it sits in the mention's own unit
    listed: bool = False  # read from the heading of a list of partners (a home-country town counts there too)


def touches(text: str, lexicon: Lexicon, cue: Cue, span: tuple[int, int]) -> bool:
    """The cue names the list at `span` itself ('venskabsbyen Vejle', 'samarbejdsaftale med Kinn kommune', 'Tartu,
    vår vennskapsby', 'Projectpartners in het LIFE-project zijn Weert', 'intensjonsavtale om samarbeid med Tromsø'):
    a short gap, or one ending in a copula or opening the agreement's subject, with no line break, no partner's own
    tie and no other cooperation phrase ('nettverk for vennskapsbyar saman med Hamar' names fellow members)."""
    before = cue.end <= span[0]
    gap = text[cue.end : span[0]] if before else text[span[1] : cue.start]
    words = gap.split()
    subject = before and bool(words) and words[0].lower() in lexicon.complements
    longer = before and (subject or lexicon.any(lexicon.predicates, gap))
    too_far = len(gap) > NEXT_TO_CHARS * (2 if longer else 1) or bool(_BREAK.search(gap))
    other = not subject and (lexicon.any(lexicon.partner_ties, gap) or lexicon.any(lexicon.generic, gap))
    return not (too_far or other)


def _within(cue: Cue, spans: list[tuple[int, int]]) -> bool:
    return any(a <= cue.start and cue.end <= b for a, b in spans)


def _nearest(cues: list[Cue], start: int, end: int) -> Cue:
    return min(cues, key=lambda c: (max(c.start - end, start - c.end, 0), c.start > start))


@dataclass
class ContextReader:
    """Reads the relation a mention's context names, with the document's lexicon."""

    layout: Layout
    lexicon: Lexicon
    title: str
    context_sentences: int
    generic_reach: int
    skip_cue: Callable[[Cue, Unit], bool] = lambda cue, unit: False  # another town's relation cue
    cue_cache: dict[tuple[int, str], list[Cue]] = field(default_factory=dict)
    aside_cache: dict[int, bool] = field(default_factory=dict)  # a unit's aside cues, searched once per unit
    entry_lines: frozenset[int] = frozenset()  # lines that name one partner town each (its section's heading)

    def excluded_as_location(self, start: int) -> bool:
        """An office, venue or geographic reference right before the mention ('kontorer i', 'øst for')."""
        unit = self.layout.units[self.layout.unit_at(start)]
        before = self.layout.text[max(unit.start, start - 60) : start].lower()
        return self.lexicon.any_lowered(self.lexicon.exclude_before, before)

    def decide(self, start: int, end: int, group: tuple[int, int], others: list[int]) -> Decision | None:
        """The relation that the mention at [start, end) stands in, or None when nothing decides it.

        `group` spans its coordinated list; `others` are where the other lists of cities begin. A cue
        decides only the list next to it, not one beyond another list; a generic cooperation phrase
        ('samarbejde med') governs only a list that starts right after it."""
        layout, lex = self.layout, self.lexicon
        index = layout.unit_at(start)
        unit = layout.units[index]

        def reaches(cue: Cue) -> bool:
            lo, hi = (cue.end, group[0]) if cue.end <= group[0] else (group[1], cue.start)
            beyond = any(lo <= other < hi for other in others)
            return not beyond and (not cue.adjacent or touches(layout.text, lex, cue, group))

        cues = [c for c in self._unit_cues(index, "relations") if reaches(c) and not self._governs_after(c, start)]
        if cues:
            nearest = _nearest(cues, start, end)
            if self.aside(index, group[0]) and not self._next_to(nearest, group):
                return None  # 'besøkte vennskapsbyen Riga og bydelen X': the visit names more than partners
            return Decision(nearest.relation, unit, nearest)
        generic = self._unit_cues(index, "generic")
        near = any(0 <= group[0] - c.end <= self.generic_reach and reaches(c) for c in generic)
        if near and not self.aside(index, group[0]):
            relation = self._context_relation(index) or self._named_after(index, group[1])
            return Decision(relation, unit) if relation else None
        heading = layout.list_heading(unit.line, lambda line: bool(lex.heading_cues(line)))
        if heading is not None:
            heading_cues = lex.heading_cues(layout.line(heading))
            if heading_cues and heading_cues[0].relation not in self.refuted(index):
                return Decision(heading_cues[0].relation, unit)  # not when the item says 'geen stedenband'
        return self.previous_sentence_relation(index, group[0]) or self._wrapped_cue(index, group[0])

    def _wrapped_cue(self, index: int, list_start: int) -> Decision | None:
        """A prose sentence wrapped at the page width right before the list: its cue ends the line above
        ('... een stedenband met het Poolse' / 'Strzelce Opolskie; ...', 'Prosjektpartnarar var' / 'Stornoway
        (Skottland) og ...'). Only the line above that runs on into this one, the list opening its line, and at
        most WRAPPED_TAIL words after the cue."""
        layout = self.layout
        unit = layout.units[index]
        if index == 0 or layout.text[unit.start : list_start].strip() or self.aside(index - 1):
            return None
        if not layout.wraps_into(index - 1, index):
            return self._wrapped_generic(index) if layout.wraps_into(index - 1, index, from_item=True) else None
        above = layout.units[index - 1]
        cues = [c for c in self._unit_cues(index - 1, "relations") if c.start >= above.start]
        if not cues:
            return self._wrapped_generic(index)
        last = max(cues, key=lambda c: c.end)
        tail = layout.text[last.end : above.end].split()
        return Decision(last.relation, unit, last) if len(tail) <= WRAPPED_TAIL else None

    def _wrapped_generic(self, index: int) -> Decision | None:
        """A generic cooperation phrase ending the line above, also a list item's first line ('- «X» (Erasmus+,
        2025-2026): ungdomsutveksling med' / 'Kuopio i Finland.'), typed by that line's context as when the town stood
        on its line."""
        above = self.layout.units[index - 1]
        cues = [c for c in self._unit_cues(index - 1, "generic") if c.start >= above.start]
        tail = self.layout.text[max((c.end for c in cues), default=above.end) : above.end].split()
        if not cues or len(tail) > WRAPPED_TAIL or not all(w.islower() for w in tail):
            return None  # 'sammen med Göteborg' / 'Kiel er også med.': the phrase has its town on its own line
        relation = self._context_relation(index - 1)
        return Decision(relation, self.layout.units[index]) if relation else None

    def _named_after(self, index: int, end: int) -> str | None:
        """'Met de stad Vreden is in 2019 een samenwerkingsovereenkomst gesloten': a fronted partner's relation
        named later in its own sentence, past the list ending at char `end` (a project word types it earlier)."""
        cues = [c for c in self._unit_cues(index, "relations") if c.start >= end and c.relation != "project_partner"]
        return cues[0].relation if cues else None

    def _next_to(self, cue: Cue, group: tuple[int, int]) -> bool:
        """The cue and the list touch: at most a short word or two between them ('vennskapsbyen Riga',
        'venskabsaftalen med Kuopio', 'Tartu, vår vennskapsby')."""
        gap = self.layout.text[cue.end : group[0]] if cue.end <= group[0] else self.layout.text[group[1] : cue.start]
        return len(_BRACKETED.sub("", gap)) <= NEXT_TO_CHARS

    def _governs_after(self, cue: Cue, start: int) -> bool:
        """A cue ending in a preposition ('intensieve contacten met') governs the names after it, not before."""
        if cue.start < start:
            return False
        return self.lexicon.ends_in_preposition(self.layout.text[cue.start : cue.end])

    def page_heading_relation(self, line_index: int, entry_lines: set[int]) -> Decision | None:
        """A town heading in a page of per-town sections ('Vennskapsbyer' / 'Jönköping' / its text /
        'Kuopio' / ...): the relation of the first plain heading above, past the other towns' headings and
        sections; a heading without a relation cue starts another part of the page."""
        layout = self.layout
        for index in range(line_index - 1, -1, -1):
            line = layout.line(index)
            if not line or index in entry_lines or not layout.is_heading(index) or layout.is_field(index):
                continue  # an entry's own field lines ('Sinds ....... 1972', 'Land: Polen') are no heading
            cues = self.lexicon.heading_cues(line)
            unit = layout.units[layout.unit_at(layout.line_starts[index])]
            return Decision(cues[0].relation, unit) if cues else None
        return None

    def cue_heading_relation(self, line_index: int, listing_lines: set[int]) -> Decision | None:
        """The relation of the cue heading whose section holds this line ('Vennskapsbyer' above a paragraph
        or list of towns): walking up past paragraphs, lines that list towns and a list's lead-in ending in
        ':' ('Kommunen samarbejder med:'), the first other heading decides; one without a cue ends the search."""
        layout = self.layout
        for index in range(line_index - 1, -1, -1):
            line = layout.line(index)
            if not line or index in listing_lines or not layout.is_heading(index):
                continue
            cues = self.lexicon.heading_cues(line)
            if cues:
                unit = layout.units[layout.unit_at(layout.line_starts[index])]
                return Decision(cues[0].relation, unit, listed=True)
            if layout.is_table_head(index):
                continue  # 'By | Land | Avtale fra' and its ruler: the table's own drawing, no section heading
            if not line.endswith(":"):
                return None
        return None

    def described(self, start: int) -> bool:
        """A nationality word or a town noun right before the mention ('het Belgische Lier', 'den svenske Mark', 'de
        Belgische stad Visé', 'byen Mark'): the word names a place."""
        before = self.layout.text[max(0, start - 30) : start].split()
        if not before:
            return False
        last = before[-1].lower()
        return last in self.lexicon.town_nouns or any(p.fullmatch(last) for p in self.lexicon.describers)

    def names_district(self, start: int) -> bool:
        """A district noun right before the mention ('bydelen Kreuzberg', 'de wijk Aspern')."""
        unit = self.layout.units[self.layout.unit_at(start)]
        before = self.layout.text[max(unit.start, start - 30) : start].lower()
        return any(p.search(before) for p in self.lexicon.district_nouns)

    def aside(self, index: int, before: int | None = None) -> bool:
        """A unit about a visit, an anniversary, a renewal, a place's location, history, or a project's funding:
        its towns are not listed partners. With `before` (where the towns' list starts), funding counts only
        when it is named ahead of the list ('finansieret af X sammen med Malmö'), not in a clause after it
        ('sammen med Kiel i projektet P, som er støttet af Interreg') nor in one set off by commas before it
        ('deltar i prosjektet P, finansiert av Interreg Aurora, sammen med Luleå'): that clause is the project's."""
        unit = self.layout.units[index]
        text = self.layout.unit_text(unit)
        lex = self.lexicon
        if index not in self.aside_cache:
            self.aside_cache[index] = lex.any(lex.aside_patterns, text)
        if self.aside_cache[index]:
            return True
        if before is None:
            return lex.any(lex.funders, text)
        ahead = text[: max(0, before - unit.start)].lower()
        return any(not _set_off(ahead, m) for p in lex.funders for m in p.finditer(ahead))

    def denied(self, index: int, at: int | None = None) -> bool:
        """A unit saying there is no relation ('er der ikke indgået nogen aftale', 'geen officiële stedenband');
        an ended one ('ikke længere venskabsby') is still the relation it was. A denial of the twin type only,
        beside another relation stated ('samarbeidsavtale ... Dette er ikke en vennskapsbyavtale'), tells which
        relation it is: the towns keep the other one. With `at` (a town's offset), only a denial in the town's own
        clause counts ('Odsherred har ingen venskabsbyer; venskabsbyaftalen med Ljungby ophørte i 2007')."""
        unit = self.layout.units[index]
        spans = self._denials(index)
        if at is not None:
            spans = [s for s in spans if self._same_clause(at, s)]
        if not spans:
            return False
        cues = self.lexicon.relation_cues(self.layout.unit_text(unit), unit.start)
        refuted = self.refuted(index)
        stated = {c.relation for c in cues if not _within(c, spans)}
        return not (refuted == {"twin"} and stated - refuted)

    def _same_clause(self, at: int, span: tuple[int, int]) -> bool:
        """A denial in the town's clause, or in a clause after it that opens on a pronoun for the relation just
        named ('vriendschapsband met Kuurne; die ... was nooit een officiële verbroedering')."""
        between = self.layout.text[min(span[0], at) : max(span[1], at)]
        if ";" not in between:
            return True
        later = between.split(";")[1:]
        return span[0] > at and all(self.lexicon.any(self.lexicon.clause_references, c) for c in later)

    def refuted(self, index: int) -> set[str]:
        """The relations a unit's denials name ('Dit is uitdrukkelijk geen stedenband': twin)."""
        unit = self.layout.units[index]
        spans = self._denials(index)
        cues = self.lexicon.relation_cues(self.layout.unit_text(unit), unit.start) if spans else []
        return {c.relation for c in cues if _within(c, spans)}

    def _denials(self, index: int) -> list[tuple[int, int]]:
        unit = self.layout.units[index]
        found = self.lexicon.cues(self.lexicon.denials, self.layout.unit_text(unit), unit.start)
        return [(c.start, c.end) for c in found]

    def previous_sentence_relation(self, index: int, list_start: int) -> Decision | None:
        """'Bodø har fire vennskapsbyer. Det er A, B og C.': a sentence that only names what the previous
        one announced ('Det er' right before its list) takes the previous sentence's relation."""
        unit = self.layout.units[index]
        head = self.layout.text[unit.start : list_start].lower()
        if index == 0 or not any(p.fullmatch(head.rstrip(" :")) for p in self.lexicon.continuations):
            return None
        cues = self._unit_cues(index - 1, "relations")
        return Decision(cues[0].relation, unit) if cues else None

    def _unit_cues(self, index: int, kind: str) -> list[Cue]:
        """Relation or generic cues of a unit, found once however many cities it names."""
        key = (index, kind)
        if key not in self.cue_cache:
            unit, lex = self.layout.units[index], self.lexicon
            text = self.layout.unit_text(unit)
            if kind == "relations":
                denials = self._denials(index)
                found = [
                    c
                    for c in lex.relation_cues(text, unit.start, self._after_project(index))
                    if not self.skip_cue(c, unit) and not _within(c, denials)
                ]
            else:
                found = lex.cues(lex.generic, text, unit.start)
            self.cue_cache[key] = found
        return self.cue_cache[key]

    def _after_project(self, index: int) -> bool:
        """The sentence before, in the same paragraph, or a heading or fact line right above is about a project:
        its partner words name that project's partners ('Hørsholm deltager i projektet X. Øvrige partnere er
        Helsingør og Höganäs'; 'Westfront (2024-2027)' / 'Programma: Interreg ...' / 'Partners: Stad Ieper, ...')."""
        layout, lex = self.layout, self.lexicon
        unit = layout.units[index]
        before = layout.units[index - 1] if index else None
        above = layout.unit_text(before) if before is not None else ""
        if before is not None and lex.any(lex.project_context, above):
            # 'Kommunen er inviteret som partner i projektet X.' / 'Øvrige partnere er A og B': the line above names
            # the issuer's own part, so 'the other partners' are that project's, whatever paragraph each line is
            if before.line == unit.line or (before.line == unit.line - 1 and lex.any(lex.partner_roles, above)):
                return True
        return any(lex.any(lex.project_context, layout.line(i)) for i in layout.heads_above(unit.line, HEAD_LINES))

    def section_relation(self, first_line: int, last_line: int) -> Decision | None:
        """The first relation named in lines [first_line, last_line): what an entry heading's section says; else a
        project there ('Vang og Bad Hindelang samarbeider i prosjektet X') makes the entry's town a project partner."""
        units = [u for u in self.layout.units if first_line <= u.line < last_line]
        for unit in units:
            cues = self.lexicon.relation_cues(self.layout.unit_text(unit), unit.start)
            if cues:
                return Decision(min(cues, key=lambda c: c.start).relation, unit)
        lex = self.lexicon
        project = next((u for u in units if lex.any(lex.project_context, self.layout.unit_text(u))), None)
        return Decision("project_partner", project) if project else None

    def _context_relation(self, index: int) -> str | None:
        """Type a generic cooperation: project words nearby, a run-in label, a heading naming a project, then the
        section heading's relation, then the title, then the page's short lead sentence ('Bodø kommune har i dag flere
        vennskapsbyer.' over 'en felles avtale mellom de fire nordiske byene ...'), under a partner's own heading
        ('Vyborg') or one naming the relation, not under a heading on another topic ('HAVEN')."""
        layout, lex = self.layout, self.lexicon
        unit = layout.units[index]
        window = [u for u in layout.units[max(0, index - self.context_sentences) : index + 1] if u.line == unit.line]
        if any(lex.any(lex.project_context, layout.unit_text(u)) for u in window):
            return "project_partner"
        if labelled := self._paragraph_label(unit.line):
            return labelled
        heading = layout.heading_before(unit.line)
        if heading is not None and lex.any(lex.project_context, layout.line(heading)):
            return "project_partner"  # 'GreenPaths (Interreg North-West Europe)' / 'Samen met Zaanstad ...'
        headings = [layout.line(heading)] if heading is not None else []
        on_topic = heading in self.entry_lines or all(lex.any(lex.relation_nouns, h) for h in headings)  # not 'HAVEN'
        lead = layout.unit_text(layout.units[0]) if index and on_topic else ""
        short = [t for t in (self.title, lead) if len(t) <= layout.heading_max_chars]
        for text in headings + short:
            cues = lex.heading_cues(text)
            if cues:
                return cues[0].relation
        return self._previous_in_paragraph(index) or self._next_in_paragraph(index)

    def _paragraph_label(self, line_index: int) -> str | None:
        """'Vennskapsbyer: Nordkapp har ... Kiruna. Samarbeidet med Severomorsk ...': a short label opening the
        paragraph, before its colon, names the relation the paragraph's cooperation phrases speak of."""
        label, colon, _ = self.layout.line(line_index).partition(":")
        if not colon or len(label.split()) > LABEL_WORDS:
            return None
        cues = self.lexicon.heading_cues(label)
        return cues[0].relation if cues else None

    def _previous_in_paragraph(self, index: int) -> str | None:
        """'... gemeentes met stedenbanden. De raad verbrak de banden met Wuhan': a relation named earlier in the
        sentence, else in the sentence before in the same paragraph, is the one that 'the ties with' refer back to."""
        unit = self.layout.units[index]
        ties = self.lexicon.cues(self.lexicon.ties, self.layout.unit_text(unit), unit.start)
        if not ties:
            return None
        earlier = [c for c in self._unit_cues(index, "relations") if c.end <= ties[0].start]
        if earlier := [c for c in earlier if c.relation != "project_partner"]:
            return earlier[-1].relation  # 'Venskabsbyen Kaunas ..., mens forbindelsen til Sassnitz blev sat i bero'
        before = self.layout.units[index - 1] if index else None
        if before is None or before.line != unit.line:
            return None
        cues = [c for c in self.lexicon.relation_cues(self.layout.unit_text(before)) if c.relation != "project_partner"]
        return cues[0].relation if cues else None

    def _next_in_paragraph(self, index: int) -> str | None:
        """'... samarbeid med Riga om lærlinger. Samarbeidet er en samarbeidsavtale ...': the next sentence of the
        paragraph, opening on the cooperation just named, says which relation it is (a denied type left out)."""
        unit = self.layout.units[index]
        after = self.layout.units[index + 1] if index + 1 < len(self.layout.units) else None
        if after is None or after.line != unit.line:
            return None
        if not self.lexicon.any(self.lexicon.back_references, self.layout.unit_text(after)):
            return None
        cues = [c for c in self._unit_cues(index + 1, "relations") if c.relation != "project_partner"]
        return cues[0].relation if cues else None


def _set_off(text: str, match: re.Match) -> bool:
    """A clause between commas ('P, finansiert av X, sammen med'): a comma right before it and one after it."""
    return text[: match.start()].rstrip().endswith(",") and "," in text[match.end() :]
