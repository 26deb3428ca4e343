"""Row subjects that name nothing a reader could look up, repaired from the section they were read in.

Rules that read a subject off a line stop at the line's end or at a lone quote mark, and a vote record
naming nothing can leave its own outcome words behind as the subject. What the contract asks for is the
name of what was decided, so:
- a subject cut where its sentence ran on over a line break ("Ordføreren fremmet forslag om at saken",
  "..., at budgetopfølgningen") is run on to its sentence's end; one ending in an article or conjunction
  that cannot be run on is about the case;
- a word in an unclosed quote ('"Saka') is the word; a word that names nothing ("Saka") is about the case;
- an outcome or procedure phrase ("conform vastgesteld, zonder stemming", "vedtatt uten votering") is
  about the case, as the language's minutes name it (`SectionText.generic_subject`);
- an outcome naming only the case ("Het ontwerpbesluit wordt goedgekeurd met 17 stemmen voor ...") is about
  the case where a header titles one, and keeps its words where none does (`subjects.case_outcomes`);
- a label that is its point title's first words ("Aanpassing meerjarenplan: goedgekeurd.") is the title;
- a reported decision ("Bystyret vedtok torsdag å bygge ...", "De raad keurde dinsdag het plan goed") is
  its object, without the council, the weekday or the counts;
- a pronoun ("Dette ble vedtatt", "Dit werd aangenomen") stands for the sentence before it, a bare
  "Forslaget" / "Het voorstel" for the proposal quoted or put forward above it (its first sentence).
Patterns and word lists: models/votes/<lang>.json `subjects`.
"""

from __future__ import annotations

import re

from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.named_motions import named_motion
from pipeline.extract.votes.phrases import QUOTES, without_label
from pipeline.extract.votes.procedural_requests import name_procedural_proposal
from pipeline.extract.votes.quoted import is_generic_subject
from pipeline.extract.votes.section import SectionText
from pipeline.extract.votes.subject_rules import SubjectRules, puts_forward, subject_rules
from pipeline.text.literals import after_literal

_RUN_ON = 300  # chars a cut sentence may run on
_PRONOUN_WORDS = 2  # "Dette", "dette vedtaket": a pronoun alone; "Dit is het gevolg van ..." says more
_ANTECEDENT_WINDOW = 600  # chars above a pronoun searched for what it stands for
# a sentence ends at a stop, or where a line opens in upper case (section text keeps no blank lines); a stop
# followed by lower case or a digit ends an abbreviation, and the sentence runs on ("2 mio. kr. årligt", "nr. 3")
_SENTENCE_END = re.compile(r"(?<!\d)[.!?](?=\s)(?![ \t]+[a-zæøå0-9])|\n(?=[ \t]*[A-ZÆØÅ«“\"])")
_STOP_BEFORE = re.compile(r"[.!?][»”\"’]?\s+(?=\S)")
_OPEN, _CLOSE, _NOT_QUOTE = r"[«“\"]", r"[»”\"]", r"[^«»“”\"]"  # «...», “...”, "...": a proposal's own words
_QUOTED = re.compile(_OPEN + r"(?P<text>" + _NOT_QUOTE + r"{3,})" + _CLOSE)
_QUOTE_OPENED = re.compile(_OPEN + r"(?P<text>" + _NOT_QUOTE + r"{3,})$")  # a quote whose sentence ends inside it
_QUOTE_BELOW = r":[ \t]*\n[ \t]*" + _OPEN + r"(?P<text>{inside}{{3,600}})" + _CLOSE  # a quote on the line under a colon
_RUN_ON_END = re.compile(r"(?<!\d)[.!?;](?=\s|$)|\n[ \t]*\n")
_OPEN_CLAUSE_WORDS = 2  # "om at saken": a clause opened and cut before its verb
_TRIM = " \t.;,:"
_WRAPPED = re.compile(r"[ \t]*\n[ \t]*[a-zæøå]")  # the sentence goes on in lower case on the next line
_GOES_ON = re.compile(r"[ \t]*\n?[ \t]*[a-zæøå]")  # on the same line, or wrapped in lower case
_WRAPPED_AFTER_WORD = re.compile(r"[ \t]*\n[ \t]*\w")  # after "for", "og": any word goes on ("Skeie")
# a quote standing on the line after a lead-in ending in a colon ('... fremsendt følgende forslag:\n"..."')
_QUOTED_AFTER_COLON = re.compile(_QUOTE_BELOW.format(inside=_NOT_QUOTE))
_LEAD_IN = 160  # chars before the colon searched for the lead-in
_HEADING_THEN_QUOTE = re.compile(r"[ \t]*" + _QUOTE_BELOW.format(inside=r"[^«»“”\"\n]"))  # under a proposal's heading
_MIN_HEADING = 12  # chars: a heading naming a proposal, not a lone label ("Voorstel:")
_HEADING_REACH = 1000  # chars around a decision searched for its heading (read sets: at most ~300 before it)


