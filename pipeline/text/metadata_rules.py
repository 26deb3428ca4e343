"""The rule schema of document metadata (models/metadata/{common,da,nb,nn,nl}.json).

Loaded through `pipeline.rules.load_rules`: a misspelt key in a rule file fails at load time.
"""

from __future__ import annotations

from pipeline.rules import Rules, load_rules


class IssuerWeights(Rules):
    """How much one piece of evidence for a municipality counts."""

    source: float  # the host of the source URL
    file_name: float = 1.0  # a local file named after the municipality, as strong as an issuer phrase
    phrase: float  # "X Kommune", "Gemeente X", "Byrådet i X"
    address: float  # an e-mail address or web domain in the text
    mention: float  # a plain mention of a known name
    context: float = 0.5  # a name whose places or residents are spoken of ("de kernen van X", "innbyggerne i X")


class IssuerRules(Rules):
    patterns: list[str] = []  # case-sensitive regexes capturing a candidate name in group "name"
    context_patterns: list[str] = []  # weaker phrases: the parts or residents of a municipality, group "name"
    adjective_patterns: list[str] = []  # an adjective of a name before a council word ("de Amersfoortse raad")
    adjective_endings: list[tuple[str, str]] = []  # adjective ending -> name ending ("se" -> "", "er" -> "en")
    other_bodies: list[str] = []  # bodies named after a place ("Provincie X", "X Universitet"): group "name" no mention
    private_addresses: list[str] = []  # a person's postal address after a label ("Ansøger: ..., 9000 X"): no mention
    counterpart_leads: list[str] = []  # words before a phrase naming another party ("met de gemeente Lierde")
    counterpart_articles: list[str] = []  # articles between such a lead and the phrase ("met de", "med det")
    portal_words: list[str] = []  # words a portal or archive title line adds to a name ("raadsinformatie")
    portal_lines: int = 5  # head lines searched for such a title line
    not_names: list[str] = []  # function words that may precede a name inside a capture
    common_words: list[str] = []  # municipality names that are also ordinary words: no plain mentions
    host_affixes: list[str] = []  # words joined to a name in host names ("faxekommune", "ocmw-")
    weights: IssuerWeights
    head_chars: int
    mention_chars: int  # plain mentions are looked for in this many leading characters
    head_bonus: float
    min_ratio: float  # the leader's score over the runner-up's
    min_mention_score: float  # what plain mentions alone must add up to
    foreign_factor: float  # scales a municipality outside the countries of the text's language


class CountryOverride(Rules):
    country: str
    cues: list[str]
    against: list[str]
    strong_cues: list[str] = []  # institutions and parties of that country only ("decreet lokaal bestuur", "open vld")
    strong_against: list[str] = []  # those of the language's default country ("wethouder", "gemeentewet")
    strong_weight: float = 1.0  # what one strong cue counts
    min_cues: int
    min_ratio: float


class CountryRules(Rules):
    by_language: dict[str, str | None] = {}
    overrides: list[CountryOverride] = []  # text cues that move a language's default country


class DocTypeRules(Rules):
    types: dict[str, list[str]] = {}  # cue words naming the kind of document
    structure: dict[str, list[str]] = {}  # line patterns showing the kind (decision blocks, status fields)
    title_weight: float
    title_frames: dict[str, list[str]] = {}  # title patterns that decide the type ("... is uitgevoerd" -> report)
    title_frame_weight: float = 0.0
    subtitle_frames: dict[str, list[str]] = {}  # a line under the title naming the genre ("Statusrapport, maj 2026")
    head_lines: int
    head_weight: float
    body_weight: float
    body_cap: float
    structure_weight: float
    structure_cap: float
    sections: dict[str, list[str]] = {}  # section headings a genre prescribes ("Wat hebben we bereikt?")
    section_weight: float = 0.0
    section_cap: float = 0.0
    news_sections: list[str] = []  # a site's news section ("Nyheder", "Aktuelt", "Nieuws"): a page filed there is news
    topic_titles: list[str] = []  # a title naming only a subject ("Vennskapsbyer"): an information page, no genre
    # types whose structure lines decide the type whatever the title says when they fill the page: a vote table
    # headed "Afstemningsresultater" is a record of decisions, not a report
    decisive_structure: list[str] = []
    decisive_min_lines: int = 0  # how many lines must show that structure ...
    decisive_min_share: float = 1.0  # ... and what share of the page's lines they must be
    min_score: float
    priority: list[str]
    type_weights: dict[str, float]


class TitleRules(Rules):
    scan_lines: int
    max_words: int
    max_chars: int
    strip: str
    noise: list[str]
    headers: list[str]
    date: str
    date_lookahead: int
    separator: str
    labels: list[str]
    join_max_words: int
    sentence_min_words: int
    date_lead: list[str] = []  # words between a title and its date that name no document (weekdays, "den")
    banners: list[str] = []  # a head cell that names the issuer or the page's path, never the title
    body_labels: list[str] = []  # field labels naming the meeting body ("Utvalg: Kommunestyret"), kept in the title
    fillers: list[tuple[str, str]] = []  # (pattern, replacement): words a meeting title spells out ("van de
    # openbare vergadering van de gemeenteraad", "Referat fra ordinært møde") and its usual name leaves out
    subject_labels: list[str] = []  # field labels naming a letter's subject ("Onderwerp:", "Emne:"): its title
    field_lines: int = 6  # head lines searched for a subject field
    issuer_words: list[str] = []  # the word after a municipality's name in a letterhead ("REBILD KOMMUNE Referat")
    issuer_leads: list[str] = []  # the word before it ("Gemeente De Bilt Besluitenlijst")


class MetadataRules(Rules):
    issuer: IssuerRules
    country: CountryRules
    doc_type: DocTypeRules
    title: TitleRules
    language_countries: dict[str, list[str]] = {}  # countries a language is written in, most likely first


def metadata_rules(language: str) -> MetadataRules:
    """The metadata rules for `language` (common defaults only for languages without a file)."""
    return load_rules("metadata", language, MetadataRules)
