"""The partner-city rules of one language (models/partner_cities/), validated and compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from pipeline.extract.partner_cities.coordination import ListGaps, list_gaps
from pipeline.extract.partner_cities.schema import PartnerRules
from pipeline.extract.partner_cities.search import OWN, Patterns, found, literal_gate, open_patterns, opening_gate
from pipeline.extract.partner_cities.spans import Cover
from pipeline.rules import alternation, literal_first, load_rules
from pipeline.rules.compiled import compile_rule


@dataclass(frozen=True)
class Cue:
    """A cue found in the text: its char span and the relation it names (None for non-relation cues); an
    `adjacent` cue ('partnere' alone) decides only the list right next to it."""

    start: int
    end: int
    relation: str | None = None
    adjacent: bool = False


@dataclass(frozen=True)
class Lexicon:
    relations: dict[str, Patterns]
    generic: Patterns  # the cooperation phrases and the ties phrases
    ties: Patterns
    project_context: Patterns
    project_names: Patterns
    exclude_before: Patterns
    owner_after: Patterns
    following_words: frozenset[str]
    our_words: frozenset[str]
    between_words: frozenset[str]
    town_nouns: frozenset[str]
    person_roles: tuple[str, ...]
    lead_words: frozenset[str]
    question_words: frozenset[str]
    complements: frozenset[str]
    prepositions: frozenset[str]
    municipality_countries: dict[str, str]
    nationalities: tuple[tuple[re.Pattern, str], ...]
    since: Patterns
    spans: Patterns
    start_events: Patterns
    renewals: Patterns
    endings: Patterns
    asides: Patterns
    funders: Patterns
    denials: Patterns
    relation_nouns: Patterns
    respectively: Patterns
    since_headers: Patterns
    type_headers: Patterns
    project_overrides: Patterns
    partner_roles: Patterns
    project_leads: Patterns
    district_of: Patterns
    district_nouns: Patterns
    describers: Patterns
    continuations: Patterns
    owner_before: Patterns
    owner_after_cue: Patterns
    relation_heads: Patterns
    predicates: Patterns
    foreign_subjects: Patterns
    reflexive_owners: Patterns
    organisation_subjects: Patterns
    explanations: Patterns
    successions: Patterns
    prospects: Patterns
    established: Patterns
    prospect_settled: Patterns
    explorations: Patterns
    locatives: Patterns
    back_references: Patterns
    clause_references: Patterns
    neighbours: Patterns
    own_towns: Patterns
    own_after: Patterns
    fellow_members: Patterns
    partner_ties: Patterns
    co_signers: Patterns
    organisation_partners: Patterns  # 'venskabsskoler', 'partnerziekenhuis': an organisation's partners
    section_relations: dict[str, Patterns]
    type_cells: dict[str, Patterns]  # a whole type cell naming a relation in a bare word ('samarbeid')
    municipality_before: Patterns
    municipality_after: Patterns
    joint_applications: Patterns
    mergers: Patterns
    subject_owners: Patterns
    gaps: ListGaps  # what may stand between the towns of one list

    def relation_cues(self, text: str, offset: int = 0, after_project: bool = False) -> list[Cue]:
        """Every phrase in `text` that names a relation type, with document offsets; `after_project`: the sentence
        follows one about a project in its paragraph ('... i projektet X. Øvrige partnere er A og B')."""
        lowered = text.lower()
        project = after_project or found(self.project_context, lowered)
        cues = (
            [
                Cue(
                    offset + m.start(),
                    offset + m.end(),
                    self._in_project(self.pattern_relations[i], m.group(0), project),
                )
                for i in literal_gate(self.relation_patterns).candidates(lowered)
                for m in self.relation_patterns[i].finditer(lowered)
            ]
            if found(self.relation_patterns, lowered)
            else []
        )
        return cues + (self._project_roles(lowered, offset, cues, after_project) if project else [])

    def heading_cues(self, line: str) -> list[Cue]:
        """Relation cues of a heading line: every relation phrase, and the phrases that name a relation only as a
        section's title ('Øvrige partnerskaber', 'Andre samarbeid', 'Overige contacten')."""
        lowered = line.lower()
        extra = [
            Cue(m.start(), m.end(), relation)
            for relation, patterns in self.section_relations.items()
            for p in patterns
            for m in p.finditer(lowered)
        ]
        return self.relation_cues(line) + extra

    def _project_roles(self, lowered: str, offset: int, cues: list[Cue], after_project: bool) -> list[Cue]:
        """In a sentence about a project, 'partnere' alone names the partners listed right next to it ('der Luleå og
        Oulu er partnere', 'I projektet er Aarhus og Tampere partnere'); inside another cue it adds nothing. After the
        issuer's own part in it ('Kommunen er partner i projektet X. Projektet ledes af A'), its lead town is one too;
        a lead alone heads a consortium ('Projektet ledes af Bremen og omfatter 14 byer')."""
        taken = Cover((c.start - offset, c.end - offset) for c in cues)  # a whole text's cues: no square
        patterns = self.project_overrides + (self.project_leads if after_project else ())
        return [
            Cue(offset + m.start(), offset + m.end(), "project_partner", adjacent=True)
            for p in open_patterns(patterns, lowered)
            for m in p.finditer(lowered)
            if not taken.overlaps(m.start(), m.end())
        ]

    def _in_project(self, relation: str, phrase: str, project: bool) -> str:
        """'partnersteden' in a sentence about a project or programme are the project's partners."""
        if project and any(p.fullmatch(phrase) for p in self.project_overrides):
            return "project_partner"
        return relation

    def cues(self, patterns: Patterns, text: str, offset: int = 0) -> list[Cue]:
        return self._lowered_cues(patterns, text.lower(), offset)

    def _lowered_cues(self, patterns: Patterns, lowered: str, offset: int = 0) -> list[Cue]:
        if not found(patterns, lowered):
            return []
        return [
            Cue(offset + m.start(), offset + m.end())
            for p in open_patterns(patterns, lowered)
            for m in p.finditer(lowered)
        ]

    def opening_cues(self, patterns: Patterns, lowered: str, reach: int) -> list[Cue]:
        """The cues of `patterns` that start within `reach` chars of the start of `lowered` (a text's `lower()`,
        which a caller reading many tails of one text lowers once); the tail is not searched when none can."""
        gate = opening_gate(patterns, reach)
        if gate is not None and gate.match(lowered) is None:
            return []
        return [c for c in self._lowered_cues(patterns, lowered) if c.start <= reach]

    def any(self, patterns: Patterns, text: str) -> bool:
        return found(patterns, text.lower())

    def as_written(self, patterns: Patterns, text: str) -> bool:
        """`any` for patterns that read the text's case ('project_names': a capitalised project name)."""
        return found(patterns, text)

    def any_lowered(self, patterns: Patterns, lowered: str) -> bool:
        """`any` on a text already lowercased."""
        return found(patterns, lowered)

    def ends_in_preposition(self, text: str) -> bool:
        """`text`'s last word is a preposition: it governs what follows ('samarbejdet med' Drammen)."""
        words = text.split()
        return bool(words) and words[-1].lower() in self.prepositions

    @cached_property
    def aside_patterns(self) -> Patterns:
        """Renewals, exclusions and asides: a unit holding any is no list of partners (one search for the three)."""
        return self.renewals + self.exclude_before + self.asides

    @cached_property
    def relation_patterns(self) -> Patterns:
        """Every relation's cue patterns in one tuple: the gate before naming each cue's relation."""
        return tuple(p for patterns in self.relations.values() for p in patterns)

    @cached_property
    def pattern_relations(self) -> tuple[str, ...]:
        """The relation each of `relation_patterns` names, by position."""
        return tuple(relation for relation, patterns in self.relations.items() for _ in patterns)


