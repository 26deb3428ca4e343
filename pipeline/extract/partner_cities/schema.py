"""The shape of models/partner_cities/<lang>.json: every key validated on load, an unknown one rejected."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pipeline.dataset.rows import RELATIONS
from pipeline.extract.partner_cities.coordination import Coordination
from pipeline.rules import Rules

Relation = Literal[RELATIONS]  # the contract's vocabulary: a cue kind outside it is rejected on load


class Cues(Rules):
    """Cue regexes of one language (see common.json's `_about` for what each kind means)."""

    relations: dict[Relation, list[str]] = {}
    generic: list[str] = []
    ties: list[str] = []  # 'the ties with' a town: generic, also typed by the sentence before ('båndene til')
    project_context: list[str] = []
    project_names: list[str] = []  # a project named (quoted, a programme, a capitalised name), matched as written
    exclude_before: list[str] = []
    owner_after: list[str] = []
    following_words: list[str] = []
    since: list[str] = []
    spans: list[str] = []  # a period 'van 1975 tot 2019', group 'year' its first: a start, not for a project
    start_events: list[str] = []
    renewals: list[str] = []
    endings: list[str] = []  # a relation ended ('sa opp', 'beëindigd'): a year in that clause is no start
    asides: list[str] = []  # history sentences: towns under a relation heading there are no partners
    funders: list[str] = []  # a project's funding ('finansieret af'): towns 'sammen med' a funder co-fund it
    denials: list[str] = []  # 'no agreement with X': a negated relation, its towns are no partners
    relation_nouns: list[str] = []
    respectively: list[str] = []
    since_headers: list[str] = []
    type_headers: list[str] = []  # a table column naming the kind of tie: 'Type avtale', 'Soort band'
    project_overrides: list[str] = []
    partner_roles: list[str] = []  # the issuer's own part in a project ('som partner i'): 'øvrige partnere' below
    project_leads: list[str] = []  # 'ledes af', 'wordt geleid door': a lead town, after the issuer's own part above
    district_of: list[str] = []
    district_nouns: list[str] = []  # 'bydelen', 'wijk' right before a mention: it names a district
    describers: list[str] = []  # a capitalised word before a name that describes it ('Duitse'), not a first name
    prepositions: list[str] = []  # a cue ending in one of these governs the names after it only
    continuations: list[str] = []  # a sentence naming what the previous one announced ('Det er ...')
    owner_before: list[str] = []  # a town's genitive right before a cue, group 'owner' ('Aarhus' venskabsby')
    owner_after_cue: list[str] = []  # a town right after a cue, group 'owner' ('partnerstad van Eindhoven')
    relation_heads: list[str] = []  # a cue ending in a relation, not a town ('-forbindelsen til X'): X is a partner
    predicates: list[str] = []  # a copula before a cue: the town after it is a partner, not an owner
    foreign_subjects: list[str] = []  # a neighbouring municipality owns the sentence's relations
    reflexive_owners: list[str] = []  # 'Tønsberg har sine egne vennskapsbyer': group 'owner', the subject's own
    explanations: list[str] = []  # where a partner town belongs today ('en del af', 'fuseerde met'): no partner
    successions: list[str] = []  # a town's sentence saying what it merged into ('Mandal indgik i Lindesnes')
    organisation_subjects: list[str] = []  # a school, club, hospital opening the sentence owns its relations
    prospects: list[str] = []  # a relation proposed, requested, explored or considered
    established: list[str] = []  # a cue in definite or possessive form: the relation exists ('venskabsbyen')
    prospect_settled: list[str] = []  # the proposal was adopted ('godkendt', 'vedtatt', 'aangenomen')
    explorations: list[str] = []  # a prospect adopting which only starts a study ('onderzoek', 'undersøge', 'utrede')
    locatives: list[str] = []  # a preposition right before a home-country place that makes it a location
    back_references: list[str] = []  # a sentence opening on the relation just named ('Kjeden ble etablert i 1948')
    clause_references: list[str] = []  # a clause after ';' opening on a pronoun for the relation ('; die was nooit')
    neighbours: list[str] = []  # a phrase naming the issuer's neighbours ('nabokommunerne')
    own_towns: list[str] = []  # a phrase naming the issuer's own towns ('Kommunen består af byerne')
    own_after: list[str] = []  # right after a list: its places lie in the municipality ('ligger i kommunen')
    fellow_members: list[str] = []  # a network sentence: its towns are fellow members ('netværket', 'nettverk')
    partner_ties: list[str] = []  # a partner's own ties after it opens a sentence ('er desuden med i')
    our_words: list[str] = []  # possessives of the issuer ('vores', 'våre', 'onze'), matched whole
    complements: list[str] = []  # a word opening an agreement's subject ('intensjonsavtale om samarbeid med X')
    co_signers: list[str] = []  # a sentence opening on fellow parties ('Sammen med nabokommunerne'), up to the list
    partnership_prefixes: list[str] = []  # a relation word opening a compound ('venskabs-', 'partner-')
    organisation_nouns: list[str] = []  # ... closed by an organisation ('-skoler', '-scholen'): its own partners
    municipality_before: list[str] = []  # a word right before a name writing it as a municipality ('gemeente')
    municipality_after: list[str] = []  # ... right after it ('kommune', 'herad')
    joint_applications: list[str] = []  # a project cue naming a joint application ('søgte sammen med')
    mergers: list[str] = []  # a municipal merger ('kommunesammenslåing', 'fusie'): no home-country partnership
    subject_owners: list[str] = []  # a sentence opening on a municipality that owns a relation, group 'owner'
    between_words: list[str] = []  # a word before a pair of places a relation joins ('mellem', 'tussen')
    person_roles: list[str] = []  # a role next to a name ('rådgiver Kari Eide', 'Pieter Smet, voorzitter'): a person
    town_nouns: list[str] = []  # a word before a name that makes it a town ('byen', 'de stad'): partner_cities.unlisted
    lead_words: list[str] = []  # articles and 'in' that may stand before a town (noun): 'de stad', 'i'
    question_words: list[str] = []  # a question opening on one presupposes the relation ('Hvorfor', 'Waarom')
    section_relations: dict[Relation, list[str]] = {}  # a heading's relation only ('Øvrige partnerskaber')
    type_cells: dict[Relation, list[str]] = {}  # a bare word in a 'Soort band' cell ('samenwerking', 'project')
    municipality_countries: dict[str, str] = {}  # a country's own municipality word after a name ('kommun': SE)
    nationalities: dict[str, str] = {}  # ISO code -> its nationality adjective ('belgisk(?:e)?'): homonyms


class Matching(Rules):
    """Which gazetteer names may be matched at all (precision of the city mentions)."""

    near_countries: list[str] = []  # outside Europe by GeoNames' continent, but partners like European towns
    min_population_far: int = 15_000  # towns elsewhere must be at least this big
    alternate_min_population: int = 100_000  # GeoNames alternate names of any city this big
    alternate_min_population_near: int = 1_000  # ... and of European (and near) towns this big
    common_word_min_population: int = 100_000  # a town named like a common word needs a list or a country
    fuzzy_cutoff: float = Field(94, ge=90)  # at 82 'Klaksvik' went to Clarksville, at 92 'Valdres' to Valdés
    fuzzy_min_chars: int = 7
    fuzzy_min_population: int = 5_000
    nordic_letters: str = "æøå"  # a name written with one of these is a Nordic town's or an alias-file exonym
    nordic_countries: list[str] = []
    homonym_min_population: int = 5_000  # a namesake on another continent its sentence names (homonyms.py)
    genitive_municipality_words: list[str] = []  # after a town's genitive in its official name ('Lysekils kommun')
    # next to a two-letter name that makes it a municipality ('de Noorse gemeente Hå', 'Ås kommune'): shorter names
    # are matched only there, elsewhere they are words or initials
    short_name_words: list[str] = []
    # names that in this language are a region or an everyday word ('Norden': the Nordic countries in Danish and
    # Norwegian), never a partner town here; in another language's text the town of that name ('Norden, Ostfriesland')
    region_names: list[str] = []


class PartnerRules(Rules):
    """Everything the partner_cities extractor reads from models/partner_cities/."""

    languages: list[str]
    home_country: str | None = None
    issuer_countries: list[str] = []  # other countries whose municipalities write this language (GL, FO: Danish)
    home_territories: list[str] = []  # ISO codes of territories that are part of the home country (SJ: Norway)
    relation_priority: list[Relation]
    domestic_relations: list[Relation]  # what a home-country place may be (partner_cities.domestic)
    period_marker_repeats: int
    sibling_min_partners: int
    context_sentences: int
    heading_max_chars: int
    generic_reach_chars: int
    issuer_min_mentions: int = 3  # the home city named this often, and most, is the issuer when none is named
    own_town_km: float = 12.0  # a home-country place this close to the issuer's town is its own town or district
    neighbour_margin_km: float = 15.0  # beyond the issuer's reach, places this close need a cue in their sentence
    matching: Matching = Matching()
    coordination: Coordination = Coordination()
    shared_cues: Cues = Cues()
    cues: Cues = Cues()
