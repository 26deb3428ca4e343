"""Family 7: meeting context in its many forms — dates, bodies and case numbers carried to every decision."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

CONTEXTS = [
    (
        "nb",
        "Utvalg: Kommunestyret\nMøtedato: 14.11.2023\nSak: 41/23\n\nVedtak:\nInnstillingen ble enstemmig vedtatt.\n",
        ("Kommunestyret", "2023-11-14", "41/23"),
    ),
    (
        "nb",
        "Formannskapet\n\nDato: 17.06.2025 kl. 09:00\n\nPS 41/24 Budsjettregulering\n\nInnstillingen ble vedtatt.\n",
        ("Formannskapet", "2025-06-17", "41/24"),
    ),
    (
        "nb",
        "Bystyret\n\nMøtedato 05.03.2024\n\nSak 112/2023 Kommuneplanens arealdel\n\nVedtak:\nPlanen ble vedtatt.\n",
        ("Bystyret", "2024-03-05", "112/2023"),
    ),
    (
        "nb",
        "Bystyrets behandling i møte 29.08.2019:\n\nInnstillingen ble enstemmig vedtatt.\n",
        ("Bystyret", "2019-08-29", None),
    ),
    (
        "nb",
        "Hovedutvalget\n\nMøtedato: 02.02.2022\n\nSak: 7/22\n\nVedtak:\nSaken ble utsatt.\n",
        ("Hovedutvalget", "2022-02-02", "7/22"),
    ),
    (
        "nn",
        "Utval: Levekårsutvalet\nMøtedato: 24.06.2025\nSak: 31/25\n\nVedtak:\nInnstillinga vart samrøystes vedteken.\n",
        ("Levekårsutvalet", "2025-06-24", "31/25"),
    ),
    (
        "nn",
        "Formannskapet si handsaming i møte 03.04.2025:\n\nInnstillinga vart vedteken.\n",
        ("Formannskapet", "2025-04-03", None),
    ),
    (
        "nn",
        "Heradsstyret\n\nMøtedato: 11.09.2024\n\nSak: 55/24\n\nVedtak:\nPlanen vart godkjend.\n",
        ("Heradsstyret", "2024-09-11", "55/24"),
    ),
    (
        "nn",
        "Kommunestyret\n\nDato: 12.12.2024\n\nSak: 80/24\n\nVedtak\nBudsjettet vart samrøystes vedteke.\n",
        ("Kommunestyret", "2024-12-12", "80/24"),
    ),
    (
        "nn",
        "Plan- og næringsutvalet\n\nMøtedato: 01.10.2024\n\nSak: 9/24\n\nVedtak:\nSaka vart utsett.\n",
        ("Plan- og næringsutvalet", "2024-10-01", "9/24"),
    ),
    (
        "da",
        "Økonomiudvalget\n\nMødedato 12-03-2021\n\nPunkt 86 Budgetopfølgning\n\nBeslutning\nGodkendt.\n",
        ("Økonomiudvalget", "2021-03-12", "86"),
    ),
    (
        "da",
        "Byrådets møde den 27. januar 2020\n\nPkt. 23 Lokalplan 1012\n\nBeslutning\nGodkendt.\n",
        ("Byrådet", "2020-01-27", "23"),
    ),
    (
        "da",
        "Kommunalbestyrelsen\n\nMødedato: 22. januar 2020\n\n301. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n",
        ("Kommunalbestyrelsen", "2020-01-22", "301"),
    ),
    (
        "da",
        "Borgerrepræsentationen\n\nDato: 14.05.2023\n\nSag nr. 12 Ny skole\n\nBeslutning\nVedtaget.\n",
        ("Borgerrepræsentationen", "2023-05-14", "12"),
    ),
    (
        "da",
        "Økonomiudvalget - Referat\n\nDato: 18. november 2020\n\n3. Anlægsregnskab\n\nBeslutning\nGodkendt.\n",
        ("Økonomiudvalget", "2020-11-18", "3"),
    ),
    (
        "nl",
        "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\nagendapunt 7.b Nota grondbeleid\n\nBesluit:\n"
        "Het voorstel wordt unaniem aangenomen.\n",
        ("Gemeenteraad", "2024-04-09", "7.b"),
    ),
    (
        "nl",
        "De gemeenteraad\n\nDatum: 12-03-2024\n\nAgendapunt 4 Jaarrekening\n\nBesluit: unaniem aangenomen\n",
        ("De gemeenteraad", "2024-03-12", "4"),
    ),
    (
        "nl",
        "Gemeenteraad\n\nDe voorzitter opent de zitting op 28/03/2022 om 19:51.\n\n4c. Retributiereglement\n\n"
        "Goedgekeurd met 15 stemmen voor en 4 stemmen tegen.\n",
        ("Gemeenteraad", "2022-03-28", "4c"),
    ),
    (
        "nl",
        "Raad\n\n17 november 2016\n\nAgendapunt 3 Verordening\n\nBesluit:\nDe verordening wordt vastgesteld.\n",
        ("Raad", "2016-11-17", "3"),
    ),
    (
        "nl",
        "Gemeenteraad\n\nzitting van maandag 3 oktober 2022\n\nagendapunt 12 Begroting\n\nBesluit:\nAangenomen.\n",
        ("Gemeenteraad", "2022-10-03", "12"),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CONTEXTS)
def test_meeting_context_reaches_the_decision(language, text, expected):
    rows = votes(text, language)
    assert rows, text
    assert (rows[-1].body, rows[-1].meeting_date, rows[-1].case_number) == expected
