"""'Handsaming i møtet:' / 'Behandling i møtet:' opens the meeting's own treatment of the case: after a committee's
dated recommendation quoted above it ("Formannskapet si innstilling 14.04.2026:"), the votes below are the
meeting's, on its date and in its body, not the committee's."""

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Organ: Kommunestyret\nDato: 23.04.2026\n\n"


@pytest.mark.parametrize(
    ("language", "case"),
    [
        (
            "nn",
            "24/26 Innmelding i nettverk\nFormannskapet si innstilling 14.04.2026:\nKommunen melder seg inn.\n"
            "Handsaming i møtet:\nRøysting: Innstillinga vart vedteken med 20 mot 5 røyster.\n",
        ),
        (
            "nb",
            "PS 24/26 Ny brannstasjon\nFormannskapets innstilling 02.04.2026:\nBrannstasjonen bygges på Moen.\n"
            "Behandling i møtet:\nInnstillingen ble vedtatt med 20 mot 5 stemmer.\n",
        ),
        (
            "nn",
            "PS 24/26 Skulebruksplan\nHovudutvalet si tilråding 31.03.2026:\n"
            "Planen vert lagd til grunn for vidare arbeid.\n"
            "Handsaming i møtet:\nTilrådinga vart vedteken med 20 mot 5 røyster.\n",
        ),
        (
            "nb",
            "PS 24/26 Vegnavn i sentrum\nFormannskapets innstilling 09.04.2026:\n"
            "Vegene i sentrum får navnene i vedlegg 1.\n\n"
            "Behandling i møtet:\nVotering: Innstillingen ble vedtatt med 20 mot 5 stemmer.\n",
        ),
        (
            "nb",
            "PS 24/26 Gebyrregulativ\nDriftsutvalgets innstilling 07.04.2026:\nRegulativet gjelder fra 1. juli.\n"
            "Behandling i møtet:\nInnstillingen vedtatt med 20 mot 5 stemmer.\n",
        ),
    ],
)
def test_the_meetings_own_treatment_after_a_quoted_recommendation(language, case):
    rows = votes(HEAD + case, language)
    assert [(r.meeting_date, r.body, r.votes_for, r.votes_against) for r in rows] == [
        ("2026-04-23", "Kommunestyret", 20, 5)
    ]


@pytest.mark.parametrize(
    ("language", "case"),
    [
        ("nn", "PS 25/26 Referatsaker\nHandsaming i møtet:\nIngen merknader.\nSamrøystes godkjend.\n"),
        ("nb", "PS 25/26 Gebyrer 2027\nBehandling i møtet:\nEnstemmig vedtatt.\n"),
    ],
)
def test_a_treatment_without_a_step_above_keeps_the_meeting(language, case):
    rows = votes(HEAD + case, language)
    assert [(r.meeting_date, r.body, r.outcome) for r in rows] == [("2026-04-23", "Kommunestyret", "adopted")]
