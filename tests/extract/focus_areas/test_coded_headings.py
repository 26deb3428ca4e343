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


# The same outline without a count, under a cue heading, or with the list's own heading between the counted cue
# and the codes, or coded by letter path ("A." over "A.1"): the top codes are the themes, the deeper ones never.
UNCOUNTED_AND_LETTERED = {
    "nl Flemish cue heading, no count": (
        "nl",
        "Meerjarenplan 2026-2031 – Strategische nota\n\n2. Prioritaire beleidsdoelstellingen\n\n"
        "BD1  Hamme is een groene gemeente\n     AP1.1  We planten bomen langs de Schelde\n"
        "BD2  Iedereen woont betaalbaar\n     AP2.1  We bouwen sociale woningen\n"
        "BD3  Een veilige gemeente voor alle generaties\n     AP3.1  We breiden de buurtwerking uit\n\n"
        "3. Overig beleid\nHet overig beleid omvat de dagelijkse werking.\n",
        ["Hamme is een groene gemeente", "Iedereen woont betaalbaar", "Een veilige gemeente voor alle generaties"],
    ),
    "da cue heading, action codes under each": (
        "da",
        "Strategi 2030\n\nIndsatsområder\n\nIO1  Grøn omstilling i hele kommunen\n"
        "     M1.1  Vi planter 10.000 træer\n     M1.2  Vi omlægger kommunens biler til el\n"
        "IO2  Et sundt liv for alle\n     M2.1  Vi udvider motionstilbuddet\n"
        "IO3  Levende landsbyer\n     M3.1  Vi støtter forsamlingshusene\n\nOpfølgning\nByrådet følger op hvert år.\n",
        ["Grøn omstilling i hele kommunen", "Et sundt liv for alle", "Levende landsbyer"],
    ),
    "nl lettered path after the list's own heading": (
        "nl",
        "Coalitieakkoord 2026-2030\n\nDit akkoord kent vier speerpunten.\n\nSpeerpunten\n"
        "A. Een groene en gezonde gemeente\n"
        "   A.1 We planten 5.000 bomen\n   A.2 We maken schoolpleinen groen\nB. Betaalbaar wonen voor iedereen\n"
        "   B.1 We bouwen 800 woningen\nC. Een sterke lokale economie\n   C.1 We vernieuwen het winkelcentrum\n"
        "D. Samen veilig\n   D.1 We breiden het buurtpreventieteam uit\n\nFinanciën\nDe plannen passen.\n",
        [
            "Een groene en gezonde gemeente",
            "Betaalbaar wonen voor iedereen",
            "Een sterke lokale economie",
            "Samen veilig",
        ],
    ),
    "nb lettered path under a cue heading": (
        "nb",
        "Kommuneplanens samfunnsdel 2026–2038\n\nSatsingsområder\n\nA. Et levende sentrum\nA.1 Vi utvikler torget\n"
        "A.2 Flere boliger i sentrum\nB. Trygge oppvekstvilkår\nB.1 Ny barneskole på Moen\n\n"
        "Oppfølging\nPlanen rulleres hvert fjerde år.\n",
        ["Et levende sentrum", "Trygge oppvekstvilkår"],
    ),
    "nn counted, own heading, plain codes": (
        "nn",
        "Temaplan oppvekst 2026–2030\n\nPlanen har tre innsatsområde.\n\nInnsatsområde\nIO1 Gode barnehagar\n"
        "T1.1 Fleire pedagogar\nIO2 Ein inkluderande skule\nT2.1 Leksehjelp på alle skular\nIO3 Aktiv fritid\n"
        "T3.1 Gratis kulturskule\n\nØkonomi\nTiltaka vert finansierte i budsjettet.\n",
        ["Gode barnehagar", "Ein inkluderande skule", "Aktiv fritid"],
    ),
}


@pytest.mark.parametrize("case", UNCOUNTED_AND_LETTERED.values(), ids=UNCOUNTED_AND_LETTERED.keys())
def test_top_codes_under_a_cue_heading_or_lettered_are_the_themes(labels, case):
    language, text, themes = case
    assert labels(text, language) == themes