def repair_subject(
    decision: Decision, text: SectionText, lex: Lexicon, reported: bool, outside_case: bool, alone: bool = False
) -> None:
    """Give a decision whose subject is a fragment or a label the name of what it decided.

    `reported`: the decision stands outside any meeting record (no case, no meeting date), as a news
    item's does; only there is a sentence about the council a report whose object is the decision.
    Minutes keep their own decision sentences ("De raad heeft het voorstel aangenomen.").
    `outside_case`: no case header above, as in a news summary: only there does a pronoun or a bare
    "Forslaget" stand for the sentence or quoted proposal above it (in a case it names the case).
    `alone`: the decision is the only one its section records (no amendment voted beside it)."""
    rules = subject_rules(lex.language)
    if wrapped := _quote_opened_above(decision, text):
        decision.subject = wrapped
        return
    if quoted := _quoted_under_heading(decision, text):
        decision.subject = quoted
        return
    titled = bool(decision.subject and text.title) and decision.subject.strip(_TRIM) == text.title.strip(_TRIM)
    if alone and titled and decision.outcome in ("adopted", "rejected", "postponed"):
        above = text.text[: max(decision.start - text.base, 0)]
        quoted = proposal_words(above, rules) or _quoted_under_title(text, rules)
        decision.subject = quoted or text.case_proposal or decision.subject
    if decision.subject and name_procedural_proposal(decision, text, rules):
        return  # "Het voorstel tot verdaging wordt verworpen ..." after a member asked for it
    if decision.subject:
        about_case = text.generic_subject(lex, decision.outcome == "postponed", decision.outcome == "noted")
        antecedent = named_motion(decision, text, rules) or (
            _antecedent(decision, text, rules) if outside_case else _put_forward(decision, text, lex, rules)
        )
        antecedent = (
            antecedent
            or _named_recommendation(decision, text, lex, rules)
            or (_case_recommendation(decision, text, lex, rules) if alone else None)
        )
        if antecedent is None and about_case and _names_only_the_item(decision, text, lex, rules):
            # "Het raadsvoorstel wordt daarna ... aangenomen." under its item; under a member's proposal, its words
            antecedent = _quoted_under_title(text, rules) or about_case
        decision.subject = antecedent or repaired(decision.subject, text, lex, rules, reported, about_case)
        if not outside_case and stands_for_nothing(decision, lex):  # "Dette ble vedtatt." in a case: the case
            decision.subject = about_case or text.title or decision.subject
    if decision.subject and text.title and _shortened_title(decision.subject, text.title):
        decision.subject = text.title


def stands_for_nothing(decision: Decision, lex: Lexicon) -> bool:
    """A subject that is still a bare pronoun ("Dette", "Det") once repaired: nothing above it was found for it to
    stand for. In a case it is the case; outside one (a page's headline over its list of decisions, "Dette vart
    vedteke i kommunestyret 29. oktober") it names no decision and gives no row."""
    pronouns, bare = subject_rules(lex.language).pronouns, (decision.subject or "").strip(_TRIM)
    return 0 < len(bare.split()) <= _PRONOUN_WORDS and pronouns is not None and bool(pronouns.fullmatch(bare))


