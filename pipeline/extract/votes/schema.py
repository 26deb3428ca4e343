"""The shape of models/votes/<lang>.json, validated by `pipeline.rules.load_rules` (unknown keys rejected).

Patterns are Python regexes; `<<name>>` inserts a fragment (from `fragments`, or the built-in
month, weekday, body and party alternations).
"""

from __future__ import annotations

from typing import Literal

from pipeline.dataset.rows import OUTCOMES
from pipeline.rules import Rules

Outcome = Literal[OUTCOMES]  # the contract's vocabulary (pipeline/dataset/rows.py)
Option = Literal["yes", "no", "abstain"]


class ClauseRule(Rules):
    """A vote phrase; `subject: previous` means it refers to the sentence before ("stemt hier mee in")."""

    outcome: Outcome
    pattern: str
    subject: Literal["previous"] | None = None


class TallyRule(Rules):
    """A count line for one option ("For stemte 17 (A, B og SF)", "voor 92%")."""

    option: Option
    pattern: str


class OutcomeRule(Rules):
    """An outcome read from a decision block's text when it holds no vote phrase ("Sagen udsat")."""

    outcome: Outcome
    pattern: str


class VoteLabelRule(Rules):
    """A line naming what the vote below it is about ("Stemming over het amendement"): a proposal named
    above it, or the draft decision itself."""

    about: Literal["proposal", "decision"]
    pattern: str


class ConsentRules(Rules):
    """The chair putting a proposal or question to the council, settled by consent without a vote
    (consent.py): "Ik stel voor ... (Instemming.)", "Kan de raad hiermee instemmen? Dat is het geval.",
    "Zijn er bezwaren? Dat is niet het geval.", "Aldus besloten." A `proposals` pattern's group subject
    is what was proposed; `outcomes` are read from the put (first match wins, else adopted)."""

    proposals: list[str] = []  # "Ik stel voor <subject>": a put naming what is proposed
    questions: list[str] = []  # "Kan de raad hiermee instemmen?": consented by a yes
    objections: list[str] = []  # "Zijn er bezwaren?": consented by a no
    yes: list[str] = []  # "Dat is het geval.": the answer to a question
    no: list[str] = []  # "Dat is niet het geval.": the answer to a call for objections
    assent: list[str] = []  # "(Instemming.)": consent to the put above it, never alone
    closers: list[str] = []  # "Aldus besloten.": consent, to the put above it or alone
    empty_subjects: list[str] = []  # "dat de raad daarmee instemt": a proposed subject naming nothing
    procedural: list[str] = []  # "de punten 6 en 7 samen te behandelen": order of business, no decision
    outcomes: list[OutcomeRule] = []  # "aan te houden" -> postponed, read from the put
    handling_refs: list[str] = []  # "de voorgestelde afdoening": a put about the handling proposed above it
    handling: list[str] = []  # "Voorstel afdoening: <handling>": one entry's proposed handling
    speakers: str | None = None  # a speaker's label opening a turn ("De heer Bos (SP):")
    chair: str | None = None  # a speaker label naming the chair: only the chair puts a question to the council
    window: int = 300  # chars from a put to its consent


