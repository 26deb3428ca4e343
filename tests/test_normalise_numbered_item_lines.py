"""An agenda's or a table of contents' numbered items ("13  Title" / "14  Title") are lines of their own in a
hard-wrapped minutes text, even when a title fills the line to the wrap width and does not end a sentence: the
next item's number is no wrapped sentence running on. Look-alikes: a wrapped sentence that runs on to a
number not next in line, or to a year, still joins."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import normalise

# a hard-wrapped paragraph (lines at about 70 characters) that makes the text read as wrapped
PROSE = (
    "Udvalget behandlede på mødet en række sager om veje, natur og miljø, og\n"
    "forvaltningen havde forud for mødet udsendt et notat om de økonomiske\n"
    "konsekvenser af de foreslåede ændringer for budgetåret og overslagsårene\n"
    "med en beskrivelse af de tiltag, som udvalget tidligere har besluttet.\n"
)

AGENDAS = {
    "da toc": [
        "7  Godkendelse af dagsorden",
        "8  Spildevandsplan for Ørby og Nørre Lyngvig - endelig vedtagelse i udvalget",
        "9  Status på handleplan for cykelstier og skoleveje 2024-2027",
    ],
    "da agenda, dotted numbers": [
        "41. Anlægsbevilling til ny børnehave ved Skovvangen og udbud af byggeriet i",
        "42. Orientering om trafiktælling på Hovedgaden",
    ],
    "da committee list": [
        "105  Takstblad for affaldsordninger og genbrugspladser i kommunen fra og med",
        "106  Eventuelt",
    ],
    "nb agenda": [
        "23  Revidert handlingsplan for trafikksikkerhet i kommunen og fylket fra",
        "24  Referatsaker",
    ],
    "nl agenda": [
        "3  Vaststelling van het bestemmingsplan Buitengebied en de beantwoording van de",
        "4  Rondvraag",
    ],
}


@pytest.mark.parametrize("items", AGENDAS.values(), ids=AGENDAS.keys())
def test_numbered_items_in_sequence_stay_separate_lines(items):
    text, _ = normalise([PROSE + "\n" + "\n".join(items)])
    assert text.splitlines()[-len(items) :] == [" ".join(item.split()) for item in items]


@pytest.mark.parametrize(
    "wrapped",
    [
        # the next line's number is not the next item's: a sentence running on to a count
        "12 af kommunens skoler har i år fået nye legepladser, og i alt er der nu\n"
        "30 legepladser, som lever op til de nye krav om tilgængelighed for alle.",
        # a year is no item number
        "2025 blev året, hvor kommunen for første gang nåede målet om at halvere\n"
        "2026 byder på nye mål for genbrug og affald i hele kommunen.",
    ],
)
def test_a_sentence_running_on_to_a_number_out_of_sequence_still_joins(wrapped):
    text, _ = normalise([PROSE + "\n" + wrapped])
    assert text.splitlines()[-1] == wrapped.replace("\n", " ")
