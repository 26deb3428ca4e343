"""Family (nb, nn): a case's route table ("Saksgang  Møtedato  Saknr", "Utval  Møtedato  Saksnr") listing the bodies
the case passes through with their meeting dates, the minutes' own body among them and others before or after it
("Formannskapet  02.06.2026  45/26", "Kommunestyret  16.06.2026"). A row naming another body is that body's step,
no meeting of these minutes: the decisions below keep the meeting date of the minutes' head. Look-alikes: the row
naming the minutes' own body changes nothing, and a line naming a body and a date under no route table header is
read as before."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Hovedutvalg for oppvekst og kultur\nMøtedato: 19.05.2026\n\n",
    "nn": "Utval for samfunnsutvikling\nMøtedato: 28.05.2026\n\n",
}
DAY = {"nb": "2026-05-19", "nn": "2026-05-28"}
DECIDED = {"nb": "Innstillingen ble enstemmig vedtatt.\n", "nn": "Innstillinga vart samrøystes vedteken.\n"}


def _dates(language: str, body: str) -> list[tuple[str | None, str | None]]:
    return [(r.case_number, r.meeting_date) for r in votes(HEAD[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "nb",
            "PS 14/26 Skolerute 2027\nSaksgang\tMøtedato\tSaknr\n"
            "Hovedutvalg for oppvekst og kultur\t19.05.2026\t14/26\n"
            "Kommunestyret\t16.06.2026\nVedtak: Innstillingen ble enstemmig vedtatt.\n",
        ),
        (
            "nb",
            "Sak 14/26 Skolerute 2027\nSaksgang          Møtedato     Saksnr\n"
            "Formannskapet     02.06.2026\nKommunestyret     16.06.2026\n"
            "Innstillingen ble vedtatt med 6 mot 3 stemmer.\n",
        ),
        (
            "nb",
            "Sak 14/26 Skolerute 2027\nUtvalg\tMøtedato\tSaksnr\nFormannskapet\t05.05.2026\t31/26\n"
            "Hovedutvalg for oppvekst og kultur\t19.05.2026\t14/26\nBystyret\t11.06.2026\n"
            "Vedtak: Enstemmig vedtatt.\n",
        ),
        (
            "nb",
            "PS 14/26 Skolerute 2027\nSaksgang:\tMøtedato:\nKommunestyret\t16.06.2026\nFormannskapet\t02.06.2026\n"
            "Innstillingen ble enstemmig vedtatt.\n",
        ),
        (
            "nb",
            "Sak 14/26 Skolerute 2027\nSaksgang\tDato\nEldrerådet\t12.05.2026\nKommunestyret\t16.06.2026\n"
            "Arkivsak: 26/100\nVedtak: Innstillingen ble vedtatt mot 2 stemmer.\n",
        ),
        (
            "nn",
            "PS 19/26 Trafikktryggingsplan 2026-2029\nSaksgang\tMøtedato\tSaknr\n"
            "Utval for samfunnsutvikling\t28.05.2026\t19/26\nKommunestyret\t18.06.2026\n"
            "Innstillinga vart samrøystes vedteken og går vidare til kommunestyret.\n",
        ),
        (
            "nn",
            "Sak 19/26 Trafikktryggingsplan\nUtval\tMøtedato\tSaksnr\nFormannskapet\t12.05.2026\t31/26\n"
            "Kommunestyret\t18.06.2026\nVedtak: Innstillinga vart vedteken med 4 mot 1 røyst.\n",
        ),
        (
            "nn",
            "Sak 19/26 Trafikktryggingsplan\nSaksgang            Møtedato\nFormannskapet       14.05.2026\n"
            "Heradsstyret        18.06.2026\nTilrådinga vart samrøystes vedteken.\n",
        ),
        (
            "nn",
            "PS 19/26 Trafikktryggingsplan\nSaksgang:\tDato:\tSaknr:\nUngdomsrådet\t20.05.2026\t4/26\n"
            "Utval for samfunnsutvikling\t28.05.2026\t19/26\nKommunestyret\t18.06.2026\n"
            "Vedtak: Samrøystes som tilrådd.\n",
        ),
        (
            "nn",
            "Sak 19/26 Trafikktryggingsplan\nSaksgang\tMøtedato\tSaknr\nKommunestyret\t18.06.2026\n"
            "Arkivsak: 25/318\nInnstillinga vart vedteken med 3 mot 2 røyster.\n",
        ),
    ],
)
def test_other_bodies_in_a_route_table_leave_the_meeting_date(language: str, body: str) -> None:
    assert {day for _, day in _dates(language, body)} == {DAY[language]}


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_a_body_and_date_line_under_no_route_header_still_opens_its_meeting(language: str) -> None:
    decided = DECIDED[language]
    body = f"Sak 5/26 Plan\n{decided}\nKommunestyret\t18.06.2026\nSak 9/26 Budsjett\n{decided}"
    assert _dates(language, body) == [("5/26", DAY[language]), ("9/26", "2026-06-18")]