class SubjectRules(Rules):
    """Subjects that name nothing a reader could look up, and how they are repaired (subjects.py)."""

    dangling: list[str] = []  # words no subject ends with ("at", "om", "de"): the sentence went on past a line break
    clause_openers: list[str] = []  # "at", "dat": a clause cut a word or two after one lacks its verb
    procedures: list[str] = []  # a subject that is only an outcome or procedure ("vedtatt uten votering")
    case_outcomes: list[str] = []  # an outcome whose only noun is the case ("Het ontwerpbesluit wordt goedgekeurd")
    # full match: an outcome sentence or label naming only a generic referent of the item it stands under
    # ("Het raadsvoorstel wordt daarna ... aangenomen", "Raadsvoorstel (ongewijzigd)"); group `kind`, when set,
    # is a kind of proposal the item's title must name ("De motie wordt aangehouden" under "Motie ...")
    item_refs: list[str] = []
    # a numbered item's heading ending in a colon over a quoted proposal names that proposal's kind ("7. Voorstel van
    # raadslid An Peeters (Groen):" / '"..."'): the line is the item's header, the quote its text (meeting.py)
    quoted_item_heads: list[str] = []
    procedural_proposals: list[str] = []  # full match: a procedural proposal voted on by name, group `object`
    procedural_requests: list[str] = []  # a member asking for one ("X (P) vraagt de verdaging"): `name`, `party`
    objects: list[str] = []  # a reported decision ("Bystyret vedtok torsdag å ..."): group `object` is what was decided
    proposal_leads: list[str] = []  # "fremmet forslag om at": a vote phrase after one is the proposal's wording
    pronouns: list[str] = []  # "Dette", "Det", "Dit werd aangenomen": a subject standing for the sentence before it
    item_sets: list[str] = []  # "Øvrige punkter (12-15)": a subject naming several agenda items, none of its own
    proposal_refs: list[str] = []  # "Forslaget", "Het voorstel": the proposal quoted or put forward above
    recommendation_refs: list[str] = []  # "Innstillingen", "Tilrådinga": the recommendation under its heading above
    named_recommendations: list[str] = []  # a heading naming who recommends ("Formannskapets innstilling")
    vote_lead_ins: list[str] = []  # "Herefter blev der stemt om <object>:": what the vote below was on, group `object`
    bracketed_items: list[str] = []  # "Pkt. 35 (Titel)" in running prose: groups `case`, `title` (bracketed_items.py)
    noted_refs: list[str] = []  # "Indstillingen" on a row taking a matter for information: the case it notes
    case_refs: list[str] = []  # "Indstillingen" on any row, no heading naming who recommends: the case
    titled_proposals: list[str] = []  # full match: a proposal's label and its title in quotes ('Motie M1 (X) "Titel"'):
    # group `title` is the subject
    quoted_proposal_leads: list[str] = []  # a lead-in ending in a colon on the line above a quoted proposal
    # ("har fremsendt følgende forslag:"): the case's one vote is on the quoted words
    proposal_text_labels: list[str] = []  # a line's label giving a member's proposal's words after its colon, or
    # alone on its line above them in quotes ("Forslagets tekst: ...", "Forslag" / '"..."')
    motion_refs: list[str] = []  # full match: a bare motion or amendment ("De motie is verworpen"), group `kind`:
    # the one of that kind named above it with a quoted title
    motion_names: list[str] = []  # a motion or amendment named with its title in quotes, groups `kind` and `title`
    motion_decided: list[str] = []  # words deciding on a motion: one between the naming and the bare reference ends it
    addressed: list[str] = []  # full match: a recommendation addressed to another body ("byrådet, at rapporten
    # offentliggøres"): that body's future decision, no row of its own beside this meeting's decision


