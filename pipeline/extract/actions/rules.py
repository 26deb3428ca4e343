"""The actions rules of a language, from models/actions/{common,<lang>}.json, validated and compiled once.

The schema rejects unknown keys (a misspelt cue list is an error, not a silently empty rule).
Status phrases are kept per status; negated forms ("ikke gennemført", "nog niet afgerond") are
built from the language's negation words, so each phrase is written once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as default
from functools import cache
from typing import Literal

from pipeline.extract.actions.remembered import Remembered, any_search
from pipeline.rules import NEVER, Rules, alternation, has_language, load_rules, whole_words
from pipeline.rules.compiled import compile_rule, regex
from pipeline.text import structure
from pipeline.text.literals import LiteralGate

Status = Literal["completed", "in_progress", "partly_completed", "paused", "not_started", "cancelled"]
# Phrase rules are tried in this order: an explicit "part done" before negations, then the
# least finished states before "completed" ("afsluttet, men evalueringen pågår" is work going on).
PHRASE_ORDER: tuple[Status, ...] = (
    "partly_completed",
    "not_started",
    "paused",
    "cancelled",
    "in_progress",
    "completed",
)
_FLAGS = re.IGNORECASE
_LEADER = r"\.{3,}|…{2,}"  # dot leaders between a label and its value ("Status ...... actief")
_GLUED = r"(?-i:(?=[A-ZÆØÅ](?:[a-zæøå]|\s[a-zæøå])))"  # a label run into its value as exported ("StatusIn behandeling")
_BODY_PREFIX = r"(?:[A-ZÆØÅ]{1,5}-)?"  # the body before a case keyword: "K-sak", "KS-sak", "PS-sak"
_NUMBER_SIGN = r"(?i:(?:nr|no)\.?\s*)?"  # "Tiltak nr. 7", "Actie no. 4": the number sign before an item's number


class StatusRule(Rules):
    """A specific pattern tried before the phrase lexicon; a weak one only counts when nothing stronger speaks."""

    status: Status
    pattern: str
    weak: bool = False
    first: bool = False  # tried before every phrase group ("faktisk oppstart var 09.03.21" is done)
    count: bool = False  # counts the part done ("8 af 12 ... er udskiftet"): progress of work going on


class ActionRules(Rules):
    """Every key of models/actions/*.json (see the `_about` note in da.json)."""

    item_keywords: list[str] = []
    action_nouns: list[str] = []
    section_cues: list[str] = []
    status_columns: list[str] = []
    done_columns: list[str] = []
    note_nouns: list[str] = []
    see_words: list[str] = []
    note_links: list[str] = []  # words tying a note to the item it explains ("Note til C.3:", "Noot bij actie 2.1:")
    answers: dict[Status, list[str]] = {}
    non_item_headings: list[str] = []
    theme_words: list[str] = []  # words numbering a plan's themes ("Fokusområde 2:", "Speerpunt 3:"), never its items
    relation_titles: list[str] = []
    decision_page_titles: list[str] = []
    clause_openers: list[str] = []
    status_rules: list[StatusRule] = []
    phrases: dict[Status, list[str]] = {}
    negations: list[str] = []
    negated: dict[Status, Status] = {}
    negation_gap: int = 2
    goal_openers: list[str] = []
    self_subjects: list[str] = []
    report_openers: list[str] = []
    finish_phrases: list[str] = []
    status_marks: dict[str, Status] = {}
    percent_value: str = NEVER
    colours: list[str] = []
    colour_marks: list[str] = []
    plan_types: list[str] = []  # document types announcing what will be done (a strategy)
    legend_verbs: list[str] = []
    legend_labels: list[str] = []
    meeting_outcomes: list[str] = []
    case_subjects: list[str] = []  # a meeting's case as a sentence's subject ("Saken", "Dit punt"): see _case_put_off
    merged_phrases: list[str] = []
    outside_plan_phrases: list[str] = []  # "nog niet in het programma": a new proposal, none of the plan's actions
    country_fields: list[str] = []  # "Land": a place's card names its country; an action's record never does
    recommending_phrases: list[str] = []  # "De evaluatie beveelt aan:": an intro over recommendations, no actions
    waiting_phrases: list[str] = []
    no_report_phrases: list[str] = []  # "Geen gegevens ontvangen", "Ingen tilbakemelding": no report came in
    named_item_nouns: list[str] = []  # "Initiativet", "het project": an item's noun right before its quoted name
    note_places: list[str] = []
    share_prepositions: list[str] = []
    auxiliaries: list[str] = []
    status_fields: list[str] = []
    id_fields: list[str] = []
    title_fields: list[str] = []
    explanation_fields: list[str] = []
    next_step_fields: list[str] = []
    person_fields: list[str] = []
    meta_fields: list[str] = []
    contact_cues: list[str] = []
    navigation: list[str] = []
    authority_lines: list[str] = []  # a document's byline naming its issuer ("Næstved Kommune", "Gemeente Breda")
    contrasts: list[str] = []  # "men", "maar": a remark opening so turns against the status before it
    vote_withdrawals: list[str] = []  # "trukket før votering", "ingetrokken voor de stemming": a proposal, no action
    case_officer_fields: list[str] = []  # "Saksbehandler", "Behandelaar": a case page's header
    case_file_fields: list[str] = []  # "Arkivsak", "Møtedato", "Zaaknummer": a case page's header, as its officer
    case_states: list[str] = []  # "Behandlet", "Afgehandeld": where a case stands in a meeting's handling
    code: str = NEVER
    code_keywords: list[str] = []
    id_columns: list[str] = []
    title_columns: list[str] = []
    comment_columns: list[str] = []
    date_words: list[str] = []
    outcomes: list[str] = []
    status_value_words: int = 8
    lifecycle: dict[Status, int] = {}


@dataclass(frozen=True)
class Rule:
    status: str
    pattern: re.Pattern
    weak: bool


@dataclass(frozen=True)
class Lexicon:
    """The compiled rules every reader of one language shares."""

    item: re.Pattern  # "Handling 2.1" at a line start
    item_words: tuple[str, ...]  # the keywords `item` opens with, and a document's own (keywords.py)
    language_item: re.Pattern  # `item` with the language's keywords only: "Tiltak 2" anywhere, not a document's own
    action_noun: re.Pattern
    action_noun_compound: re.Pattern  # also as the end of a compound ("delprojekter", "deelprojecten")
    section_cue: Remembered
    status_column: re.Pattern  # a table header cell over the status column
    non_item_heading: re.Pattern
    theme_word: re.Pattern  # a word numbering a plan's themes ("Fokusområde 2: ..."): a theme, not an item's keyword
    relation_title: re.Pattern  # a page title about partner towns ("Vennskapsbyer"): its prose reports no action
    decision_page_title: re.Pattern  # a page about a meeting's decisions ("Dette vedtok kommunestyret"): neither
    clause_opener: re.Pattern
    rules: tuple[Rule, ...]
    rule_gate: LiteralGate  # the rules a sentence may match, by the words each needs: most match none
    speaking: Callable[[str], bool]  # `speaks`, its answers remembered: a line is asked again by each reader
    status_start: Remembered  # a text that opens with a status phrase ("Udskudt til 2025")
    goal: re.Pattern  # a plan's own goal sentence ("Wij zorgen voor ..."): never a status
    self_subject: re.Pattern  # the item itself in its report ("Projektet", "Deze actie")
    named_item: re.Pattern  # a sentence opening on an item's noun and its quoted name ('Initiativet "X" er ...')
    report_opener: re.Pattern  # an impersonal opening of a report sentence ("Det er ansatt", "Er zijn")
    meeting_outcome: re.Pattern  # what minutes record a meeting did with an item ("verdaagd", "utsatt")
    case_subject: re.Pattern  # a sentence opening on a meeting's case ("Saken ble utsatt", "Het agendapunt wordt ...")
    merged: re.Pattern  # an item folded into another ("er slått sammen med tiltak 1.2"): no action of its own
    outside_plan: re.Pattern  # a proposal said to stand outside the plan ("ikke en del af handleplanen")
    country_field: re.Pattern  # "Land ....... Sverige", "Land: Polen": a field of a place's card
    recommending: re.Pattern  # an intro's verb of advice ("beveelt aan", "anbefaler"): what follows is proposed
    aggregate: re.Pattern  # a count of the plan's items ("Av 8 tiltak er 1 ferdig"): a summary, no item's status
    waiting: re.Pattern  # what the work waits for ("Afventer varmeplan"): no pause beside a not-started status
    no_report: re.Pattern  # an item's comment saying no report came in ("Geen gegevens ontvangen"): unknown
    pause: re.Pattern  # a phrase for a pause anywhere in a text ("Udskudt til 2025", "sat i bero")
    marks: dict[str, str]  # a symbol standing for a status ("✓"), folded
    percent: re.Pattern  # a share done as a status value ("40 %", "100 % ferdig"), group "n"
    done_column: re.Pattern  # a column asking whether the item is done ("Gennemført", "Afgerond?")
    note_pointer: re.Pattern  # a cell pointing to a note below ("Se note 1"), group "n"
    note_line: re.Pattern  # the note it points to ("Note 1: ...", "Note til C.3: ..."), groups "n" or "id", "text"
    answers: dict[str, str]  # a done column's answers ("ja", "nej", "delvis") and the status each states
    colours: frozenset[str]  # colour words ("grøn", "grijs"): a status only through the document's legend
    plan_types: frozenset[str]  # a strategy's type: a project it names in passing is no action
    colour_marks: frozenset[str]  # coloured symbols ("🟢", "◐"), which `colours` holds too
    part_count: re.Pattern  # a count of the part done ("8 van de 12 schoolpleinen zijn vergroend")
    legend_pair: re.Pattern  # a mark and its meaning: "grøn = gennemført", "groen betekent afgerond" (group verb)
    legend_label: re.Pattern  # "Statusforklaring:", "Legenda:" opening a line that explains statuses
    trailing_auxiliary: re.Pattern  # "zijn", "er blevet" left before a status cue cut from a title
    field: Remembered  # "Label: value", "LabelValue" run together, or a label line of a tracker record
    status_field: re.Pattern
    run_on_status_label: re.Pattern  # a status label run onto a heading when lines were joined
    id_field: re.Pattern
    title_field: re.Pattern
    explanation_field: re.Pattern
    next_step: re.Pattern  # "Næste skridt: ...", "Vervolg: ...": plans after the status, never the status
    person_field: re.Pattern
    contact: re.Pattern
    navigation: re.Pattern
    authority_line: re.Pattern  # the issuer's name alone on a line: a byline, never an item's heading
    contrast: re.Pattern  # a remark opening with "men", "maar": the later state it names is the status
    vote_withdrawal: re.Pattern  # a proposal withdrawn before the vote: a meeting's record on any page
    case_officer: re.Pattern  # a case header's officer label, a whole label
    case_file: re.Pattern  # a case header's file number or meeting date label ("Arkivsak"), a whole label
    case_state: re.Pattern  # a case's handling status, a whole value
    code: re.Pattern  # a tracker's or decision's code ("T-114", "M2023-07", "4.012", "TZ 12")
    keyword_code: re.Pattern  # a code after its keyword ("Motie 12", "Sak 45/23")
    code_words: tuple[str, ...]  # the keywords `keyword_code` and `keyword` know
    keyword: re.Pattern  # a line opening with a motion's, case's or item's keyword ("Toezegging wethouder ...")
    id_column: re.Pattern
    title_column: re.Pattern
    comment_column: re.Pattern
    date_word: re.Pattern  # month and weekday names: a line of these and numbers is a date alone
    outcome: re.Pattern  # a result or KPI line ("312 werkzoekenden begeleid naar werk"): never an action
    status_value_words: int
    lifecycle: dict[str, int]
    conventions: structure.Conventions
    defined: dict[str, str] = default(default_factory=dict)  # status words as this document's legend reads them
    # what legend.py read in a line, as these rules read it, by reading and line: with_legend reads every line of a
    # document, is_legend asks again of each line from several readers
    legend_reads: dict[str, dict[str, object]] = default(default_factory=dict, init=False, repr=False, compare=False)

    def speaks(self, text: str) -> bool:
        """Whether any status rule matches the text; most texts hold none of the rules' words: skipped at once."""
        return self.speaking(text)

    def is_mark(self, text: str) -> bool:
        """A cell or value that is only a symbol or a colour word ("✓", "Gul."): a status code, never a title."""
        key = text.strip(" .").casefold()
        return key in self.marks or key in self.colours

    def is_date(self, text: str) -> bool:
        """A date alone ("12. marts 2023", "01.03.21"), which never names an action."""
        found = structure.words(text)
        return bool(found) and all(w.replace("-", "").isdigit() or self.date_word.fullmatch(w) for w in found)


def _whole_line(words: list[str]) -> re.Pattern[str]:
    """A line (or cell) that is one of `words` and nothing else: a field label, a column header, a menu item."""
    return regex(rf"^{alternation(words)}$", _FLAGS)


def _whole(patterns: list[str]) -> re.Pattern:
    return regex(whole_words(patterns), _FLAGS)


def _status_rules(data: ActionRules) -> list[Rule]:
    """Rules grouped by the status they give, in PHRASE_ORDER: within a group the file's specific
    rules first, then negated phrases that land there ("ikke gennemført" → not_started), then
    the plain phrases. A negated finish ("nog niet afgerond": begun, not done) is in_progress and
    is tried before every "not started" rule. A sentence takes the status of the first rule that matches it."""
    negation = alternation(data.negations)
    gap = rf"(?:\w+\s+){{0,{data.negation_gap}}}?"
    first: list[Rule] = []
    groups: dict[str, list[Rule]] = {status: [] for status in PHRASE_ORDER}
    unfinished = compile_rule(rf"(?<!\w){negation}\s+{gap}{alternation(data.finish_phrases)}(?!\w)", _FLAGS).regex
    groups["partly_completed"].append(Rule("in_progress", unfinished, False))  # before any "not started"
    for rule in data.status_rules:
        compiled = Rule(rule.status, compile_rule(rf"(?<!\w){rule.pattern}", _FLAGS).regex, rule.weak)
        (first if rule.first else groups[rule.status]).append(compiled)
    for status, target in data.negated.items():
        phrase = alternation(data.phrases.get(status, []))
        negated = compile_rule(rf"(?<!\w){negation}\s+{gap}{phrase}(?!\w)", _FLAGS).regex
        groups[target].append(Rule(target, negated, False))
    for status in PHRASE_ORDER:
        if data.phrases.get(status):
            pattern = compile_rule(whole_words(data.phrases[status]), _FLAGS).regex
            groups[status].append(Rule(status, pattern, False))
    return first + [rule for status in PHRASE_ORDER for rule in groups[status]]


def item_pattern(keywords: tuple[str, ...]) -> re.Pattern[str]:
    """A line opening with an item keyword and its number ("Handling 2.1", "Tiltak 4b": a lettered sub-item; "Tiltak
    A1" / "Handling B.2": a number under a lettered theme)."""
    return regex(
        rf"^(?:{structure.BULLET}\s*)?{alternation(keywords)}\s+{_NUMBER_SIGN}"
        r"(?P<id>(?-i:[A-ZÆØÅ]{1,2}\.?)?\d{1,2}(?:\.\d{1,2})*[a-z]?)\.?(?=[\s:–—-]|$)",
        _FLAGS,
    )


def keyword_code_pattern(keywords: tuple[str, ...]) -> re.Pattern[str]:
    """A code after its keyword ("Motie 12", "Sak 45/23", "K-sak 12/24", "Actie 2a")."""
    return regex(
        rf"(?<!\w){_BODY_PREFIX}(?i:{alternation(keywords)})\s+{_NUMBER_SIGN}"
        r"(?P<id>(?:[A-ZÆØÅ]{1,4}(?:[- ]|\.(?=\d))?)?\d(?:[\w./-]*\d)?[a-z]?)(?!\w)"  # "A.1" too
    )


def keyword_pattern(keywords: tuple[str, ...]) -> re.Pattern[str]:
    return regex(rf"^{_BODY_PREFIX}{alternation(keywords)}(?!\w)", _FLAGS)


@cache
def lexicon(language: str) -> Lexicon | None:
    """The language's compiled rules; None for a language without a rule file (no rows)."""
    if not has_language("actions", language):
        return None
    data = load_rules("actions", language, ActionRules)
    rules = _status_rules(data)
    statuses = [r.pattern for r in data.status_rules if not r.weak]
    statuses += [p for status in PHRASE_ORDER for p in data.phrases.get(status, [])]
    fields = (
        data.status_fields
        + data.id_fields
        + data.title_fields
        + data.explanation_fields
        + data.person_fields
        + data.meta_fields
    )
    item, gate = item_pattern(tuple(data.item_keywords)), LiteralGate(r.pattern for r in rules)
    return Lexicon(
        item=item,
        language_item=item,
        item_words=tuple(data.item_keywords),
        action_noun=_whole(data.action_nouns),
        action_noun_compound=regex(rf"(?<!\w)\w*?{alternation(data.action_nouns)}(?!\w)", _FLAGS),
        section_cue=Remembered(_whole(data.section_cues)),
        status_column=regex(alternation(data.status_columns), _FLAGS),
        non_item_heading=regex(rf"^{alternation(data.non_item_headings)}(?!\w)", _FLAGS),
        theme_word=regex(alternation(data.theme_words), _FLAGS),
        relation_title=regex(rf"^{alternation(data.relation_titles)}(?!\w)", _FLAGS),
        decision_page_title=regex(rf"^{alternation(data.decision_page_titles) or '(?!)'}(?!\w)", _FLAGS),
        clause_opener=regex(rf",\s+{alternation(data.clause_openers)}\s", _FLAGS),
        rules=tuple(rules),
        rule_gate=gate,
        speaking=any_search(tuple(r.pattern for r in rules), gate),
        status_start=Remembered(
            regex(
                rf"^(?:{alternation(data.auxiliaries)}\s+)*(?:{alternation(data.negations)}\s+)?"
                rf"(?:{alternation(data.auxiliaries)}\s+)*{alternation(statuses)}(?!\w)",
                _FLAGS,
            )
        ),
        goal=regex(rf"^{alternation(data.goal_openers)}(?!\w)", _FLAGS),
        self_subject=_whole(data.self_subjects),
        named_item=regex(
            rf"^\s*{alternation(data.named_item_nouns)}\s+[”“\"«„](?P<name>[^”“\"«»„]{{2,80}})[”“\"»]", _FLAGS
        ),
        report_opener=regex(rf"^{alternation(data.report_openers)}(?!\w)", _FLAGS),
        meeting_outcome=_whole(data.meeting_outcomes),
        case_subject=regex(rf"^\s*{alternation(data.case_subjects)}(?!\w)", _FLAGS),
        merged=_whole(data.merged_phrases),
        outside_plan=_whole(data.outside_plan_phrases),
        recommending=_whole(data.recommending_phrases),
        country_field=regex(rf"^\s*{alternation(data.country_fields)}\s*(?::|{_LEADER})\s*\S", _FLAGS),
        waiting=_whole(data.waiting_phrases),
        no_report=_whole(data.no_report_phrases),
        aggregate=regex(
            rf"(?<!\w){alternation(data.share_prepositions)}\s+(?:[^\W\d]+\s+){{0,2}}\d+\s+(?:[\w-]+\s+)?"
            rf"{alternation(data.action_nouns)}(?!\w)",
            _FLAGS,
        )
        if data.share_prepositions
        else regex(NEVER),
        pause=_whole(data.phrases.get("paused", [])),
        marks={mark.casefold(): status for mark, status in data.status_marks.items()},
        percent=regex(data.percent_value, re.IGNORECASE),
        done_column=_whole_line(data.done_columns),
        note_pointer=regex(
            rf"^{alternation(data.see_words)}\s+{alternation(data.note_nouns)}\s*(?P<n>\d{{0,2}})"
            rf"(?:\s+{alternation(data.note_places or [NEVER])})?\W*$",
            _FLAGS,
        ),
        note_line=regex(
            rf"^{alternation(data.note_nouns)}\s*(?:(?P<n>\d{{0,2}})|\s{alternation(data.note_links)}\s+"
            rf"(?:{alternation(data.item_keywords)}\s+)?(?P<id>[^\W\d]{{0,3}}\.?\d{{1,2}}(?:\.\d{{1,2}})*))"
            rf"\s*[:.)]\s*(?P<text>\S.*)?$",
            _FLAGS,
        ),
        answers={word.casefold(): status for status, words in data.answers.items() for word in words},
        colours=frozenset(colour.casefold() for colour in [*data.colours, *data.colour_marks]),
        colour_marks=frozenset(data.colour_marks),
        plan_types=frozenset(data.plan_types),
        part_count=regex(alternation([r.pattern for r in data.status_rules if r.count]), _FLAGS),
        legend_pair=regex(
            rf"^(?P<left>.+?)\s*(?:=|:|\t|\s[–—-]\s|\s(?P<verb>{alternation(data.legend_verbs)})[,:]?\s)\s*(?P<right>.+)$",
            _FLAGS,
        ),
        legend_label=regex(rf"^{alternation(data.legend_labels)}(?!\w)", _FLAGS),
        trailing_auxiliary=regex(rf"(?:\s+{alternation(data.auxiliaries)})+\s*$", _FLAGS),
        field=Remembered(
            regex(rf"^(?P<label>{alternation(fields)})(?:\s*(?::|$|{_LEADER})|{_GLUED})\s*(?P<value>.*)$", _FLAGS)
        ),
        status_field=_whole_line(data.status_fields),
        run_on_status_label=regex(
            rf"\s(?=(?-i:[A-ZÆØÅ]))(?P<label>{alternation(data.status_fields)})(?:\s*:\s*\S.*|{_GLUED}.*|\s*)$", _FLAGS
        ),
        id_field=_whole_line(data.id_fields),
        title_field=_whole_line(data.title_fields),
        explanation_field=_whole_line(data.explanation_fields),
        next_step=regex(rf"^{alternation(data.next_step_fields)}\s*:", _FLAGS),
        person_field=_whole_line(data.person_fields),
        contact=_whole(data.contact_cues),
        navigation=_whole_line(data.navigation),
        authority_line=_whole_line(data.authority_lines),
        vote_withdrawal=_whole(data.vote_withdrawals),
        case_officer=_whole_line(data.case_officer_fields),
        case_file=_whole_line(data.case_file_fields),
        case_state=_whole_line(data.case_states),
        contrast=regex(rf"^(?:{alternation(data.contrasts)})\b", _FLAGS) if data.contrasts else regex(NEVER),
        code=regex(rf"(?<![\w.]){data.code}(?![\w])"),
        keyword_code=keyword_code_pattern(tuple(data.code_keywords + data.item_keywords)),
        keyword=keyword_pattern(tuple(data.code_keywords + data.item_keywords)),
        code_words=tuple(data.code_keywords + data.item_keywords),
        id_column=_whole_line(data.id_columns),
        title_column=_whole(data.title_columns),
        comment_column=_whole(data.comment_columns + data.status_columns),
        date_word=regex(alternation(data.date_words), _FLAGS),
        outcome=regex(alternation(data.outcomes), _FLAGS),
        status_value_words=data.status_value_words,
        lifecycle=dict(data.lifecycle),
        conventions=structure.conventions(language),
    )