def names_item_set(subject: str | None, lex: Lexicon) -> bool:
    """A subject naming several agenda items and none of its own ("Øvrige punkter (12-15)", "Punkterne 12, 13 og
    15"): outside a case such a summary line decides nothing a row can name; each item has its own block."""
    item_sets = subject_rules(lex.language).item_sets
    return bool(subject and item_sets is not None and item_sets.fullmatch(" ".join(subject.split()).strip(_TRIM)))


def _names_only_the_item(decision: Decision, text: SectionText, lex: Lexicon, rules: SubjectRules) -> bool:
    """An outcome sentence or label whose only noun is a generic referent of the item it stands under ("Het
    raadsvoorstel wordt daarna ... aangenomen.", "Raadsvoorstel (ongewijzigd)"): the item. A motion or amendment
    referent is the item only where the item's title names one of that kind ("Motie ..."): under "Begroting" or
    "Moties" the motion is another matter. A sentence under a decision label on its line ("Besluit: de motie
    wordt ... aangenomen.") is the decision as stated. A bare "Raadsvoorstel" is the item only where it labels its
    own result line ("Raadsvoorstel: unaniem aangenomen."); as a heading over a roll call it names what was voted
    on. The line is read back at most _LINE_REACH chars."""
    subject = (decision.subject or "").strip(_TRIM)
    found = rules.item_ref.fullmatch(subject) if rules.item_ref is not None else None
    if found is None or not text.title:
        return False
    kind = found.groupdict().get("kind")
    if kind and not re.search(rf"(?<!\w){kind}(?!\w)", text.title, re.I):
        return False
    at = max(decision.start - text.base, 0)
    line_start = text.text.rfind("\n", max(0, at - _LINE_REACH), at) + 1
    words = subject.split()
    if len(words) == 1:  # a bare label: the item's only as the label of its own result line ("Raadsvoorstel: ...")
        line = text.text[line_start : line_start + _LINE_REACH].lstrip(" \t")
        return re.match(re.escape(subject) + r"[ \t]*:[ \t]*\S", line) is not None
    if len(words) < 3:  # "Raadsvoorstel (ongewijzigd)": a label, no sentence under another label
        return True
    return lex.block_label.search(text.text[line_start:at]) is None


def _shortened_title(subject: str, title: str) -> bool:
    """A label that is the first words of its point's title ("Aanpassing meerjarenplan: goedgekeurd." under
    "Aanpassing meerjarenplan 2026-2031 - aanpassing 2"): the point, named short; two words at least, so a
    lone kind word ("Motie", "Forslag") is not read as naming one."""
    words, head = subject.strip(_TRIM).lower().split(), title.lower().split()
    return 2 <= len(words) < len(head) and words == head[: len(words)]


# a subject read from a line's start up to a closing quote, and a line that ends inside a quote it opened
_CLOSED = re.compile(r"[^'\"‘’“”„\n]*?\w[.!?]?['\"’”](?!\w)")
_OPENED = re.compile(r"(?:^|[\s(:])['\"‘“„](?=\w)[^'\"‘’“”„\n]*$")
_LINE_REACH = 400  # chars read back for a line's start: a wrapped column line is short


def _quote_opened_above(decision: Decision, text: SectionText) -> str | None:
    """A subject opening its line inside a quote the line above opened ("huur bij nieuwbouw' verworpen." under
    "Besluit  Amendement A1 (GroenLinks) 'Minimaal 35 procent sociale"): a quoted title wrapped at a line break
    in a narrow column; the subject is the line above, without its label, run on to the closing quote."""
    closed = _CLOSED.match(decision.subject or "")
    if closed is None:
        return None
    at = max(decision.start - text.base, 0)
    line_start = text.text.rfind("\n", max(0, at - _LINE_REACH), at) + 1  # bounded: a text may have no breaks
    if line_start < 2 or text.text[line_start:at].strip():
        return None
    reach = max(0, line_start - 1 - _LINE_REACH)
    above_start = text.text.rfind("\n", reach, line_start - 1) + 1
    if above_start == 0 and reach > 0:
        return None  # the line above is longer than a column's
    above = text.text[above_start : line_start - 1]
    if not _OPENED.search(above):
        return None
    return " ".join(f"{without_label(above.strip())} {closed.group(0)}".split()).strip(_TRIM) or None