class NewsRules(Rules):
    """Cues of a page that reports a meeting's decisions (news.py)."""

    meeting_dates: list[str] = []  # prose naming the meeting's day ("behandlet torsdag 26. november"): groups
    # day, month, optional year; optional `meeting` (a meeting word) or `weekday` tell it as a meeting held
    later: list[str] = []  # a sentence about what comes later ("publiseres når", "Neste møte"): no meeting, no decision
    links: list[str] = []  # a line linking another page ("Les også: <headline>"): its headline decides nothing here
    relative_days: list[str] = []  # the council deciding on a day told relative to the page ("heeft donderdagavond
    # ingestemd"): the page is a report, its head's date line is the page's own date, not the meeting's
    headline_subjects: bool = False  # a paragraph's headline names the decision it reports first (headlines.py);
    # where the language's pages name their decisions in the prose instead, False
    headline_over: list[str] = []  # where given, the headline names only a decision whose own subject matches one
    # (a whole clause or a cut fragment, "De brief ... werd voor kennisgeving aangenomen"): a noun phrase stays
    headline_names_notings: bool = True  # a noting's own object ("tok rapporten til vitande") yields to the headline;
    # where the language's pages name what a noting took in the sentence itself, False
    capital_headline_references: list[str] = []  # where set, a headline in capitals ("CYKELSTI TIL RØSNÆS") is a
    # section head that names only a decision whose own words are one of these bare references ("Punktet blev
    # godkendt"); a decision naming its object ("godkendte anlægsbevillingen på 38 mio. kr. til ...") keeps its words
    paragraph_matters: list[str] = []  # a news paragraph's first sentence naming its matter, group `matter` ("Forslaget
    # om at lukke Vestskolen blev ikke færdigbehandlet."): it names a later decision that only refers back ("Sagen")
    paragraph_notings: bool = False  # a noting that opens a news paragraph ("Årsrapporten blev taget til
    # efterretning.") is the paragraph's report even without a body before it; where pages note by the body, False
    noted_objects: list[str] = []  # a paragraph's noting sentence ("Byrådet tog X til efterretning"): group `object`
    # is what was taken for information, the row's subject instead of the whole sentence
    unnumbered_reports: bool = False  # a page numbering no item and carrying no publication line (a magazine's
    # council column) reports in headed paragraphs as a dated news page does: headlines name, paragraphs note
    reporting_bodies: list[str] = []  # the deciding body as the prose writes it with its article ("De raad",
    # "De gemeenteraad van Wemmel"): a sentence opening with it reports, as one opening with a bare body name does


class TableRules(Rules):
    """Decision lists written as tables (decision_tables.py): header words name each column's role."""

    number: list[str] = []  # "Nr.", "Saksnr.", "Agendapunt": the item's number
    subject: list[str] = []  # "Sag", "Tittel", "Onderwerp": what was decided
    decision: list[str] = []  # "Beslutning", "Vedtak", "Besluit": the outcome
    votes: list[str] = []  # "Stemmer", "Votering", "Stemverhouding": the counts, optional
    votes_for: list[str] = []  # "For": a column of the votes for alone, beside one of the votes against (optional)
    votes_against: list[str] = []  # "Imod": a column of the votes against alone
    abstentions: list[str] = []  # "Undlod": a column of abstentions, read as no count of a vote
    proposal: list[str] = []  # "Forslag", "Framlegg": a column naming the proposal each row votes on, in a table
    # with no number column under its case's header (proposal_tables.py), or beside the case's title in a numbered
    # decision table (proposal_cells.py)
    proposal_mover: str = ""  # a proposal cell naming its mover ("Ændringsforslag fra Lis Holm (SF)"): groups name
    # and, optionally, party
    row_numbers: list[str] = []  # "Nr", "Nummer": such a table's first column numbering its votes in order, no role
    party_lines: list[str] = []  # a line under such a table giving the parties against one row ("Partifordeling mot
    # innstillingen: FrP 3, H 1"): the row named in group `subject` (or the last counted row), the parties in `parties`
    proposal_texts: list[str] = []  # a line below such tables giving one row's proposal by its label ("Forslag 1, FrP
    # (sak 59/26), fremmet av Tor Inge Bakken (FrP):"): groups label, case, name, party; the quoted text in group
    # `text` or on the next line
    case_lines: list[str] = []  # a heading naming the case of such a table in other words than a case header
    # ("Voteringer i sak 34/26 Budsjett 2027"): groups case_number and, optionally, title
    header_window: int = 3  # how many non-blank lines above such a table its case's header may stand
    no_decision: list[str] = []  # a decision cell deciding nothing: "-", "Se nedenfor", a closed item's pointer
    closed: list[str] = []  # "LUKKET:" before a subject: the item was treated behind closed doors
    subject_labels: list[str] = []  # "(hamerstuk)" after a subject: how it was treated, not what
    mover: str = ""  # a subject cell's trailing bracket naming who moved the item ("(stillet af Signe Holt, Ø)"):
    # groups name and, optionally, party
    count: str | None = None  # a vote cell's bare count "25 mot 8 (H, FrP)": groups for, against, against_breakdown
    list_number_prefix: str = ""  # before an item's number in a dot-leader list: "Sak 20/26", "KS-003/26"
    note_number_prefix: str = ""  # before an item's number opening a note under a list: "Ad 5.", "KS-004/26:"
    note_lead: str = ""  # a word that marks the note by itself, so no stop follows the number: "Ad 5.2 Op verzoek"
    cell_outcomes: list[OutcomeRule] = []  # a list cell opening with its outcome: "Kennisname", "Utsatt", "Udsat"
    collective: str = ""  # a word giving one outcome line to every item listed above it: "beide", "alle"
    label_kinds: list[str] = []  # a word before a proposal's label ("Amendement A1", "Forslag 2"): label_results.py
    matrix_for: list[str] = []  # a vote matrix's cell voting for ("V", "voor", "for"): vote_matrix.py
    matrix_against: list[str] = []  # a vote matrix's cell voting against ("T", "tegen", "mot")
    matrix_recommendation: list[str] = []  # a matrix column voting on the item's own recommendation ("Raadsvoorstel")