def test_codes_under_a_cue_heading_that_do_not_start_at_one_give_no_coded_themes(labels):
    text = (
        "Handlingsdel 2026\n\nSatsingsområder\n\nS3 Trygg oppvekst\nT3.1 Nye lekeplasser\nS4 Grønn næring\n"
        "T4.1 Næringsareal\n\nVedlegg\nTabeller.\n"
    )
    assert "Trygg oppvekst" not in labels(text, "nb")


# A cue sentence that gives the themes' code in brackets ("beleidsdoelstellingen (BD), actieplannen (AP)") announces
# the themes coded so, written with a space before the number too ("BD 1  ..."); a code it does not name is no theme.
DEFINED_CODES = {
    "nl Flemish BD with a space": (
        "nl",
        "Leeswijzer\nDe nota bestaat uit beleidsdoelstellingen (BD), actieplannen (AP) en acties (AC).\n\n"
        "BD 1  Kasterlee is een groene gemeente\n  AP 1.1  We vergroenen de kernen\n    AC 1.1.1  Ontharding\n"
        "BD 2  Kasterlee zorgt voor elkaar\n  AP 2.1  We bouwen een dienstencentrum\n\nOpmerking\n"
        "Jaarlijkse opvolging.\n",
        ["Kasterlee is een groene gemeente", "Kasterlee zorgt voor elkaar"],
    ),
    "da IO codes named in brackets": (
        "da",
        "Planen er bygget op om indsatsområder (IO) med handlinger (H).\n\nIO 1  Grøn omstilling\nH 1.1  Solceller\n"
        "IO 2  Sundhed for alle\nH 2.1  Motion for seniorer\n\nØkonomi\nBudgettet følger.\n",
        ["Grøn omstilling", "Sundhed for alle"],
    ),
    "nb SO codes named in brackets": (
        "nb",
        "Planen har satsingsområder (SO) og tiltak (T).\n\nSO1 Levende sentrum\nT1.1 Nytt torg\nSO2 Trygg oppvekst\n"
        "T2.1 Ny skole\nSO3 Grønn næring\n\nOppfølging\nPlanen rulleres årlig.\n",
        ["Levende sentrum", "Trygg oppvekst", "Grønn næring"],
    ),
}


@pytest.mark.parametrize("case", DEFINED_CODES.values(), ids=DEFINED_CODES.keys())
def test_a_cue_sentence_naming_the_themes_code_announces_the_coded_themes(labels, case):
    language, text, themes = case
    assert labels(text, language) == themes


def test_codes_the_cue_sentence_does_not_name_are_no_themes(labels):
    text = (
        "De nota bestaat uit beleidsdoelstellingen (BD) en acties (AC).\n\nKP 1  Kernproject Markt\n"
        "KP 2  Kernproject Station\n"
        "\nFinanciën\nBinnen budget.\n"
    )
    assert labels(text, "nl") == []


COUNTED_INLINE = [
    ("nb", "Strategien har tre innsatsområder: skole og ungdom, klima og miljø, og næringsutvikling.\n\n"
     "2. Vennskapsbyer\nTekst om byene.\n\n3. Nye avtaler\nTekst.\n\n4. Prosjekter\nTekst.\n",
     ["skole og ungdom", "klima og miljø", "næringsutvikling"]),
    ("da", "Strategien har tre temaer: børn og unge, klima og erhverv.\n\n1. Venskabsbyer\nTekst.\n\n"
     "2. Aftaler\nTekst.\n\n"
     "3. Projekter\nTekst.\n", ["børn og unge", "klima", "erhverv"]),
    ("nl", "Het beleid kent drie speerpunten: wonen, werken en zorg.\n\n1. Stedenbanden\nTekst.\n\n"
     "2. Netwerken\nTekst.\n\n"
     "3. Projecten\nTekst.\n", ["wonen", "werken", "zorg"]),
]


@pytest.mark.parametrize(("language", "text", "themes"), COUNTED_INLINE)
def test_a_counted_cue_listing_its_themes_after_a_colon_beats_the_sections_below(labels, language, text, themes):
    assert labels(text, language) == themes
