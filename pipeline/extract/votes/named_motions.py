"""A bare motion or amendment outcome ("De motie is verworpen.", "Het amendement wordt aangenomen met 12
stemmen voor") under the lines that name it with its title in quotes ('Motie vreemd aan de orde van de dag
"Groen schoolplein"', 'wij dienen de motie / "Vuurwerkvrije zones" in'): the vote is on that titled motion.

Minutes name a motion once, where it is put forward or put to the vote, and then speak of "de motie". Only
motions and amendments are named so: a bare "het voorstel" is the case's own proposal, which the case title
names (gold is split on it), so it is left to the other repairs. The naming is looked for in a bounded window
above the outcome, of the same kind ("het amendement" is not the motion named above it), with no decision on
a motion between the two (then the outcome is about another, unnamed motion).
Patterns: models/votes/<lang>.json `subjects.motion_refs`, `motion_names`, `motion_decided`.
"""

from __future__ import annotations

import re

from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.section import SectionText
from pipeline.extract.votes.subject_rules import SubjectRules

_WINDOW = 800  # chars above the outcome searched for the naming, or from the case heading (read sets: ~450)
_QUOTE_MARKS = "\"“”„'‘’"


def named_motion(decision: Decision, text: SectionText, rules: SubjectRules) -> str | None:
    """The quoted title of the motion or amendment a bare outcome sentence is about; None when the subject is
    no bare motion or amendment, or no motion of its kind is named above it since the last decision on one."""
    subject = " ".join((decision.subject or "").split()).strip(" \t.;,:")
    if rules.motion_refs is None or not rules.motion_names or any(q in subject for q in _QUOTE_MARKS):
        return None
    ref = rules.motion_refs.fullmatch(subject)
    if ref is None:
        return None
    kind = ref["kind"].lower()
    if ref.groupdict().get("number"):
        return _numbered(subject, ref, decision, text, rules)
    end = max(decision.end - text.base, 0)
    at = text.text.rfind(subject.split()[0], max(0, end - len(subject) - _WINDOW), end)
    if at < 0:
        return None
    above = text.text[max(0, at - _WINDOW) : at]
    named = _named(above, kind, rules)
    since = named[-1].end() if named else 0
    if not named and at <= _WINDOW:  # named by the case heading, which the section's text leaves out
        above = text.text[:at]
        named = _named(text.title or "", kind, rules)
    if not named:
        return None
    if rules.motion_decided is not None and rules.motion_decided.search(above, since):
        return None  # a motion was decided between the naming and this outcome: not the one named
    return " ".join(named[-1]["title"].split()).strip(" \t,;:") or None


def _numbered(
    subject: str, ref: re.Match[str], decision: Decision, text: SectionText, rules: SubjectRules
) -> str | None:
    """A vote on a numbered motion or amendment ("Stemming over amendement A1:", "Motie M3 wordt aangenomen"):
    its label and the quoted title given where the same label is named above in the item ('amendement A1
    "Titel"', 'dient motie M3 in, getiteld "Titel"'), the label as written, as the project's cites do. The
    number tells which motion it is, so any motion decided between them does not matter; no naming, no title."""
    number = re.compile(rf"(?<![\w.-]){re.escape(ref['number'])}(?![\w-])", re.I)
    above = text.text[: max(decision.start - text.base, 0)]
    named = [
        m
        for m in _named(above, ref["kind"].lower(), rules)
        if number.search(m.group(0), 0, m.start("title") - m.start())
    ]
    if not named:
        return None
    title = " ".join(named[-1]["title"].split()).strip(" \t,;:")
    label = subject[ref.start("kind") : ref.end("number")]
    return f"{label} {title}" if title else None


def _named(text: str, kind: str, rules: SubjectRules) -> list[re.Match[str]]:
    """The namings of a motion or amendment of `kind` in `text`, in reading order."""
    found = (m for regex in rules.motion_names for m in regex.finditer(text) if m["kind"].lower() == kind)
    return sorted(found, key=lambda m: m.end())