class ResultFieldRules(Rules):
    """A vote's result written as a labelled field ("Resultat: FORKASTET", "Uitslag: AANGENOMEN"): result_fields.py."""

    labels: list[str] = []  # labels whose value is a vote's result, also when written in capitals
    subject_labels: list[str] = []  # a vote page's field above the result naming what is voted on ("Forslag")
    text_labels: list[str] = []  # a field under a numbered vote line giving the proposal's own words ("Tekst:"): what
    # that vote is about, before the vote line's label (where the page's convention names the words)
    named_labels: list[str] = []  # a recommendation's label naming who recommends ("Formannskapets innstilling"):
    # standing alone above a result field, it names what is voted on (a bare "Innstilling" names only the case)
    entry_lines: list[str] = []  # a line naming one voted text by its kind and label ("Motie 7B (CDA) - Titel"):
    # standing right above a result field, it names what that result decides, as written
    outcome_words: list[str] = []  # the words a result value is made of ("vedtatt", "enstemmig", "ikke")
    count_words: list[str] = []  # words of the counts after them, folded with them ("VEDTATT MED 30 MOT 3")
    vote_lines: list[str] = []  # a vote page's line opening one numbered vote, what it is about in group `value`
    # ("Votering 2: Formannskapets innstilling", "Røysting 1 - Forslag nr. 3")
    tab_openings: list[str] = []  # a vote tab's line opening one numbered vote, naming nothing ("Votering 2 av 3"):
    # a result field closing that line after a gap is the result of the lines below it
    bare_results: list[str] = []  # a vote tab's result with no label ("Falt  4 - 11", "FALT 5 for - 30 mot"): groups
    # `outcome`, `for`, `against`; on the tab's opening line or a line of its own (bare_results.py)
    bare_fields: list[str] = []  # the result field a bare result is rewritten as, longest first: "{outcome}", "{for}"
    # and "{against}" are filled in ("Resultat: {outcome} med {for} mot {against} stemmer")
    count_values: list[str] = []  # a result value giving the counts ("Votering: 6 stemte for, 2 stemte mot"): it ends
    # the recommendation above it like an outcome value does
    roll_calls: list[str] = []  # a line of the counts, names or parties per option ("Voor: CDA (6), VVD (4) = 10",
    # "Na hoofdelijke stemming stemden voor: de heer Bos (VVD), ..."): never what a vote is about
    bare_counts: list[str] = []  # counts after the outcome with no mark between ("aangenomen   Voor 15  Tegen 0"):
    # group `outcome_gap` is given a ";" and each `count_gap*` group a "," so the rules read them as counts


