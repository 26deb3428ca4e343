"""A motion or amendment is cited by its label as written: the movers' bracket right after the number and
'vreemd aan de orde van de dag' stay, and a label alone on its line takes the quoted title on the next.

The read sets' gold writes a Dutch motion either by its bare title or by its whole label ('Motie M2 (SP)
'Huurbevriezing corporaties'', 'Motie vreemd aan de orde van de dag M2 ...'); never by a label with the movers
or the 'vreemd' words taken out. The cite `label title` holds both forms.

Look-alikes: a quoted line under a raadsvoorstel is no motion's title; a label whose next line quotes a whole
sentence (the motion's text) keeps the label alone; a bracket after the title is not the label's.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Gemeente Testdam\nBesluitenlijst van de openbare vergadering van de gemeenteraad\n"
    "Datum: dinsdag 17 maart 2026, aanvang 19.30 uur\n\n"
)


@pytest.mark.parametrize(
    ("line", "subject"),
    [
        ("Motie M2 (SP) 'Huurbevriezing bij de corporaties'", "Motie M2 (SP) Huurbevriezing bij de corporaties"),
        (
            'Amendement A3 (VVD, CDA, JA21) "Lagere parkeertarieven"',
            "Amendement A3 (VVD, CDA, JA21) Lagere parkeertarieven",
        ),
        ("Motie 7.2 (GroenLinks-PvdA) ‘Zon op elk schooldak’", "Motie 7.2 (GroenLinks-PvdA) Zon op elk schooldak"),
        ("Motie M11 (Lokaal Testdam): 'Bankjes langs de dijk'", "Motie M11 (Lokaal Testdam) Bankjes langs de dijk"),
        (
            "Motie vreemd aan de orde van de dag M4 (PvdD) 'Geen vuurwerk bij de kinderboerderij'",
            "Motie vreemd aan de orde van de dag M4 (PvdD) Geen vuurwerk bij de kinderboerderij",
        ),
        ("Subamendement A1.1 (D66) “Ook de Kerkstraat”", "Subamendement A1.1 (D66) Ook de Kerkstraat"),
        # a bracket after the title is not the label's
        ("Motie M5 'Veilige schoolroutes' (CDA, SGP)", "Motie M5 Veilige schoolroutes"),
    ],
)
def test_the_movers_bracket_after_the_number_stays_in_the_cite(line, subject):
    text = HEAD + f"6. Omgevingsplan Testdam\n{line}\nBesluit: verworpen met 11 stemmen voor en 18 tegen.\n"
    rows = votes(text, "nl")
    assert [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows] == [(subject, "rejected", 11, 18)]


@pytest.mark.parametrize(
    ("heading", "title_line", "subject"),
    [
        (
            "9. Motie vreemd aan de orde van de dag M2 (CDA, BBB)",
            "'Behoud van het pinapparaat in Oudedorp'",
            "Motie vreemd aan de orde van de dag M2 (CDA, BBB) Behoud van het pinapparaat in Oudedorp",
        ),
        (
            "9. Motie M6 (SP, PvdA)",
            "'Gratis zwemles voor ieder kind'",
            "Motie M6 (SP, PvdA) Gratis zwemles voor ieder kind",
        ),
        (
            "Agendapunt 9 - Motie vreemd aan de orde van de dag M9.1",
            "  'Behoud bibliotheek Nieuwdorp'",
            "Motie vreemd aan de orde van de dag M9.1 Behoud bibliotheek Nieuwdorp",
        ),
        ("9. Amendement A2", "‘Geen hoogbouw aan de haven’", "Amendement A2 Geen hoogbouw aan de haven"),
        (
            "Punt 9. Motie vreemd aan de orde van de dag",
            "'Stedenband met Bad Testheim'",
            "Motie vreemd aan de orde van de dag Stedenband met Bad Testheim",
        ),
    ],
)
def test_a_label_alone_takes_the_quoted_title_on_the_next_line(heading, title_line, subject):
    text = HEAD + f"{heading}\n{title_line}\nBesluit: unaniem aangenomen.\n"
    assert [(r.subject, r.outcome) for r in votes(text, "nl")] == [(subject, "adopted")]


def test_a_quoted_line_under_a_proposal_that_is_no_motion_is_not_its_title():
    text = HEAD + "9. Raadsvoorstel Woonvisie\n'Samen bouwen aan Testdam'\nBesluit: unaniem aangenomen.\n"
    assert [r.subject for r in votes(text, "nl")] == ["Raadsvoorstel Woonvisie"]


def test_a_quoted_sentence_under_the_label_is_the_motions_text_not_its_title():
    text = HEAD + (
        "9. Motie vreemd aan de orde van de dag M3 (CDA)\n"
        "'De raad verzoekt het college de bibliotheek open te houden.'\nBesluit: unaniem aangenomen.\n"
    )
    subject = (
        "Motie vreemd aan de orde van de dag M3 (CDA) 'De raad verzoekt het college de bibliotheek open te houden.'"
    )
    assert [r.subject for r in votes(text, "nl")] == [subject]
