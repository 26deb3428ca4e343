"""Focus-area rules: the schema of models/focus_areas/*.json and the patterns compiled from it.

Every cue is a regex fragment matched case-insensitively from a word start to a word end, so
inflections are written once ("temaer(?:ne)?", "speerpunt(?:en)?").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.rules import Rules, alternation, has_language, load_rules, whole_words
from pipeline.text import structure as lists

# What may stand before a numbered cue heading: a markdown heading mark or the chapter's own number
# ("## Tema 1: ...", "3. Tema 1: ...", "2.1 Speerpunt 1 – ...").
_CHAPTER = r"(?:#{1,6}\s*|\d{1,2}(?:\.\d{1,2})*\.?\s+)?"
# What stands between a heading's number and its name: "Tema 1: ...", "Mål 2 – ...", "Spor 3 · ...", "Spoor 4 • ...".
NUMBER_SEPARATOR = r"[:.)|–—·•-]"
_ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# "Satsingsområde II: ...": an upper-case Roman numeral after the cue word, longest first, before its separator
_ROMAN = "(?-i:" + "|".join(sorted(_ROMAN_NUMERALS, key=len, reverse=True)) + ")"
_NR = r"(?:nr\.?\s*)?"  # "Indsatsområde nr. 2: ...": the number abbreviation every language writes
_CAPITALS = r"\s+(?-i:[A-ZÆØÅÄÖÜ]{2})"  # an upper-case label's first letters
_WORD = r"[^\W\d_]\w*"  # a counted noun is a word, never a number ("verdensmål 4, 8 og 9": a list of numbers)


class FocusRules(Rules):
    cue: list[str] = []  # words that announce the strategy's own themes
    weak_cue: list[str] = []  # cues that are also everyday words: need a heading, a count or the strategy named
    singular: list[str] = []  # cue forms naming one theme ("indsatsområdet Klima", "het thema wonen"): no list
    veto: list[str] = []  # words marking a list of something else (vision, sessions, contents, done items)
    context: list[str] = []  # names of a strategy document
    document_context: list[str] = []  # names of the document proper, no institution ("strategien", not "college")
    about: list[str] = []  # verbs tying a strategy to its themes ("handler om", "richt zich op")
    agreement_nouns: list[str] = []  # a context word naming an agreement ("akkoord"): maybe a partnership's
    partner_agreements: list[str] = []  # an agreement with a partner ("samenwerkingsakkoord"): its subjects no theme
    fillers: list[str] = []  # adverbs allowed between such a verb and the themes ("vooral", "især")
    contents: list[str] = []  # titles of a table of contents ("Innholdsfortegnelse", "Inhoud")
    navigation: list[str] = []  # lines between sections that are links or captions ("Lees meer", "Foto:")
    function_words: list[str] = []  # words that cannot open a theme named right after its cue
    numbers: dict[str, int] = {}  # count words
    copulas: list[str] = []  # verbs joining a cue to the themes it names ("er", "zijn")
    openers: list[str] = []  # words opening a run-in enumeration ("nemlig", "namelijk")
    goal_nouns: list[str] = []  # counted nouns that are goals or time, not themes
    other_nouns: list[str] = []  # counted nouns naming people, places or meeting items ("tre wethouders:")
    goal_leads: list[str] = []  # nouns opening a lead-in to one theme's own goals ("Mål for temaet:")
    lead_ins: list[str] = []  # whole lines leading into a theme's goals ("Vi vil", "Dit gaan we doen:"): no theme
    goal_heading_words: list[str] = []  # numbered heading words that are goals in a report ("Mål 1: ...")
    other_lists: list[str] = []  # nouns a lead-in names for a list of other things ("følgende projekter:")
    negations: list[str] = []  # "ikkje", "ikke", "geen": a text denying it is a theme ("ikkje eigne satsingsområde")
    list_pronouns: list[str] = []  # "Dei", "Disse", "Ze": a sentence opening so speaks of the list just given
    plan_parts: list[str] = []  # "onderdeel van deze", "del av denne": after a negation, disowns things from this plan
    cross_cutting: list[str] = []  # "tverrgående", "dwarsdoorsnijdende": perspectives across all themes, no theme
    cross_cutting_subjects: list[str] = []  # what such a heading names when it is no theme ("temaer", "perspektiver")
    earlier_plans: list[str] = []  # a plan this one replaced ("den forrige plan", "afløser Vækstplan 2020"): its themes
    # a plan someone recommends or proposes for later ("anbefaler at en ny handlingsplan"): an evaluation's advice
    future_plans: list[str] = []
    continuations: list[str] = []  # verbs carrying an earlier plan's themes on ("viderefører", "zet voort")
    # a plan this one carries out, up to the word tying a count to it ("udmønter Planstrategi 2023, som")
    parent_plans: list[str] = []
    # another authority's plan ("fylkets plan", "de provinciale omgevingsvisie"): a list it has is not this one's
    authority_plans: list[str] = []
    # another body opening the sentence ("Regeringen har fire fokusområder", "De provincie heeft drie speerpunten")
    other_bodies: list[str] = []
    report_types: list[str] = []  # doc types reporting on a plan: laid out by its themes without a cue
    report_titles: list[str] = []  # title words of a report on a plan ("Statusrapport", "Voortgangsrapportage")
    budget_titles: list[str] = []  # title words of a budget or its follow-up: laid out by committee areas
    record_types: list[str] = []  # doc types recording what was done or decided: firm theme words only
    minutes_types: list[str] = []  # doc types recording several cases: their themes are an item's, not the document's
    max_label_words: int = 60
    max_inline_words: int = 7  # an item of a run-in enumeration without a colon is a short noun phrase
    min_inline_items: int = 3  # fewer items without a colon or count are a coordinated phrase, not a list
    max_items: int = 30
    intro_words: int = 25
    intro_paragraphs: int = 2  # paragraphs of introduction a cue heading may carry before its theme headings
    long_intro_words: int = 120  # their words together
    furniture: list[str] = []  # headings of a web page's own parts ("Kontakt", "Nyheder"): end a run of themes
    heading_words: list[str] = []  # words naming a theme only as a numbered heading ("Mål 1: ...", "Actielijn 2 ...")
    chapter_words: list[str] = []  # numbered headings that are themes only in a strategy ("Hoofdstuk 3: Zorg")
    part_words: list[str] = []  # words numbering a document's part ("Deel 2", "Del 3"): the number is no count
    document_parts: list[str] = []  # headings of a document's own parts, never a theme ("Indledning", "Bijlage")
    strategy_titles: list[str] = []  # words of a strategy's or plan's title ("Klimastrategi 2030", "Meerjarenplan")
    arranged_by: list[str] = []  # words saying a text follows the themes ("følger planens", "pr.", "per thema")
    arranged_subjects: list[str] = []  # what follows the themes: a report, its status, chapters ("rapporten", "status")
    item_fields: list[str] = []  # field labels of a reported item ("Status:", "Ansvarlig:"): its heading is no theme
    cue_heading_words: list[str] = []  # words beside a cue in a heading naming the list itself ("Vores indsatsområder")
    theme_fields: list[str] = []  # policy fields a plan's report is laid out by ("transport", "energi")
    min_report_themes: int = 2  # theme headings that make a plan's report laid out by its themes
    title_lines: int = 3  # lines at the top of a document that hold its title
    programme_titles: list[str] = []  # titles of a programme built from its themes ("Coalitieakkoord")
    min_chapters: int = 3  # chapters, its own parts left out, that make a programme's themes
    max_chapters: int = 12  # more chapters than this are sections and sub-sections, not themes
    max_numbered_span: int = 2000
    min_flat_contents_numbers: int = 4  # page numbers after a contents title on one line: a flattened table


@dataclass(frozen=True)
class Cues:
    """One language's compiled cue patterns."""

    rules: FocusRules
    cue: re.Pattern
    weak_cue: re.Pattern
    singular: re.Pattern  # a cue form that names one theme, matched whole
    veto: re.Pattern
    navigation: re.Pattern  # matched at a line start
    lead_in: re.Pattern  # a whole line leading into a theme's bullets ("Vi vil", "Det betyr at vi vil:")
    passed_over: re.Pattern  # navigation or a lead-in: lines between theme sections that open none
    furniture: re.Pattern  # a whole heading
    contents: re.Pattern
    context: re.Pattern
    document_context: re.Pattern
    about: re.Pattern  # "<strategy> ... <about verb> [filler]" up to where the themes start
    agreement_noun: re.Pattern
    partner_agreement: re.Pattern
    counted_cue: re.Pattern  # "fem målområder", "følgende 5 temaer"
    numbered_cue: re.Pattern  # "Målområde 2: Label" opening a line
    ordinal_cue: re.Pattern  # "2. målområde: Label": the number before the cue word
    bare_numbered_cue: re.Pattern  # "Målområde 2" alone on its line, the label on the next
    numbered_heading: re.Pattern  # "Mål 2: Label" / "Hoofdstuk 2 Label": a heading word and a number
    chapter: re.Pattern  # a heading word that needs a strategy's title ("Hoofdstuk")
    part_prefix: re.Pattern  # what stands before a part's number ("DEEL 2 ONZE THEMA'S"): no count follows it
    document_parts: re.Pattern  # a whole heading naming a part of the document
    arranged: re.Pattern  # "Rapporteringen følger planens innsatsområder", "status pr. indsatsområde"
    arranged_subject: re.Pattern
    item_field: re.Pattern  # a line opening with an item's field label ("Status: Gennemført")
    strategy_title: re.Pattern  # a title naming a strategy or plan
    cue_heading: re.Pattern  # a whole heading that is the cue word itself ("Satsingsområder", "Onze speerpunten")
    programme_title: re.Pattern
    theme_field: re.Pattern  # a word naming a policy field, from a word start
    report_title: re.Pattern  # a title word naming a report
    budget_title: re.Pattern  # a title word naming a budget, an economic plan or accounts
    labelled_cue: re.Pattern  # "Thema: Wonen", "Speerpunt Economie": an unnumbered cue word before a label
    counted_end: re.Pattern  # "... fire ting." / "... 5 grote delen :" closing a sentence
    counted_colon: re.Pattern  # "... fire områder: a, b, c og d": a count, its noun and a colon inside a sentence
    opener: re.Pattern
    copula: re.Pattern  # from the cue, a few words, then a copula: "... van dit akkoord zijn "
    goal_lead: re.Pattern  # a sentence opening with a goal noun leads into one theme's goals, not the themes
    goal_heading: re.Pattern  # a numbered heading word naming a goal, matched whole
    other_list: re.Pattern  # a noun naming a list of projects, results, services ...
    denial: re.Pattern  # a negation a few words before a cue word: "er ikke selvstændige temaer"
    list_pronoun: re.Pattern  # a sentence opening on a pronoun for the list before it ("Disse er ikke ...")
    disowned: re.Pattern  # a negation a few words before "part of this plan": "zijn geen onderdeel van deze strategie"
    cross_cutting: re.Pattern  # a cross-cutting word and up to two words, ending where a cue word starts
    cross_cutting_heading: re.Pattern  # "Tverrgående temaer", "Dwarsdoorsnijdende thema's", whole; not "... satsinger"
    earlier: re.Pattern  # an earlier plan a few words before a cue word: "Den førre planen hadde tre innsatsområde"
    future: re.Pattern  # "anbefaler at en ny handlingsplan ... får tre satsingsområder": advice for a later plan
    continuation: re.Pattern  # "... viderefører den tidligere strategis fire temaer": the themes go on
    parent: re.Pattern  # "udmønter Planstrategi 2023, som har fire temaer": the themes of the plan carried out
    authority: re.Pattern  # "Fylkets plan har tre innsatsområder", "Regeringen har ...": another authority's themes
    trigger: re.Pattern  # a cue word, a count or an about verb: lines without one are skipped at once
    direct: re.Pattern  # what may stand between a cue word and its enumeration, a count ("tre spor:") included
    numbers: dict[str, int]
    goal_nouns: frozenset[str]
    conventions: lists.Conventions  # abbreviations and conjunctions, models/lists/<lang>.json

    def count(self, word: str) -> int:
        return int(word) if word.isdigit() else self.numbers[word.lower()]


