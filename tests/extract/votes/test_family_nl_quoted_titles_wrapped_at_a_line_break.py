"""A quoted title wrapped at a line break is read whole: the line above, run on to the closing quote.

Besluitenlijsten in a label column ('Besluit        Amendement A1 (GroenLinks, PvdA) \'Minimaal 35 procent sociale' /
'               huur bij nieuwbouw\' verworpen.') and narrow notulen ('Motie M5 (SP, PvdA) "Betaalbare huur voor' /
'starters" is aangenomen met ...') break a motion's or amendment's quoted title over two lines; the outcome phrase
then opens inside the quote. The subject is the proposal as the line above names it, run on to the closing quote.

Look-alikes: an apostrophe inside a name ("Anna's Hoeve") closes no quote; a quote closed on the line above (a
motion named in full, then 'De motie wordt verworpen') joins nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = "Besluitenlijst van de openbare vergadering van de gemeenteraad\ngehouden op donderdag 4 juni 2026\n\n"
FLEMISH = "Besluitenlijst gemeenteraad\nZitting van maandag 23 maart 2026\n\n"


@pytest.mark.parametrize(
    ("head", "item", "expected"),
    [
        (
            HEAD,
            "Agendapunt 6   Woonvisie De Bilt 2026-2035\n"
            "Besluit        Amendement A1 (GroenLinks, PvdA) 'Minimaal 35 procent sociale\n"
            "               huur bij nieuwbouw' verworpen.\n"
            "Stemming       12 voor - 15 tegen\n",
            ("rejected", "Amendement A1 (GroenLinks, PvdA) Minimaal 35 procent sociale huur bij nieuwbouw"),
        ),
        (
            HEAD,
            "Agendapunt 7   Nota grondbeleid\n"
            "Amendement A2 (D66) 'Meer ruimte voor\n"
            "tiny houses' wordt verworpen met 10 stemmen voor en 17 tegen.\n",
            ("rejected", "Amendement A2 (D66) Meer ruimte voor tiny houses"),
        ),
        (
            HEAD,
            "Agendapunt 8   Woningbouwprogramma\n"
            'Motie M5 (SP, PvdA) "Betaalbare huur voor\n'
            'starters" is aangenomen met 20 stemmen voor en 9 tegen.\n',
            ("adopted", "Motie M5 (SP, PvdA) Betaalbare huur voor starters"),
        ),
        (
            HEAD,
            "Agendapunt 9   Groenbeleidsplan\n"
            "Besluit        Amendement A3 (CDA) 'Meer bomen langs de\n"
            "               Kerkstraat' aangenomen.\n"
            "Stemming       25 voor - 2 tegen\n",
            ("adopted", "Amendement A3 (CDA) Meer bomen langs de Kerkstraat"),
        ),
        (
            FLEMISH,
            "3. Mobiliteitsplan 2026-2031\n   Amendement 2 (Vooruit) 'Extra budget voor\n"
            "   fietspaden' wordt verworpen met 8 ja-stemmen en 19 neen-stemmen.\n",
            ("rejected", "Amendement 2 (Vooruit) Extra budget voor fietspaden"),
        ),
    ],
)
def test_a_quoted_title_wrapped_at_a_line_break_is_read_whole(head: str, item: str, expected: tuple[str, str]) -> None:
    assert outcomes(head + item, "nl") == [expected]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "Agendapunt 10  Sportnota\nMotie M6 (VVD) 'Sportpark Noord' wordt ingediend door de heer Bos.\n"
            "De motie wordt verworpen met 9 stemmen voor en 18 tegen.\n",
            ("rejected", "Motie M6 Sportpark Noord"),
        ),
        (
            "Agendapunt 5   Grondexploitatie Anna's Hoeve\nHet college licht toe dat de 'nieuwe' planning\n"
            "Anna's Hoeve verworpen.\n",
            ("rejected", "Anna's Hoeve"),
        ),
    ],
)
def test_a_quote_closed_above_or_an_apostrophe_joins_nothing(item: str, expected: tuple[str, str]) -> None:
    assert outcomes(HEAD + item, "nl") == [expected]