def proposal_words(text: str, rules: SubjectRules) -> str | None:
    """The words of a member's proposal that `text` gives last (their first sentence): quoted under a lead-in
    naming the proposal ("Mette Holm (Ø) har fremsendt følgende forslag:" / '"Kommunalbestyrelsen beder ..."'),
    or after a label ("Forslagets tekst: ...", "Forslag" / '"..."'); None without any. The one vote of a case,
    named after the case, is on those words; beside another vote (an amendment's) they are that other
    proposal's. Lead-ins and labels: `subjects.quoted_proposal_leads`, `subjects.proposal_text_labels`."""
    found: list[tuple[int, str]] = []
    if rules.quoted_lead is not None:
        found += [
            (m.start(), m.group("text"))
            for m in _QUOTED_AFTER_COLON.finditer(text)
            if rules.quoted_lead.search(text[max(0, m.start() - _LEAD_IN) : m.start() + 1])
        ]
    if rules.text_label is not None:
        found += [(m.start(), _within_quotes(m.group("text"))) for m in rules.text_label.finditer(text)]
    return first_sentence(max(found)[1]) if found else None


def _within_quotes(words: str) -> str:
    """A label's words, inside the quote marks they open with ('"Udvalget beder ..." (bilag 2)'), else as written."""
    quoted = _QUOTED.match(words)
    return quoted.group("text") if quoted else words


_OPENS_QUOTED = re.compile(r"\s*" + _OPEN + r"(?P<text>" + _NOT_QUOTE + r"{3,600})" + _CLOSE)


def _quoted_under_title(text: SectionText, rules: SubjectRules) -> str | None:
    """A section whose title leads in a member's proposal ("7. Voorstel van raadslid An Peeters (Groen):") and whose
    text opens with the proposal quoted: the quote's first sentence. The title's line is the section's header (blanked
    in its text), so `proposal_words` cannot read the lead-in above the quote."""
    if rules.quoted_lead is None or not text.title or not rules.quoted_lead.search(text.title.rstrip(" :") + ":"):
        return None
    quoted = _OPENS_QUOTED.match(text.text)
    return first_sentence(quoted.group("text")) if quoted else None


def _quoted_under_heading(decision: Decision, text: SectionText) -> str | None:
    """A proposal named by its heading line, whose words stand quoted on the line under it ("Amendement van
    raadslid An Peeters (Groen):" / '"Het budget wordt verhoogd tot 2.500 euro."'): the vote is on those words
    (their first sentence), not on the heading that introduces them; None when no quote follows the heading.
    The heading is looked for near the decision only: a section searched whole per decision grows with the
    square of its length where one long section records hundreds of decisions."""
    heading = (decision.subject or "").strip(_TRIM)
    if len(heading) < _MIN_HEADING:
        return None
    at = decision.start - text.base
    near = text.text[max(0, at - _HEADING_REACH) : at + _HEADING_REACH]
    found = next(after_literal(heading, _HEADING_THEN_QUOTE, near), None)
    return first_sentence(found[1].group("text")) if found else None