def _numbered(words: str) -> re.Pattern:
    """A line opening with one of `words` and a number or capital letter, then the label ("Tema 1: ...",
    "## Mål 2 – ...", "Satsingsområde B: ..."); a letter needs its separator, or an upper-case label after it
    ("LIJN A  VEILIG NAAR SCHOOL": the spaces that parted them are one after normalising)."""
    return re.compile(
        rf"^\s*{_CHAPTER}(?P<cue>{words})\s+{_NR}(?P<n>\d{{1,2}}|{_ROMAN}(?=\s*{NUMBER_SEPARATOR}\s)"
        rf"|(?-i:[A-J])(?=\s*{NUMBER_SEPARATOR}\s|{_CAPITALS}))"
        rf"(?:\s*{NUMBER_SEPARATOR}\s+(?=\S)|\s+(?=(?-i:[A-ZÆØÅÄÖÜ])))",
        re.IGNORECASE,
    )


def mark_position(mark: str) -> int:
    """The place a heading's number, Roman numeral or letter gives it: "3" -> 3, "III" -> 3, "C" -> 3; a lone "I"
    is read as the Roman one (a run of nine lettered themes is rarer than a Roman-numbered one)."""
    if mark.isdigit():
        return int(mark)
    if mark in _ROMAN_NUMERALS:
        return _ROMAN_NUMERALS.index(mark) + 1
    return ord(mark.upper()) - ord("A") + 1