class HeaderLabels(Rules):
    body: list[str] = []
    date: list[str] = []
    case: list[str] = []
    archive: list[str] = []
    title: list[str] = []
    other: list[str] = []


class ProposalRules(Rules):
    """Named proposals in a case block and the subjects that refer back to them (proposals.py).

    `heads` and `anaphors` are keyed by a kind of proposal ("motie", "amendement"): an anaphor
    refers to the last proposal of its own kind above it.
    """

    heads: dict[str, list[str]] = {}  # kind -> head words that open a proposal heading
    anaphors: dict[str, list[str]] = {}  # kind -> subjects that refer back ("Het amendement", "Forslaget")
    # subjects naming no kind ("Het voorstel") that refer to a member's proposal the case itself is titled after
    case_anaphors: list[str] = []
    pronouns: list[str] = []  # "Die is aangenomen": the proposal named last above, of whatever kind
    links: list[str] = []  # words between head word and proposer ("fra", "van de fractie")
    ident: str = "(?!)"  # a proposal's own number ("A5", "M12", "nr. 3")
    bare_idents: dict[str, str] = {}  # kind (itself one of its head words) -> a number naming it alone ("M5")
    stops: list[str] = []  # a word after the anaphor that makes it a new noun phrase ("Forslaget til ...")
    party_words: list[str] = []  # a proposer holding one of these is a party ("Dansk Folkeparti")
    official: list[str] = []  # proposers whose proposal is the recommendation, not a member's proposal
    title_links: list[str] = []  # words between proposer and the proposal's title ("om", "inzake")
    on_behalf: list[str] = []  # "på vegne av", "namens": the parties a proposer speaks for
    lead_verbs: list[str] = []  # "SV fremmet følgende forslag:": a lead line naming proposer and kind
    # the words between mover and head word of a lead line that opens with an adverbial, verb second ("Tijdens de
    # zitting dient de fractie Groen een amendement in:"): they end the mover
    lead_fillers: list[str] = []
    agent_marks: list[str] = []  # "Ap v/ Kari Nordmann": the party, then the member who moved it
    named_by_text: list[str] = []  # headings ("Utsettelsesforslag", "Ændringsforslag") whose proposal is named by
    # its own text's first sentence when a vote refers back to it
    text_when_referred: bool = False  # every member's proposal an outcome line refers back to ("Sps forslag falt")
    # is named by the words its heading or lead line gives, as this language's minutes are coded
    words_in_field: bool = False  # a case titled by a member's proposal ("Toegevoegd punt van raadslid X:") is named
    # by the first sentence of its proposal field ("Voorstel: De gemeenteraad vraagt ...") when a vote refers to it


class VotePageRules(Rules):
    """A vote page: one case, its votes in numbered blocks ("VOTERING 2 av 3", "Røysting 1", "Nr 3"), each
    with result fields (vote_pages.py). Every pattern is searched line by line unless said otherwise."""

    headers: list[str] = []  # a vote block's header line, groups `number` and (optional) `label`
    entries: list[str] = []  # a proposal listed above the votes ("Forslag 2 – ...", "B  Framlegg frå ..."): key, label
    references: list[str] = []  # a vote label pointing at a listed proposal ("(C)", "forslag 3"): group `key`
    counts: list[str] = []  # a count field ("For: 6", "Imot: 11"): group `n`, and `yes` or `no` naming its side
    option_lines: list[str] = []  # an alternative's count line ("Innstillingen .... 12 stemmer"): `option`, `n`
    result: str | None = None  # the result field ("Resultat: Falt"): group `result`
    rejected: list[str] = []  # a result rejecting the proposal ("Ikke vedtatt", "Framlegget fall")
    adopted: list[str] = []  # a result adopting it ("Enstemmig vedtatt", "Forslag 1 vedtatt")
    unvoted: list[str] = []  # a result without a vote ("Oversendt formannskapet utan røysting"): no row
    unanimous: list[str] = []  # "Enstemmig", "Samrøystes"
    alternatives: list[str] = []  # a block label voting one proposal against another ("Alternativ votering: A mot B")
    proposers: list[str] = []  # a mover in a label ("fra Kari Nordmann (Ap)"): groups `name`, `party`
    label_tails: list[str] = []  # a label's end that names no proposal (" (forslag 3)", ":", " - sett opp mot ...")