def _named_recommendation(decision: Decision, text: SectionText, lex: Lexicon, rules: SubjectRules) -> str | None:
    """A bare "Innstillingen" / "Tilrådinga" voted on under a heading naming who recommends ("Formannskapets
    innstilling:") is that recommendation, written as its heading names it; under an unnamed heading, none."""
    refs, named = rules.recommendation_refs, rules.named_recommendations
    if refs is None or named is None or not refs.fullmatch((decision.subject or "").strip(_TRIM)):
        return None
    at = max(decision.start - text.base, 0)
    above = lex.block_label.finditer(text.text, 0, at)
    labels = [(m.start(), label) for m in above if lex.is_proposal_label(label := m.group("label").strip())]
    for lead_in in rules.vote_lead_ins:  # "Herefter blev der stemt om Økonomiudvalgets indstilling:" above it
        leads = lead_in.finditer(text.text, max(0, at - _ANTECEDENT_WINDOW), at)
        labels += [(m.start(), " ".join(m.group("object").split())) for m in leads]
    last = max(labels, default=None)
    return last[1] if last and named.fullmatch(last[1]) else None


def _case_recommendation(decision: Decision, text: SectionText, lex: Lexicon, rules: SubjectRules) -> str | None:
    """A bare "Indstillingen" voted on alone (no amendment beside it to tell it from) under no heading naming who
    recommends is the case's own recommendation: where the language's minutes name that by the case
    (`subjects.case_refs`), the case title; None without one."""
    refs = rules.case_refs
    if refs is None or decision.proposer is not None or not refs.fullmatch((decision.subject or "").strip(_TRIM)):
        return None
    return text.generic_subject(lex, procedural=True)


def _antecedent(decision: Decision, text: SectionText, rules: SubjectRules) -> str | None:
    """What a pronoun or a bare proposal reference stands for, None when the subject is neither."""
    # a subject read across a stop the phrase rules do not end at ("2027. Det", "ned.» Framlegget"): its last part
    bare = _STOP_BEFORE.split(_unquoted(decision.subject or "").strip(_TRIM))[-1]
    proposal = bool(rules.proposal_refs and rules.proposal_refs.fullmatch(bare))
    if not proposal and not (rules.pronouns and rules.pronouns.fullmatch(bare)):
        return None
    at = text.text.rfind(bare.split()[0], 0, max(decision.end - text.base, 0))
    if at < 0:
        return None
    before = text.text[max(0, at - _ANTECEDENT_WINDOW) : at]
    quoted = list(_QUOTED.finditer(before)) if proposal else []
    if quoted:
        return first_sentence(quoted[-1].group("text"))
    sentence = _sentence_before(before)
    if sentence and proposal:  # "SV fremmet forslag: Bystyret ber om ...": the words after the colon
        return sentence.rsplit(": ", 1)[-1] if ": " in sentence else None
    return sentence


def _put_forward(decision: Decision, text: SectionText, lex: Lexicon, rules: SubjectRules) -> str | None:
    """A bare "Ændringsforslaget" below the sentence putting it forward ("Venstre stillede ændringsforslag om, at
    planen også omfatter ...", then its counts): that sentence, the only words the amendment has; the quote in it
    when it quotes them ('Naleraq fremsatte ændringsforslag: "Taksten fastfryses."')."""
    subject = (decision.subject or "").strip(_TRIM)
    if decision.proposer is not None or not (rules.proposal_refs and rules.proposal_refs.fullmatch(subject)):
        return None
    at = text.text.rfind(subject.split()[0], 0, max(decision.end - text.base, 0))
    before = text.text[max(0, at - _ANTECEDENT_WINDOW) : at] if at >= 0 else ""
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(before))]
    spans = zip(starts, [*starts[1:], len(before)], strict=True)
    sentences = [" ".join(before[a:b].split()).strip(_TRIM) for a, b in spans]
    found = next((s for s in reversed(sentences) if s and puts_forward(s, lex.language)), None)
    quoted = (_QUOTED.search(found) or _QUOTE_OPENED.search(found)) if found else None
    return first_sentence(quoted.group("text")) if quoted else found


def _sentence_before(text: str) -> str | None:
    """The last whole sentence of `text` (which ends where the referring sentence begins)."""
    head = text.rstrip()
    if not head or head[-1] not in ".!?":
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    sentence = " ".join(head[max(ends, default=0) :].split()).strip(_TRIM)
    return sentence or None


