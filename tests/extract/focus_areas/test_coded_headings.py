"""A plan's counted themes as coded headings ("BD1 - ...", "SD2: ...", "S3 · ..."), each a code of capitals
glued to its number, with the themes' own sub-codes ("AP1.1 ...") and text between them: the coded
headings are the themes when the count agrees; the sub-codes never are."""

from __future__ import annotations

import pytest

PLANS = {
    "nl Flemish, dash and action plans": (
        "nl",
        "Meerjarenplan 2026-2031 Gemeente Wingene\n\n1. Inleiding\nDit plan zet het bestuursakkoord om in acties.\n\n"
        "2. Beleidsdoelstellingen\nHet bestuur legt drie beleidsdoelstellingen vast. Elke beleidsdoelstelling "
        "is uitgewerkt in actieplannen.\n\n"
        "BD1 - Wingene is een gemeente waar jong en oud graag woont\n   AP1.1 Nieuwe sociale woningen\n"
        "   AP1.2 Premie voor renovatie\n\nBD2 - We maken de dorpskernen veilig en bereikbaar\n"
        "   AP2.1 Fietspad langs de steenweg\n\nBD3 - Wingene wordt groen en klimaatbestendig\n"
        "   AP3.1 Ontharding van de Markt\n\n3. Financiële nota\nDe autofinancieringsmarge blijft positief.\n",
        [
            "Wingene is een gemeente waar jong en oud graag woont",
            "We maken de dorpskernen veilig en bereikbaar",
            "Wingene wordt groen en klimaatbestendig",
        ],
    ),
    "nl colon and text between": (
        "nl",
        "Strategische nota 2025-2030\n\nDe gemeente kiest voor vier speerpunten.\n\n"
        "SD1: Een zorgzame gemeente\nWe willen dat niemand er alleen voor staat. Daarvoor werken we samen met de "
        "zorgpartners in de regio.\nA1.1 Buurtzorgpunt in elke deelgemeente\n\n"
        "SD2: Een ondernemende gemeente\nWe steunen de lokale handel en de landbouw.\n\n"
        "SD3: Een groene gemeente\nWe planten elk jaar duizend bomen.\n\n"
        "SD4: Een goed bestuurde gemeente\nWe werken digitaal en dichtbij.\n\nBijlagen\nOverzicht van de acties.\n",
        ["Een zorgzame gemeente", "Een ondernemende gemeente", "Een groene gemeente", "Een goed bestuurde gemeente"],
    ),
    "da action plan codes": (
        "da",
        "Klimahandleplan 2025-2030\n\nPlanen har tre indsatsområder, som hver har sine egne handlinger.\n\n"
        "IO1 – Energi i bygninger\nH1.1 Energirenovering af skolerne\nH1.2 Solceller på rådhuset\n\n"
        "IO2 – Grøn transport\nH2.1 Elbusser i bybusnettet\n\nIO3 – Natur og landbrug\n"
        "H3.1 Skovrejsning ved Åmosen\n\nØkonomi\nHandlingerne finansieres over anlægsbudgettet.\n",
        ["Energi i bygninger", "Grøn transport", "Natur og landbrug"],
    ),
    "nb middle dot": (
        "nb",
        "Kommunedelplan for klima 2025-2030\n\nPlanen har tre satsingsområder med egne tiltak.\n\n"
        "S1 · Trygg oppvekst\nT1.1 Nye lekeplasser i sentrum\n\nS2 · Grønn næring\nT2.1 Næringsareal ved havna\n\n"
        "S3 · Gode bomiljø\nT3.1 Flere boliger for eldre\n\nOppfølging\nPlanen rulleres hvert år.\n",
        ["Trygg oppvekst", "Grønn næring", "Gode bomiljø"],
    ),
    "nn plain space": (
        "nn",
        "Kommuneplanen sin samfunnsdel 2025-2036\n\nPlanen har tre satsingsområde.\n\n"
        "SO1 Levande bygder\nVi skal ha folk i alle grendene.\nTK1.1 Bustadfelt på Haddal\n\n"
        "SO2 Grøn omstilling\nUtsleppa skal ned.\n\nSO3 Trygge oppvekstvilkår\nAlle born skal ha det godt.\n\n"
        "Oppfølging\nPlanen vert rullert kvart fjerde år.\n",
        ["Levande bygder", "Grøn omstilling", "Trygge oppvekstvilkår"],
    ),
}


@pytest.mark.parametrize("case", PLANS.values(), ids=PLANS.keys())
def test_counted_coded_headings_are_the_themes_and_their_sub_codes_are_not(labels, case):
    language, text, themes = case
    assert labels(text, language) == themes


LOOK_ALIKES = {
    "a count that disagrees": (
        "nl",
        "Meerjarenplan 2026-2031\n\nHet bestuur legt drie beleidsdoelstellingen vast.\n\n"
        "BD1 - Wonen in de kernen\nAP1.1 Sociale woningen\n\nBD2 - Veilig verkeer\n\n"
        "BD3 - Groene ruimte\n\nBD4 - Zorg dichtbij\n\nFinanciële nota\nDe marge blijft positief.\n",
    ),
    "actions coded after an uncounted heading": (
        "da",
        "Status for handleplanen 2024\n\nHandlinger\n\nH1 Energirenovering af skolerne\nArbejdet er i gang.\n\n"
        "H2 Solceller på rådhuset\nAnlægget blev sat i drift i maj.\n\nH3 Elbusser\nUdbuddet er afsluttet.\n",
    ),
    "codes that do not start at one": (
        "nb",
        "Handlingsdel 2025\n\nPlanen har to satsingsområder i år.\n\n"
        "S3 · Trygg oppvekst\nT3.1 Nye lekeplasser\n\nS4 · Grønn næring\nT4.1 Næringsareal\n\nVedlegg\nTabeller.\n",
    ),
}


@pytest.mark.parametrize("case", LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
def test_coded_lines_that_are_not_the_counted_themes_give_no_themes(labels, case):
    language, text = case
    assert labels(text, language) == []


def test_actions_coded_per_group_are_no_themes(labels):
    text = (
        "Voortgangsrapportage Uitvoeringsagenda Wonen 2024-2027\n\nInleiding\nDe agenda is opgebouwd langs drie "
        "sporen: Betaalbaar wonen, Sterke wijken en Duurzaam bouwen. We geven per actie de stand van zaken.\n\n"
        "Spoor A - Betaalbaar wonen\nA1 Starterslening - groen\nA2 Tijdelijke woningen - oranje\n"
        "A3 Woonwagenlocaties - grijs\n\nSpoor B - Sterke wijken\nB1 Wijkaanpak Noord - groen\n"
        "B2 Buurthuis Zuid - rood\n\nSpoor C - Duurzaam bouwen\nC1 Houtbouw - groen\n\nFinanciën\nBinnen budget.\n"
    )
    assert labels(text, "nl") == ["Betaalbaar wonen", "Sterke wijken", "Duurzaam bouwen"]


def test_a_second_series_of_codes_numbers_actions_not_themes(labels):
    text = (
        "Uitvoeringsprogramma Wonen 2025\n\nHet programma telt drie speerpunten, met per speerpunt acties.\n\n"
        "A1 Starterslening voor jonge inwoners\nA2 Tijdelijke woningen bij het station\nA3 Woonwagenlocaties\n"
        "B1 Wijkaanpak Noord\nB2 Buurthuis Zuid\n\nFinanciën\nBinnen budget.\n"
    )
    assert "Starterslening voor jonge inwoners" not in labels(text, "nl")