class VotesRules(Rules):
    """Every rule of the votes extractor for one language."""

    months: dict[str, int] = {}
    weekdays: list[str] = []
    two_digit_year_pivot: int = 50
    number_words: dict[str, int] = {}  # "fem": 5, a count written as a word (fragment `count`)
    header_labels: HeaderLabels = HeaderLabels()
    archive_column_labels: list[str] = []  # "Sag" in "Title <gap> Sag 26/2210": an archive label only in a column
    # after a case title (fragment `archive_column`, with the archive labels); at a line's start it names a case
    item_markers: list[str] = []  # "Åben sag", "Lukket punkt": a case's access marker in a column after its title
    header_lines: list[str] = []
    ruled_lines: list[str] = []  # "-----", "_____": a rule printed between cases
    ruled_case_lines: list[str] = []  # "061/26 Title  26/118": a case header without prefix, only under a rule or
    # in a run of such lines (the case list), where a bare number is no date or share
    step_headers: list[str] = []
    decided_steps: list[str] = []  # a step header whose text below is the step's own decision
    closing_decisions: list[str] = []  # a bare decision label that, after a decided step, is the meeting's own
    closing_decision_lines: list[str] = []  # full match: a decision label with its decision on its line ("Beslutning:
    # Godkendt."), closing a decided step as a bare label does (Danish minutes keep a step's lines above a blank line)
    list_lead_ins: list[str] = []
    context_resets: list[str] = []
    # a body heading marked as following straight on the meeting above ("OCMW-RAAD (aansluitend)"): its day
    follow_on_heads: list[str] = []
    listed_item_lines: list[str] = []  # "RS 14/26 Brev fra ...": an item listed right under its case's header, no case
    listing_case_titles: list[str] = []  # "Referatsaker": a case title naming a list of papers, the items under it
    body_names: list[str] = []
    head_bodies: list[str] = []  # a deciding body named in a protocol's head lines ('FORMANNSKAPET', 'Byrådet, X')
    head_lines: int = 8  # non-empty lines at a document's top read as its head
    head_skips: list[str] = []  # head lines that date the page, not a meeting ("Gepubliceerd op 12 maart 2024")
    head_meeting_titles: list[str] = []  # a head title line naming a meeting without its body ("Besluitenlijst")
    dates_inside_cases: bool = True  # False: a bare date line inside a case recalls its history, no new meeting
    administrative_bodies: list[str] = []
    default_body: str | None = None
    decision_labels: list[str] = []
    proposal_labels: list[str] = []
    proposal_label_patterns: list[str] = []  # "Formannskapets innstilling": a label naming who recommends
    point_labels: list[str] = []
    fragments: dict[str, str] = {}
    clauses: list[ClauseRule] = []
    statements: list[str] = []
    tails: list[str] = []
    tallies: list[TallyRule] = []
    proposal_declarations: list[str] = []
    proposer_fields: list[str] = []  # "Forslagsstiller: Lars Holm (O)": an item's field naming its mover
    genitive_suffixes: list[str] = []
    postponement_words: list[str] = []
    generic_voter_labels: list[str] = []
    party_prefixes: list[str] = []
    party_codes: list[str] = []
    party_names: list[str] = []
    party_code_pattern: str | None = None
    alternative_subject: str = "{winner} ({loser})"
    vote_words: list[str] = []
    triggers: list[str] = []
    decision_blocks: list[str] = []
    empty_decisions: list[str] = []
    block_outcomes: list[OutcomeRule] = []
    vote_labels: list[VoteLabelRule] = []
    background: list[str] = []
    treatment_labels: list[str] = []  # "Formannskapets behandling": a heading whose send-back is the decision
    sign_offs: list[str] = []  # "Protokollen godkjennes ved signering.": the minutes' own approval, no decision
    background_labels: list[str] = []  # "Sagsfremstilling", "Saksopplysninger": sections that retell, never decide
    history_labels: list[str] = []  # "Tidligere behandling": a case's earlier steps, retold (history.py)
    tracker_fields: list[str] = []  # "Status", "Ansvarlig": a follow-up table's fields, never a decision
    generic_decisions: list[str] = []  # a decision naming nothing ("Godkendt.", "Som innstillingen.")
    generic_subject_from: Literal["recommendation", "title", "single_recommendation"] = "recommendation"
    step_subject_from: Literal["recommendation", "title"] = "recommendation"  # a bare decision below a step
    compound_recommendation: str | None = None  # a recommendation's second clause (", og at"): it recommends several
    generic_subjects: list[str] = []  # "Orienteringen", "Sagen": a subject naming nothing
    amended_recommendations: list[str] = []  # "Raadsvoorstel, zoals geamendeerd": the recommendation voted as amended
    case_nouns: list[str] = []  # "Lokalplanen", "Protokollen frå førre møte": a subject standing for the case itself
    briefings: list[str] = []  # "Rådmannen orienterte om status.": an official's briefing, which decides nothing
    phrase_subject: Literal["noun", "sentence"] = "noun"  # what a vote phrase's own subject is: the words
    # before its verb ("Forslaget") or the whole sentence ("Het voorstel wordt unaniem aangenomen.")
    document_kinds: list[str] = []  # "Saksprotokoll": a title opening with one names the document, not the case
    recommendation_lead_ins: list[str] = []  # "Forvaltningen indstiller, ": dropped from a recommendation subject
    own_recommendations: list[str] = []  # "Samrøystes tilråding frå utvalet til kommunestyret:": its own decision
    inline_proposal_labels: list[str] = []  # "Indstilling: Direktionen indstiller, at ...": a recommendation
    decisive_sentences: list[str] = []
    treatment_lines: list[str] = []  # "Forslaget fra SV falt ...": a line of the treatment, never of a recommendation
    option_words: dict[str, Option] = {}
    member_votes: list[str] = []
    party_votes: list[str] = []  # "VVD: voor", "CDA (4) tegen": one line per party, groups party, n, option
    option_blocks: list[str] = []
    proposals: ProposalRules = ProposalRules()
    consent: ConsentRules = ConsentRules()
    subjects: SubjectRules = SubjectRules()
    decision_tables: TableRules = TableRules()
    news: NewsRules = NewsRules()
    result_fields: ResultFieldRules = ResultFieldRules()
    vote_pages: VotePageRules = VotePageRules()
    row_note: str | None = None  # "Agp 7a Kadernota - tegen: VVD (2)": a line under a vote table explaining a row
    row_note_against: str | None = None  # the against side in such a note, its party list in group `parties`
    tie_explanation: str | None = None  # a sentence opening on how a tied vote was settled: part of that vote
    voteless_remarks: list[str] = []  # "Ingen afstemning." before a decision label on its line: blanked
    # document types (pipeline metadata) that record no votes: a plan or strategy "vastgesteld door de gemeenteraad"
    # tells of the decision adopting it, and its lists ("De raad heeft vijf speerpunten vastgesteld:") are its content
    voteless_doc_types: list[str] = []
    decision_points: Literal["whole", "each"] = "whole"  # a decision block written only as numbered points is
    # one decision ("whole") or one per point ("each": "Vedtak:\n1. ...\n2. ..." decides two things)
    block_sentence_subject: Literal["sentence", "title"] = "sentence"  # a decision sentence on the line
    # under a lone decision label ("Besluit" / "Artikel 1" / "De raad keurt ... goed."): itself or its case title