def first_sentence(quote: str) -> str | None:
    """A quoted proposal's first sentence, on one line."""
    first = _SENTENCE_END.split(quote.strip(), maxsplit=1)[0]
    return " ".join(first.split()).strip(_TRIM) or None


def repaired(
    subject: str, text: SectionText, lex: Lexicon, rules: SubjectRules, reported: bool, about_case: str | None
) -> str | None:
    """`subject`, or what it should have been; `about_case` is what a decision naming nothing is about."""
    unquoted = _unquoted(subject)
    bare = unquoted.strip(_TRIM + "|")  # "Vastgesteld | Voor: 27": a result cell cut at its table's bar
    objects = rules.objects if reported else ()
    found = next((m.group("object") for regex in objects if (m := regex.fullmatch(bare))), None)
    if found:
        return found.strip(_TRIM)
    if not bare or (rules.procedure is not None and rules.procedure.fullmatch(bare)):
        return about_case  # a quote mark alone, "vedtatt uten votering"
    if rules.case_outcome is not None and rules.case_outcome.fullmatch(bare):
        return about_case or unquoted  # "Het ontwerpbesluit wordt goedgekeurd met ...": the case, where there is one
    if is_generic_subject(bare, lex):
        return about_case or unquoted  # '"Saka'
    cut = _cut(bare, rules)
    if cut is None:
        return unquoted
    run_on = _run_on(bare, text, lex, cut)
    if run_on or cut != "dangling":
        return run_on or unquoted
    if about_case and about_case.strip(_TRIM) != bare:  # the recommendation may be the very sentence cut
        return about_case
    return text.title or unquoted


def _unquoted(subject: str) -> str:
    """A subject opening or ending with the only quote mark it holds ('"Saka'): the words without it."""
    lone = sum(subject.count(q) for q in QUOTES) == 1 and (subject[:1] in QUOTES or subject[-1:] in QUOTES)
    return subject.strip(QUOTES + " \t") if lone else subject


def _cut(subject: str, rules: SubjectRules) -> str | None:
    """How a subject is cut, or None when it is whole: 'dangling', it ends in a word no sentence ends
    with; 'clause', it holds a clause opened after a comma ("Udvalget anbefaler, at den nye skolestruktur")
    whose verb is the vote phrase after it; 'open', a clause it opened ("om at saken") stops a word or two
    on, before it could have a verb."""
    words = [w.lower() for w in subject.split()]
    if not words:
        return None
    if words[-1] in rules.dangling:
        return "dangling"
    opened = [i for i, word in enumerate(words[:-1]) if word in rules.openers]
    if not opened or not subject[-1:].isalpha():
        return None
    if opened[-1] > 0 and words[opened[-1] - 1].endswith(","):
        return "clause"
    return "open" if len(words) - opened[-1] - 1 <= _OPEN_CLAUSE_WORDS else None


def _run_on(subject: str, text: SectionText, lex: Lexicon, cut: str) -> str | None:
    """The subject's sentence, run on past the line break it was cut at to its own end; None when the
    section holds it whole, or not at all, or it stops where something else begins on the same line."""
    words = subject.split()
    found = re.search(r"\s+".join(map(re.escape, words)), text.text)
    if found is None:
        return None
    rest = text.text[found.end() : found.end() + _RUN_ON]
    stop = _RUN_ON_END.search(rest)
    rest = rest[: stop.start() if stop else len(rest)]
    label = lex.block_label.search(rest)
    rest = rest[: label.start() if label else len(rest)]
    goes_on = {"dangling": _WRAPPED_AFTER_WORD, "open": _WRAPPED, "clause": _GOES_ON}[cut]
    if not rest.strip(_TRIM + "\n") or not goes_on.match(rest):
        return None  # whole, cut by something other than a line break (a count), or a new line ("2. at ...")
    return " ".join((subject + rest).split()).strip(_TRIM)
