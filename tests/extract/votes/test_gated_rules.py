"""A rule pattern read only on the lines holding its required words finds exactly what a whole-text scan finds."""

from __future__ import annotations

import re

import pytest

from pipeline.extract.votes.proposal_rules import proposal_lexicon
from pipeline.text.gated import Gated, one_line

LEADS = {
    "da": "Punkt 4\nVenstre v/ Jens Hansen stillede følgende ændringsforslag:\nTekst.\n"
    "Socialdemokratiet fremsatte forslag om udsættelse af sagen\nA (Dansk Folkeparti) STILLEDE FORSLAG",
    "nb": "Sak 12/25\nSV v/ Kari Nordmann fremmet følgende forslag:\nNy linje.\n"
    "Høyre la fram slikt tilleggsforslag:\nAp og Sp satte fram omforent forslag",
    "nn": "Sak 3\nSenterpartiet ved Ola Vik la fram slikt framlegg:\nTekst\nKrF sette fram endringsframlegg:",
    "nl": "Agendapunt 5\nDe fractie van D66 dient het volgende amendement in:\nTekst.\n"
    "Mevrouw Jansen (GL) diende een motie\nDe heer Bos dient motie vreemd aan de orde van de dag in",
}


def _found(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("language", sorted(LEADS))
def test_a_lead_line_is_found_as_a_whole_text_scan_finds_it(language: str) -> None:
    lead = proposal_lexicon(language).lead
    gated = Gated(lead)
    assert gated.words  # the lead rule keeps to its line: only lines with its verb are read
    text = LEADS[language]
    found = _found(list(gated.finditer(text)))
    assert found and found == _found(list(lead.finditer(text)))


@pytest.mark.parametrize("language", sorted(LEADS))
def test_a_text_without_the_words_is_not_scanned_and_gives_nothing(language: str) -> None:
    lead = proposal_lexicon(language).lead
    assert list(Gated(lead).finditer("Punkt 4\nSagen blev drøftet.\n")) == []


@pytest.mark.parametrize(
    "pattern",
    [
        r"^[ \t]*(?P<by>[^\n:]{1,80}?)[ \t]+fremmet[ \t]*$",
        r"(?<=\n)Vedtatt\b",
        r"Vedtatt.",
        r"(?m:vedtatt$)",
        r"vedtatt(?=\.)",  # a look-ahead held in the line reads its cut end as it reads the break
        r"ordfører(?![\w-])",
        r"vedtatt(?!\S)",
    ],
)
def test_a_pattern_that_keeps_to_its_line_is_read_by_line(pattern: str) -> None:
    assert one_line(pattern, re.MULTILINE)


@pytest.mark.parametrize(
    "pattern",
    [
        r"vedtatt\s+enstemmig",  # \s holds a line break
        r"vedtatt[^:]*",  # so does a negated class without it
        r"(?s:vedtatt.)",  # a dot under DOTALL
        r"vedtatt(?=\s)",  # a look-ahead that may read the break: the cut line's end is no space
        r"vedtatt(?![^:])",  # so may one with a negated class
        r"vedtatt(?=\Z)",  # or the whole text's end
        r"vedtatt\Z",
        r"(?:vedtatt)?",  # an empty match
    ],
)
def test_a_pattern_that_may_cross_or_see_past_its_line_is_read_whole(pattern: str) -> None:
    assert not one_line(pattern, re.MULTILINE)


def test_dollar_without_multiline_is_the_text_end_and_is_read_whole() -> None:
    assert not one_line(r"vedtatt$")
    regex = re.compile(r"vedtatt$")
    assert Gated(regex).words is None
    assert list(Gated(regex).finditer("Forslaget ble vedtatt\nog så videre")) == []


LOOK_AHEAD_TEXTS = [
    "Sak 7/24 Budsjett\nForslaget ble vedtatt\nmed 30 mot 5 stemmer.",
    "Innstillingen vedtatt.\nOrdfører Per Lie, ordfører-\nkandidat",
    "Raadsvoorstel aangenomen\nvoorzitter\nDe voorzitter sluit de vergadering",
    "Sagen blev vedtaget enstemmigt\r\nborgmester Hansen\t\nborgmester",
    "Vedtatt",
    "Kommunestyret vedtok  \nvedtatt-\nvedtatt.",
]


@pytest.mark.parametrize(
    "pattern",
    [r"(?i)vedta(?:tt|get)(?![\w-])", r"(?i)vedtatt(?=\.)", r"(?i)(?:ordfører|voorzitter|borgmester)(?!\S)"],
)
def test_a_line_held_look_ahead_finds_at_line_ends_what_a_whole_text_scan_finds(pattern: str) -> None:
    regex = re.compile(pattern)
    gated = Gated(regex)
    assert gated.words  # read by line
    for text in LOOK_AHEAD_TEXTS:
        assert _found(list(gated.finditer(text))) == _found(list(regex.finditer(text)))