@cache
def settings(language: str) -> PartnerRules:
    """The validated rules for `language` (common.json layered under the language's file)."""
    return load_rules("partner_cities", language, PartnerRules)


def _compile(items: list[str]) -> Patterns:
    return tuple(compile_rule(literal_first(item)).regex for item in items)


@cache
def lexicon(language: str) -> Lexicon:
    """The cue lexicon for `language`: its own cues followed by the shared ones."""
    rules = settings(language)
    own, shared = rules.cues, rules.shared_cues

    def merged(key: str) -> list[str]:
        return getattr(own, key) + getattr(shared, key)

    relations = {
        rel: _compile(own.relations.get(rel, []) + shared.relations.get(rel, [])) for rel in rules.relation_priority
    }
    sections, cells = (
        {
            rel: _compile(getattr(own, key).get(rel, []) + getattr(shared, key).get(rel, []))
            for rel in rules.relation_priority
        }
        for key in ("section_relations", "type_cells")
    )
    prefixes, nouns = alternation(merged("partnership_prefixes")), alternation(merged("organisation_nouns"))
    organisations = rf"\b{prefixes}-?{nouns}\w*"
    lex = Lexicon(
        relations=relations,
        organisation_partners=_compile([organisations]),
        generic=_compile(merged("generic") + merged("ties")),
        section_relations=sections,
        type_cells=cells,
        following_words=frozenset(merged("following_words")),
        our_words=frozenset(merged("our_words")),
        between_words=frozenset(merged("between_words")),
        town_nouns=frozenset(merged("town_nouns")),
        person_roles=tuple(merged("person_roles")),
        lead_words=frozenset(merged("lead_words")),
        question_words=frozenset(merged("question_words")),
        complements=frozenset(merged("complements")),
        prepositions=frozenset(merged("prepositions")),
        municipality_countries={**shared.municipality_countries, **own.municipality_countries},
        nationalities=tuple(
            (re.compile(pattern), code) for code, pattern in {**shared.nationalities, **own.nationalities}.items()
        ),
        gaps=list_gaps(rules.coordination),
        **{
            key: _compile(merged(key))
            for key in (
                "ties",
                "project_context",
                "project_names",
                "exclude_before",
                "owner_after",
                "since",
                "spans",
                "start_events",
                "renewals",
                "endings",
                "asides",
                "funders",
                "denials",
                "relation_nouns",
                "respectively",
                "since_headers",
                "type_headers",
                "project_overrides",
                "partner_roles",
                "project_leads",
                "district_of",
                "district_nouns",
                "describers",
                "continuations",
                "owner_before",
                "owner_after_cue",
                "relation_heads",
                "predicates",
                "foreign_subjects",
                "reflexive_owners",
                "organisation_subjects",
                "explanations",
                "successions",
                "prospects",
                "established",
                "prospect_settled",
                "explorations",
                "locatives",
                "back_references",
                "clause_references",
                "neighbours",
                "own_towns",
                "own_after",
                "fellow_members",
                "partner_ties",
                "co_signers",
                "municipality_before",
                "municipality_after",
                "joint_applications",
                "mergers",
                "subject_owners",
            )
        },
    )
    OWN.update(id(v) for v in (*vars(lex).values(), lex.aside_patterns, lex.relation_patterns) if isinstance(v, tuple))
    OWN.update(id(v) for group in (lex.relations, lex.section_relations, lex.type_cells) for v in group.values())
    return lex
