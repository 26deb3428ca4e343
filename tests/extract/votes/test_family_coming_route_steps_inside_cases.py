"""A case's route in minutes of one meeting ("Saksgang  Møtedato  Saknr" / "Utval for samfunnsutvikling 28.05.2026
19/26" / "Kommunestyret 18.06.2026"): a body and date after the meeting the minutes record is a later step the case
will take, which these minutes cannot record; the decision below is this meeting's. A step dated on or before the
meeting (an earlier treatment) still dates its own lines. All cases are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes


def _contexts(language: str, text: str) -> list[tuple[str | None, str | None]]:
    return [(r.body, r.meeting_date) for r in votes(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "context"),
    [
        (
            "nn",
            "MØTEBOK\nUtval for samfunnsutvikling\nMøtedato: 28.05.2026\n\nPS 19/26 Trafikktryggingsplan\n"
            "Saksgang                          Møtedato     Saknr\nUtval for samfunnsutvikling       28.05.2026   "
            "19/26\nKommunestyret                     18.06.2026\nArkivsak: 25/318\nPlanen har 14 tiltak.\n"
            "Innstillinga vart samrøystes vedteken og går vidare til kommunestyret.\n",
            ("Utval for samfunnsutvikling", "2026-05-28"),
        ),
        (
            "nb",
            "MØTEPROTOKOLL\nFormannskapet\nMøtedato: 20.05.2026\n\nPS 31/26 Budsjettjustering 1/2026\nSaksgang"
            "              Møtedato\nFormannskapet         20.05.2026\nKommunestyret         11.06.2026\n"
            "Arkivsak: 26/77\nFormannskapets vedtak: Innstillingen ble enstemmig vedtatt.\n",
            ("Formannskapet", "2026-05-20"),
        ),
        (
            "nb",
            "MØTEPROTOKOLL\nHovedutvalg for oppvekst og kultur\nMøtedato: 19.05.2026\n\nPS 14/26 Skolebruksplan\n"
            "Saksgang                          Møtedato     Saknr\n1 Hovedutvalg for oppvekst og kultur  19.05.2026  "
            "14/26\n2 Formannskapet                 02.06.2026\n3 Kommunestyret                 16.06.2026\n"
            "Arkivsak: 25/900\nVedtak: Innstillingen ble vedtatt med 7 mot 2 stemmer.\n",
            ("Hovedutvalg for oppvekst og kultur", "2026-05-19"),
        ),
        (
            "nn",
            "MØTEBOK\nFormannskapet\nMøtedato: 03.09.2026\n\nPS 44/26 Ny brannstasjon\nSaksgang\nFormannskapet"
            "     03.09.2026   44/26\nKommunestyret     24.09.2026\nArkivsak: 26/301\nVedtak: Innstillinga vart "
            "vedteken med 5 mot 2 røyster.\n",
            ("Formannskapet", "2026-09-03"),
        ),
        (
            "nb",
            "MØTEBOK\nPlanutvalget\nMøtedato: 10.03.2026\n\nPS 8/26 Reguleringsplan for Sentrum\nSaksgang"
            "              Møtedato     Saknr\nPlanutvalget          10.03.2026   8/26\nBystyret              "
            "26.03.2026\nArkivsak: 24/15\nVedtak: Innstillingen ble enstemmig vedtatt.\n",
            ("Planutvalget", "2026-03-10"),
        ),
    ],
)
def test_a_later_step_in_a_cases_route_does_not_date_this_meetings_decision(
    language: str, text: str, context: tuple[str, str]
) -> None:
    found = _contexts(language, text)
    assert found and set(found) == {context}


def test_an_earlier_step_inside_a_case_still_dates_its_own_decision() -> None:
    text = (
        "MØTEBOK\nKommunestyret\nMøtedato: 18.06.2026\n\nPS 40/26 Trafikktryggingsplan\nArkivsak: 25/318\n\n"
        "Utval for samfunnsutvikling 28.05.2026\nVedtak: Innstillinga vart samrøystes vedteken.\n\n"
        "Kommunestyret 18.06.2026\nVedtak: Innstillinga vart vedteken med 15 mot 2 røyster.\n"
    )
    found = _contexts("nn", text)
    assert ("Utval for samfunnsutvikling", "2026-05-28") in found
    assert ("Kommunestyret", "2026-06-18") in found