@cache
def cues(language: str) -> Cues | None:
    """The language's cue set; None for languages without a rule file."""
    if not has_language("focus_areas", language):
        return None
    rules = load_rules("focus_areas", language, FocusRules)
    flags = re.IGNORECASE
    cue = alternation(rules.cue)
    number = alternation([re.escape(w) for w in rules.numbers] + [r"\d{1,2}"])
    fillers = alternation([re.escape(w) for w in rules.fillers])
    function_words = alternation([re.escape(w) for w in rules.function_words])
    heading_word = alternation([*rules.cue_heading_words, number])
    navigation = rf"(?:{alternation(rules.navigation)}(?!\w))"
    # the lead-in alone ("Vi vil", "Dit betekent:"), or opening a longer one up to its colon ("Det betyr at vi i
    # planperioden vil:")
    lead_in = rf"(?:{alternation(rules.lead_ins)})(?:\s*(?::|\.{{3}}|…)?$|[\s,][^:]{{0,80}}:$)"
    about = rf"{whole_words(rules.context)}[^.!?:]{{0,80}}?{whole_words(rules.about)}(?:\s+{fillers})?\s+"
    return Cues(
        rules=rules,
        cue=re.compile(rf"(?<!\w){cue}(?!\w)", flags),
        weak_cue=re.compile(alternation(rules.weak_cue), flags),
        singular=re.compile(alternation(rules.singular), flags),
        veto=re.compile(whole_words(rules.veto), flags),
        context=re.compile(whole_words(rules.context), flags),
        document_context=re.compile(whole_words(rules.document_context), flags),
        contents=re.compile(whole_words(rules.contents), flags),
        furniture=re.compile(alternation(rules.furniture), flags),
        navigation=re.compile(navigation, flags),
        lead_in=re.compile(lead_in, flags),
        passed_over=re.compile(rf"{navigation}|{lead_in}", flags),
        about=re.compile(about, flags),
        agreement_noun=re.compile(rf"{whole_words(rules.agreement_nouns)}", flags),
        partner_agreement=re.compile(whole_words(rules.partner_agreements), flags),
        counted_cue=re.compile(rf"(?<!\w)(?P<n>{number})\s+(?:[\w-]+\s+){{0,2}}?{cue}(?!\w)", flags),
        numbered_cue=_numbered(cue),
        ordinal_cue=re.compile(rf"^\s*(?:#{{1,6}}\s*)?(?P<n>\d{{1,2}})\.\s+(?P<cue>{cue})\s*[:–—-]\s+(?=\S)", flags),
        bare_numbered_cue=re.compile(
            rf"^\s*{_CHAPTER}(?P<cue>{cue})\s+{_NR}(?P<n>\d{{1,2}}|{_ROMAN}|(?-i:[A-J]))\s*[:.]?\s*$", flags
        ),
        numbered_heading=_numbered(alternation(rules.heading_words + rules.chapter_words)),
        chapter=re.compile(alternation(rules.chapter_words), flags),
        part_prefix=re.compile(rf"\s*(?:#+\s*)?{alternation(rules.chapter_words + rules.part_words)}\s+", flags),
        document_parts=re.compile(alternation(rules.document_parts), flags),
        arranged=re.compile(rf"(?<!\w){alternation(rules.arranged_by)}(?:\s+[\w'’-]+){{0,3}}?\s+{cue}(?!\w)", flags),
        arranged_subject=re.compile(whole_words(rules.arranged_subjects), flags),
        item_field=re.compile(rf"^{alternation(rules.item_fields)}\s*:", flags),
        strategy_title=re.compile(whole_words(rules.strategy_titles), flags),
        cue_heading=re.compile(rf"(?:{heading_word}\s+){{0,3}}{cue}(?:\s+{heading_word}){{0,3}}", flags),
        programme_title=re.compile(whole_words(rules.programme_titles), flags),
        theme_field=re.compile(rf"(?<!\w){alternation(rules.theme_fields)}", flags),
        report_title=re.compile(whole_words(rules.report_titles), flags),
        budget_title=re.compile(whole_words(rules.budget_titles), flags),
        labelled_cue=re.compile(rf"^\s*(?P<cue>{cue})(?:\s*[:–—-]\s*|\s+)(?=(?-i:[A-ZÆØÅÄÖÜ]))", flags),
        counted_end=re.compile(rf"(?<!\w)(?P<n>{number})\s+(?:\w+\s+)?(?P<noun>{_WORD})\s*[.:]?$", flags),
        counted_colon=re.compile(rf"(?<!\w)(?P<n>{number})\s+(?:\w+\s+)?(?P<noun>{_WORD})(?=\s*:\s+\w)", flags),
        copula=re.compile(rf"^(?:\s+[\w'’-]+){{0,5}}?\s+{alternation(rules.copulas)}\s+(?=\w)", flags),
        opener=re.compile(rf"(?<!\w){alternation([re.escape(w) for w in rules.openers])}[:,]?\s+", flags),
        goal_lead=re.compile(rf"^{alternation(rules.goal_leads)}(?!\w)", flags),
        goal_heading=re.compile(alternation(rules.goal_heading_words), flags),
        other_list=re.compile(whole_words(rules.other_lists), flags),
        denial=re.compile(rf"{whole_words(rules.negations)}(?:\s+[\w-]+){{0,3}}?\s+{cue}(?!\w)", flags),
        list_pronoun=re.compile(rf"^{alternation(rules.list_pronouns)}(?!\w)", flags),
        disowned=re.compile(
            rf"{whole_words(rules.negations)}(?:\s+[\w-]+){{0,2}}?\s+{whole_words(rules.plan_parts)}", flags
        ),
        cross_cutting=re.compile(rf"{whole_words(rules.cross_cutting)}(?:\s+[\w'’-]+){{0,2}}?\s+$", flags),
        cross_cutting_heading=re.compile(
            rf"{alternation(rules.cross_cutting)}(?:\s+[\w'’-]+)?\s+{alternation(rules.cross_cutting_subjects)}", flags
        ),
        earlier=re.compile(  # the words between may hold the plan's years: "Den forrige planen (2019–2031) hadde"
            rf"{whole_words(rules.earlier_plans)}(?:[\s,]+[^\s.!?:;]+){{0,8}}?\s+{cue}(?!\w)", flags
        ),
        future=re.compile(rf"{whole_words(rules.future_plans)}(?:[\s,]+[^\s.!?:;]+){{0,8}}?\s+{cue}(?!\w)", flags),
        continuation=re.compile(whole_words(rules.continuations), flags),
        parent=re.compile(rf"{whole_words(rules.parent_plans)}(?:\s+[^\s.!?:;]+){{0,4}}?\s+{cue}(?!\w)", flags),
        authority=re.compile(
            rf"{whole_words(rules.authority_plans)}(?:\s+[^\s.!?:;]+){{0,4}}?\s+{cue}(?!\w)"
            rf"|^[\W\d]*(?<!\w){alternation(rules.other_bodies)}(?:'?s)?(?!\w)(?:\s+[^\s.!?:;]+){{0,6}}?\s+{cue}(?!\w)",
            flags,
        ),
        trigger=re.compile(
            rf"(?<!\w)(?:{cue}(?!\w)|{number}\s+(?:\w+\s+)?\w+\s*[.:]|{alternation(rules.about)}(?!\w))", flags
        ),
        direct=re.compile(
            rf"^\s*(?:[;:–-]\s*|(?:{fillers}\s+)?(?:(?P<n>{number})\s+(?:[\w-]+\s+)?[\w-]+\s*:\s*)?)"
            rf"(?!{function_words}\s)(?=\w)",
            flags,
        ),
        numbers={k.lower(): v for k, v in rules.numbers.items()},
        goal_nouns=frozenset(w.lower() for w in rules.goal_nouns + rules.other_nouns),
        conventions=lists.conventions(language),
    )
