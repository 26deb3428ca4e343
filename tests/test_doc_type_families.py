"""doc_type families per language: a title that reports how far a plan got is a report, not the plan; the
section headings of an annual report ("Viktige hendelser i 2023:", "Wat hebben we bereikt?") make a report.
Each family also has titles and headings that only look like it (a plan's own title, a future tense)."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import doc_type, title

# --- a title that reports the realisation of a plan ---


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Handleplanen er nu gennemført\n\nHandleplanen for 2020-2023 havde 12 indsatser."),
        ("da", "Status på klimaplanen 2022\n\nKlimaplanen indeholder 40 initiativer."),
        ("da", "Opfølgning på budgetaftalen 2024\n\nBudgetaftalen blev indgået i september."),
        ("da", "Strategien blev stort set realiseret\n\nStrategien for 2019-2022 havde fire spor."),
        ("da", "Afrapportering af handlingsplan for trafiksikkerhed\n\nHandlingsplanen har seks mål."),
        ("nb", "Handlingsplanen er i stor grad gjennomført\n\nHandlingsplanen for 2020-2023 hadde 14 tiltak."),
        ("nb", "Status for handlingsdelen 2023\n\nHandlingsdelen i økonomiplanen har fem programmer."),
        ("nb", "Oppfølging av strategi for næringsutvikling\n\nStrategien ble vedtatt i 2021."),
        ("nb", "Tiltakene i programmet ble fullført i 2022\n\nProgrammet hadde fire innsatsområder."),
        ("nb", "Rapportering på handlingsplan mot vold\n\nHandlingsplanen gjelder 2022-2025."),
        ("nn", "Handlingsplanen er i hovudsak gjennomført\n\nHandlingsplanen for 2020-2023 hadde 14 tiltak."),
        ("nn", "Status for handlingsdelen 2023\n\nHandlingsdelen har fem program."),
        ("nn", "Oppfølging av strategien for folkehelse\n\nStrategien vart vedteken i 2021."),
        ("nn", "Tiltaka i programmet vart fullført i 2022\n\nProgrammet hadde fire satsingsområde."),
        ("nn", "Tilbakeblikk på planstrategien\n\nPlanstrategien gjaldt 2020-2023."),
        (
            "nl",
            "Het coalitieprogramma is voor het grootste deel uitgevoerd\n\n"
            "Het coalitieprogramma kent vier speerpunten.",
        ),
        ("nl", "Stand van zaken collegeprogramma 2022\n\nHet collegeprogramma bevat 40 afspraken."),
        ("nl", "Voortgang uitvoeringsprogramma duurzaamheid\n\nHet programma heeft zes sporen."),
        ("nl", "De speerpunten van het bestuursakkoord werden gerealiseerd\n\nHet bestuursakkoord had vijf delen."),
        ("nl", "Terugblik op het beleidsplan 2019-2024\n\nHet beleidsplan had drie doelen."),
    ],
)
def test_a_title_reporting_how_far_a_plan_got_makes_a_report(language: str, text: str):
    assert doc_type(text, title(text), language) == "report"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("da", "Handleplan 2024-2027\n\nHandleplanen skal gennemføres i perioden.", "programme"),
        ("da", "Klimastrategi 2030\n\nStrategien er planlagt gennemført inden 2030.", "strategy"),
        ("nb", "Handlingsplan for klima 2024-2027\n\nTiltakene skal gjennomføres i planperioden.", "programme"),
        (
            "nb",
            "Strategi for næringsutvikling\n\nStrategien er ikke gjennomført ennå, den ble vedtatt i år.",
            "strategy",
        ),
        ("nn", "Handlingsplan for folkehelse 2024-2027\n\nTiltaka skal gjennomførast i perioden.", "programme"),
        ("nl", "Collegeprogramma 2022-2026\n\nDe afspraken worden de komende jaren uitgevoerd.", "programme"),
        ("nl", "Coalitieakkoord 2022-2026\n\nDe plannen zijn nog niet uitgevoerd.", "programme"),
    ],
)
def test_a_plans_own_title_or_a_future_tense_keeps_the_plans_type(language: str, text: str, expected: str):
    assert doc_type(text, title(text), language) == expected


# --- the section headings of an annual report ---


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        (
            "da",
            [
                "Natur og miljø",
                "Leverede ydelser i 2023:",
                "- Ny sti",
                "Væsentlige begivenheder i 2023:",
                "- Ny sø",
                "Årets resultater 2023",
                "Alt blev nået.",
            ],
        ),
        (
            "da",
            [
                "Teknik",
                "Vigtige begivenheder i 2022:",
                "Ny plads.",
                "Målopfyldelse 2022:",
                "To af tre mål.",
                "Resultater 2022",
                "Godt.",
            ],
        ),
        (
            "nb",
            [
                "Samfunnsutvikling",
                "Leverte tjenester i 2023:",
                "Planarbeid.",
                "Viktige hendelser i 2023:",
                "Nytt bibliotek.",
                "Forbedringer og utfordringer i 2023:",
                "Ny organisering.",
            ],
        ),
        (
            "nb",
            [
                "Oppvekst",
                "Måloppnåelse 2022:",
                "God.",
                "Viktige hendelser i 2022:",
                "Ny skole.",
                "Økonomisk resultat 2022",
                "Balanse.",
            ],
        ),
        (
            "nn",
            [
                "Samfunnsutvikling",
                "Leverte tenester i 2023:",
                "Planarbeid.",
                "Viktige hendingar i 2023:",
                "Nytt bibliotek.",
                "Måloppnåing 2023:",
                "God.",
            ],
        ),
        (
            "nn",
            [
                "Helse",
                "Viktige hendingar i 2022:",
                "Nytt sjukeheim.",
                "Forbetringar og utfordringar i 2022:",
                "Bemanning.",
                "Resultat 2022",
                "Balanse.",
            ],
        ),
        (
            "nl",
            [
                "Programma 3 Wonen",
                "Wat hebben we bereikt?",
                "Er zijn 300 woningen gebouwd.",
                "Wat hebben we daarvoor gedaan?",
                "Grond verkocht.",
                "Wat heeft het gekost?",
                "2 miljoen.",
            ],
        ),
        (
            "nl",
            [
                "Programma Veiligheid",
                "Wat hebben we gedaan?",
                "Meer toezicht.",
                "Wat heeft het gekost?",
                "Zie tabel.",
                "Behaalde resultaten 2022",
                "Minder inbraken.",
            ],
        ),
        ("da", ["Kultur", "Leverede ydelser i 2021:", "Ny hal.", "Målopfyldelse 2021:", "Delvist."]),
        ("da", ["Skole", "Årets resultater 2020", "Flere elever.", "Væsentlige begivenheder i 2020:", "Ny skole."]),
        ("da", ["Ældre", "Vigtige begivenheder i 2019:", "Nyt plejecenter.", "Resultater 2019", "Over budget."]),
        ("nb", ["Kultur", "Leverte tjenester i 2021:", "Ny hall.", "Måloppnåelse 2021:", "Delvis."]),
        ("nb", ["Helse", "Resultater 2020", "Flere brukere.", "Viktige hendelser i 2020:", "Ny legevakt."]),
        ("nb", ["Teknisk", "Forbedringer og utfordringer i 2019:", "Ny drift.", "Økonomisk resultat 2019", "Balanse."]),
        ("nn", ["Kultur", "Leverte tenester i 2021:", "Ny hall.", "Måloppnåing 2021:", "Delvis."]),
        ("nn", ["Skule", "Resultat 2020", "Fleire elevar.", "Viktige hendingar i 2020:", "Ny skule."]),
        ("nn", ["Teknisk", "Forbetringar og utfordringar i 2019:", "Ny drift.", "Økonomisk resultat 2019", "Balanse."]),
        (
            "nl",
            ["Programma Onderwijs", "Wat hebben we bereikt?", "Minder uitval.", "Wat heeft het gekost?", "1 miljoen."],
        ),
        (
            "nl",
            ["Programma Cultuur", "Behaalde resultaten 2021", "Meer bezoekers.", "Wat hebben we gedaan?", "Subsidie."],
        ),
        ("nl", ["Programma Zorg", "Wat hebben we daarvoor gedaan?", "Meer wijkteams.", "Terugblik 2020", "Goed jaar."]),
    ],
)
def test_annual_report_section_headings_make_a_report(language: str, lines: list[str]):
    text = "\n\n".join(lines)
    assert doc_type(text, title(text), language) == "report"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Vi vil i 2025 levere flere ydelser.\n\nBorgerne skal opleve en god service."),
        ("nb", "Viktige hendelser i historien til bygda er mange.\n\nBygda ble grunnlagt i 1850."),
        ("nn", "Kva skjer i 2024?\n\nKulturkalenderen er klar."),
        ("nl", "Wat gaan we doen?\n\nWe bouwen 300 woningen in 2026."),
        ("nl", "Wat hebben we nodig?\n\nMeer woningen en meer groen."),
    ],
)
def test_forward_looking_or_unrelated_headings_make_no_report(language: str, text: str):
    assert doc_type(text, title(text), language) != "report"


# --- web chrome (cookie banners, privacy statements) names no genre and is no title ---


@pytest.mark.parametrize(
    ("language", "lines", "expected"),
    [
        ("da", ['Se vores "cookiepolitik".', "Økonomiudvalget - Referat", "Beslutning", "Godkendt."], "case_protocol"),
        (
            "da",
            ["Vi bruger cookies, læs vores cookiepolitik", "Venskabsbyer", "Hvidovre har fire venskabsbyer."],
            "other",
        ),
        ("da", ["Læs vores privatlivspolitik", "Sundhedspolitik 2022-2026", "Politikken har tre temaer."], "strategy"),
        ("da", ["Tilgængelighedserklæring", "Cookieindstillinger", "Byrådet - Referat", "Godkendt."], "case_protocol"),
        ("da", ["Accepter cookies", "Om kommunen", "Kommunen har 40.000 indbyggere."], "other"),
        ("nb", ["Vi bruker informasjonskapsler (cookies).", "Vennskapsbyer", "Molde har tre vennskapsbyer."], "other"),
        (
            "nb",
            ["Les vår personvernerklæring", "Saksprotokoll", "Vedtak:", "Innstillingen ble vedtatt."],
            "case_protocol",
        ),
        ("nb", ["Cookie-innstillinger", "Handlingsplan for klima 2024", "Planen har 20 tiltak."], "programme"),
        ("nb", ["Godta cookies", "Om kommunen", "Kommunen har 27 000 innbyggere."], "other"),
        ("nb", ["Tilgjengelighetserklæring", "Årsrapport 2023", "Året ga et overskudd."], "report"),
        (
            "nn",
            ["Vi nyttar informasjonskapslar (cookies).", "Venskapskommunar", "Gol har ein venskapskommune."],
            "other",
        ),
        (
            "nn",
            ["Les personvernerklæringa", "Saksprotokoll", "Vedtak:", "Innstillinga vart vedteken."],
            "case_protocol",
        ),
        ("nn", ["Cookie-innstillingar", "Kommuneplanen sin samfunnsdel", "Planen har tre satsingsområde."], "strategy"),
        ("nn", ["Godta cookies", "Om kommunen", "Kommunen har 4 500 innbyggjarar."], "other"),
        ("nn", ["Tilgjengelegheitserklæring", "Årsmelding 2023", "Året gav eit overskot."], "report"),
        (
            "nl",
            ["Wij gebruiken cookies, lees ons cookiebeleid", "Zustersteden", "Gent heeft zeven zustersteden."],
            "other",
        ),
        ("nl", ["Privacyverklaring", "Collegeprogramma 2022-2026", "Het programma kent zes thema's."], "programme"),
        (
            "nl",
            ["Cookie-instellingen", "Besluitenlijst raadsvergadering", "Besluit: unaniem aangenomen."],
            "case_protocol",
        ),
        ("nl", ["Accepteer cookies", "Over de gemeente", "De gemeente telt 30.000 inwoners."], "other"),
        ("nl", ["Toegankelijkheidsverklaring", "Jaarverslag 2023", "Het jaar sloot met een overschot."], "report"),
    ],
)
def test_cookie_banners_and_privacy_lines_name_no_genre(language: str, lines: list[str], expected: str):
    text = "\n\n".join(lines)
    assert doc_type(text, title(text), language) == expected
    assert "cookie" not in (title(text) or "").lower()


# --- Dutch and Flemish council proposals, decisions and session reports are case documents ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Raadsvoorstel vaststellen bestemmingsplan Centrum\n\nGemeente Bergen (NH)\n\nDe raad besluit.",
            "case_protocol",
        ),
        ("Raadsbesluit\n\nDe raad van de gemeente Zwolle besluit het plan vast te stellen.", "case_protocol"),
        ("Collegebesluiten week 12\n\nHet college besluit in te stemmen met de nota.", "case_protocol"),
        ("Zittingsverslag gemeenteraad 28 maart 2022\n\nDe voorzitter opent de zitting.", "case_protocol"),
        ("Besluitenlijsten 2023\n\nBesluitenlijst van de vergadering van 12 januari.", "case_protocol"),
        ("Beleidsnota sport 2024-2028\n\nDit raadsvoorstel volgt later dit jaar.", "strategy"),
    ],
)
def test_council_proposals_decisions_and_session_reports_are_case_documents(text: str, expected: str):
    assert doc_type(text, title(text), "nl") == expected
