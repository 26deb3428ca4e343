"""A case's final bare decision after its committee steps belongs to the meeting, not to the last step.

"Beslutning i Teknik- og Miljøudvalget den 3. marts 2026" / "Beslutning i Økonomiudvalget den 10. marts
2026" / "Beslutning" or "Formannskapets vedtak 12.03.2026:" / "Vedtak:": each step is a row with its own
body and date; the last label, once the step above it has decided, opens the meeting's own decision with
the body and date of the document's head. A decision label that is the step's first ("Behandling i
Formannskapet ..." / "Votering: ..." / "Vedtak:") stays the step's.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "da": "Byrådet\n\nReferat\nMødedato: 24. marts 2026\n\n87. Anlægsbevilling til Skovvej\n\n"
    "Indstilling\nDirektionen indstiller, at der gives en anlægsbevilling på 6,4 mio. kr.\n\n",
    "nb": "Kommunestyret\n\nMøtedato: 26.03.2026\n\nPS 21/26 Budsjettjustering\n\n"
    "Innstilling:\nKommunestyret vedtar budsjettjusteringen.\n\n",
    "nn": "Kommunestyret\n\nMøtedato: 26.03.2026\n\nPS 21/26 Budsjettjustering\n\n"
    "Innstilling:\nKommunestyret vedtek budsjettjusteringa.\n\n",
}
MEETING = {
    "da": ("Byrådet", "2026-03-24"),
    "nb": ("Kommunestyret", "2026-03-26"),
    "nn": ("Kommunestyret", "2026-03-26"),
}


def _bodies(language: str, steps: str) -> list[tuple]:
    return [(r.body, r.meeting_date, r.case_number) for r in votes(HEAD[language] + steps, language)]


@pytest.mark.parametrize(
    ("language", "steps", "committees"),
    [
        (
            "da",
            "Beslutning i Teknik- og Miljøudvalget den 3. marts 2026\nAnbefales.\n\n"
            "Beslutning i Økonomiudvalget den 10. marts 2026\nIndstillingen anbefales.\n\nBeslutning\nGodkendt.\n",
            (("Teknik- og Miljøudvalget", "2026-03-03"), ("Økonomiudvalget", "2026-03-10")),
        ),
        (
            "da",
            "Beslutning i Børne- og Ungeudvalget den 2. marts 2026:\nAnbefales godkendt.\n\n"
            "Beslutning i Økonomiudvalget den 9. marts 2026:\nAnbefales.\n\nBeslutning:\nGodkendt.\n",
            (("Børne- og Ungeudvalget", "2026-03-02"), ("Økonomiudvalget", "2026-03-09")),
        ),
        (
            "da",
            "Økonomiudvalget den 10. marts 2026:\nAnbefales.\n\n"
            "Beslutning i Kultur- og Fritidsudvalget den 12. marts 2026\nAnbefales.\n\n"
            "Byrådets beslutning\nGodkendt.\n",
            (("Økonomiudvalget", "2026-03-10"), ("Kultur- og Fritidsudvalget", "2026-03-12")),
        ),
        (
            "da",
            "Beslutning i Socialudvalget den 4. marts 2026\nAnbefales.\n\n"
            "Beslutning i Økonomiudvalget den 11. marts 2026\nAnbefales med 5 stemmer mod 2.\n\n"
            "Beslutning\nGodkendt med 21 stemmer mod 4.\n",
            (("Socialudvalget", "2026-03-04"), ("Økonomiudvalget", "2026-03-11")),
        ),
        (
            "da",
            "Afgørelse i Plan- og Teknikudvalget den 1. marts 2026\nAnbefales.\n\n"
            "Afgørelse i Økonomiudvalget den 8. marts 2026\nAnbefales.\n\nAfgørelse\nGodkendt.\n",
            (("Plan- og Teknikudvalget", "2026-03-01"), ("Økonomiudvalget", "2026-03-08")),
        ),
        (
            "nb",
            "Vedtak i Hovedutvalget for teknikk 05.03.2026\nInnstillingen ble vedtatt med 7 mot 2 stemmer.\n\n"
            "Formannskapets vedtak 12.03.2026:\nInnstillingen ble enstemmig vedtatt.\n\n"
            "Vedtak:\nBudsjettjusteringen vedtas.\n",
            (("Hovedutvalget for teknikk", "2026-03-05"), ("Formannskapet", "2026-03-12")),
        ),
        (
            "nb",
            "Behandling i Formannskapet 12.03.2026:\nVotering: Enstemmig.\nVedtak:\nInnstillingen vedtas.\n\n"
            "Behandling i Eldrerådet 10.03.2026:\nVedtak:\nRådet slutter seg til innstillingen.\n\n"
            "Vedtak:\nBudsjettjusteringen vedtas.\n",
            (("Formannskapet", "2026-03-12"), ("Eldrerådet", "2026-03-10")),
        ),
        (
            "nb",
            "Planutvalgets vedtak 03.03.2026:\nInnstillingen vedtas.\n\n"
            "Formannskapets vedtak 10.03.2026:\nInnstillingen vedtas.\n\n"
            "Vedtak\nBudsjettjusteringen vedtas mot 3 stemmer.\n",
            (("Planutvalget", "2026-03-03"), ("Formannskapet", "2026-03-10")),
        ),
        (
            "nb",
            "Vedtak i Formannskapet - 06.03.2026\nInnstillingen ble vedtatt.\n\n"
            "Vedtak i Kontrollutvalget - 09.03.2026\nInnstillingen ble vedtatt.\n\n"
            "Kommunestyrets vedtak:\nInnstillingen vedtas.\n",
            (("Formannskapet", "2026-03-06"), ("Kontrollutvalget", "2026-03-09")),
        ),
        (
            "nb",
            "Formannskapets vedtak 12.03.2026:\nSom innstillingen.\n\n"
            "Hovedutvalgets vedtak 14.03.2026:\nSom innstillingen.\n\nVedtak:\nEnstemmig vedtatt.\n",
            (("Formannskapet", "2026-03-12"), ("Hovedutvalget", "2026-03-14")),
        ),
        (
            "nn",
            "Behandling i Formannskapet 12.03.2026:\nRøysting: Samrøystes.\nVedtak:\nInnstillinga vert vedteken.\n\n"
            "Behandling i Levekårsutvalet 05.03.2026:\nVedtak:\nInnstillinga vert vedteken.\n\n"
            "Vedtak:\nBudsjettjusteringa vert vedteken.\n",
            (("Formannskapet", "2026-03-12"), ("Levekårsutvalet", "2026-03-05")),
        ),
        (
            "nn",
            "Vedtak i Formannskapet 12.03.2026\nInnstillinga vart samrøystes vedteken.\n\n"
            "Vedtak i Eldrerådet 10.03.2026\nInnstillinga vart vedteken.\n\nVedtak:\nSamrøystes vedteke.\n",
            (("Formannskapet", "2026-03-12"), ("Eldrerådet", "2026-03-10")),
        ),
        (
            "nn",
            "Formannskapet sitt vedtak 12.03.2026:\nSom innstillinga.\n\n"
            "Plan- og næringsutvalet sitt vedtak 14.03.2026:\nSom innstillinga.\n\n"
            "Vedtak:\nInnstillinga vert vedteken.\n",
            (("Formannskapet", "2026-03-12"), ("Plan- og næringsutvalet", "2026-03-14")),
        ),
        (
            "nn",
            "Vedtak frå Ungdomsrådet 02.03.2026:\nInnstillinga vert samrøystes vedteken.\n\n"
            "Vedtak frå Formannskapet 09.03.2026:\nInnstillinga vert vedteken.\n\n"
            "Vedtak\nInnstillinga vert vedteken med 15 mot 6 røyster.\n",
            (("Ungdomsrådet", "2026-03-02"), ("Formannskapet", "2026-03-09")),
        ),
        (
            "nn",
            "Levekårsutvalet sitt vedtak 01.03.2026:\nSom innstillinga.\n\n"
            "Formannskapet sitt vedtak 08.03.2026:\nSom innstillinga.\n\nVedtak:\nSom innstillinga.\n",
            (("Levekårsutvalet", "2026-03-01"), ("Formannskapet", "2026-03-08")),
        ),
    ],
)
def test_two_committee_steps_then_a_bare_decision_give_three_bodies(language, steps, committees):
    case = "87" if language == "da" else "21/26"
    expected = [(*committees[0], case), (*committees[1], case), (*MEETING[language], case)]
    assert _bodies(language, steps) == expected


@pytest.mark.parametrize(
    ("language", "steps", "committee"),
    [
        (
            "da",
            "Behandling i Økonomiudvalget den 10. marts 2026\nBeslutning:\nAnbefales.\n",
            ("Økonomiudvalget", "2026-03-10"),
        ),
        (
            "nb",
            "Behandling i Formannskapet 12.03.2026:\nVotering: Enstemmig.\nVedtak:\nInnstillingen vedtas.\n",
            ("Formannskapet", "2026-03-12"),
        ),
        (
            "nb",
            "Formannskapet 12.03.2026:\n\nVotering:\nInnstillingen ble enstemmig vedtatt.\n\n"
            "Vedtak:\nInnstillingen vedtas.\n",
            ("Formannskapet", "2026-03-12"),
        ),
        (
            "nn",
            "Handsaming i Formannskapet 12.03.2026:\nRøysting: Samrøystes.\nVedtak:\nInnstillinga vert vedteken.\n",
            ("Formannskapet", "2026-03-12"),
        ),
        (
            "nn",
            "Behandling i Levekårsutvalet 05.03.2026:\nVedtak\nInnstillinga vert vedteken.\n",
            ("Levekårsutvalet", "2026-03-05"),
        ),
    ],
)
def test_a_steps_own_first_decision_label_stays_the_steps(language, steps, committee):
    case = "87" if language == "da" else "21/26"
    assert _bodies(language, steps) == [(*committee, case)]


@pytest.mark.parametrize(
    "steps",
    [
        "Teknik- og Miljøudvalget 03-03-2026\nAnbefales.\n\nØkonomiudvalget 10-03-2026\nAnbefales.\n\n"
        "Beslutning\nGodkendt.\n",
        "Teknik- og Miljøudvalget, 3. marts 2026, pkt. 12:\nAnbefales.\n\nØkonomiudvalget, 10. marts 2026, pkt. 41:\n"
        "Anbefales.\n\nBeslutning:\nGodkendt.\n",
        "Beslutning i Teknik- og Miljøudvalget den 03-03-2026:\nAnbefales.\n\n"
        "Beslutning i Økonomiudvalget den 10-03-2026:\nAnbefales.\n\nByrådets beslutning den 24-03-2026:\nGodkendt.\n",
    ],
)
def test_body_and_date_step_lines_then_the_councils_decision_are_all_about_the_case(steps):
    rows = votes(HEAD["da"] + steps, "da")
    assert [(r.body, r.meeting_date) for r in rows] == [
        ("Teknik- og Miljøudvalget", "2026-03-03"),
        ("Økonomiudvalget", "2026-03-10"),
        ("Byrådet", "2026-03-24"),
    ]
    assert {r.subject for r in rows} == {"Anlægsbevilling til Skovvej"}  # a case passing several bodies: its title
