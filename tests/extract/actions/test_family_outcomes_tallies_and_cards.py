"""Lines of a progress report, minutes or a twin-town page that look like items but are no actions
(written for these tests): result and KPI lines ("312 werkzoekenden begeleid naar werk", "4 nye
virksomheder etableret", "bezoekersaantallen gestegen met 6 procent") are outcomes; vote tally
fields ("Aantal stemmen ja") are a vote; a partner town, a person, a contact card and a section
heading ("Resultater", "Venskabsbyer") name nothing. The actions beside them stay."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

PAGES = [
    (
        "da",
        (
            "Årsrapport erhverv 2023\n"
            "\n"
            "Resultater\n"
            "4 nye virksomheder etableret i erhvervsparken.\n"
            "Ledigheden er faldet med 0,4 procentpoint.\n"
            "220 borgere er kommet i job via jobcentret.\n"
            "Antallet af overnatninger er steget med 9 procent.\n"
        ),
        [],
    ),
    (
        "da",
        (
            "Statusrapport 2024\n"
            "\n"
            "Gennemførte initiativer:\n"
            "- 4 nye virksomheder etableret\n"
            "- Ny erhvervsportal lanceret\n"
            "- Antallet af turister steget med 8 procent\n"
            "- Iværksætterpris uddelt\n"
        ),
        [(None, "Ny erhvervsportal", "completed"), (None, "Iværksætterpris uddelt", "completed")],
    ),
    (
        "nb",
        (
            "Årsrapport 2023 – næringsutvikling\n"
            "\n"
            "Resultater\n"
            "12 nye bedrifter etablert i kommunen.\n"
            "Besøkstallet på biblioteket økte med 8 prosent.\n"
            "85 arbeidssøkere har fått jobb.\n"
            "Sykefraværet er redusert til 6,1 prosent.\n"
        ),
        [],
    ),
    (
        "nb",
        (
            "Statusrapport 2024\n"
            "\n"
            "Gjennomførte tiltak:\n"
            "- 12 nye bedrifter etablert\n"
            "- Ny nettside for næringslivet lansert\n"
            "- Besøkstallet økte med 8 prosent\n"
            "- Gründerpris delt ut\n"
        ),
        [(None, "Ny nettside for næringslivet", "completed"), (None, "Gründerpris delt ut", "completed")],
    ),
    (
        "nn",
        (
            "Årsmelding 2023 – næringsutvikling\n"
            "\n"
            "Resultat\n"
            "12 nye verksemder etablert i kommunen.\n"
            "Besøkstalet på biblioteket auka med 8 prosent.\n"
            "85 arbeidssøkjarar har fått jobb.\n"
            "Sjukefråværet er redusert til 6,1 prosent.\n"
        ),
        [],
    ),
    (
        "nn",
        (
            "Statusrapport 2024\n"
            "\n"
            "Gjennomførte tiltak:\n"
            "- 12 nye verksemder etablert\n"
            "- Ny nettstad for næringslivet lansert\n"
            "- Besøkstalet auka med 8 prosent\n"
            "- Gründarpris delt ut\n"
        ),
        [(None, "Ny nettstad for næringslivet", "completed"), (None, "Gründarpris delt ut", "completed")],
    ),
    (
        "nl",
        (
            "Jaarverslag economie 2023\n"
            "\n"
            "Wat hebben we bereikt?\n"
            "312 werkzoekenden begeleid naar werk.\n"
            "De bezoekersaantallen zijn gestegen met 6 procent.\n"
            "48 nieuwe bedrijven gevestigd in de binnenstad.\n"
            "Het aantal leegstaande winkels is gedaald tot 7 procent.\n"
        ),
        [],
    ),
    (
        "nl",
        (
            "Voortgangsrapportage 2024\n"
            "\n"
            "Gerealiseerd in 2024:\n"
            "- 312 werkzoekenden begeleid naar werk\n"
            "- Nieuw jongerenloket geopend\n"
            "- Bezoekersaantallen gestegen met 6 procent\n"
            "- Fietsenstalling bij het station uitgebreid\n"
        ),
        [(None, "Nieuw jongerenloket", "completed"), (None, "Fietsenstalling bij het station uitgebreid", "completed")],
    ),
    (
        "nl",
        (
            "Besluitenlijst van de openbare vergadering van de gemeenteraad\n"
            "\n"
            "Agendapunt 7 Motie Speeltuin Noord\n"
            "Aantal stemmen ja: 15\n"
            "Aantal stemmen nee: 10\n"
            "Aantal onthoudingen: 1\n"
            "Aantal stemmen blanco: 0\n"
            "Status: aangenomen\n"
        ),
        [],
    ),
    (
        "nl",
        (
            "Lijst van moties en toezeggingen\n"
            "\n"
            "Motie M2024-03 Groene schoolpleinen\n"
            "Aantal stemmen ja: 18\n"
            "Aantal stemmen nee: 7\n"
            "Aantal onthoudingen: 0\n"
            "Status: in uitvoering\n"
            "\n"
            "Motie M2024-05 Veilige fietsroutes\n"
            "Aantal stemmen voor: 25 – aangenomen\n"
            "Aantal stemmen tegen: 0\n"
            "Status: afgedaan\n"
        ),
        [("M2024-03", "Groene schoolpleinen", "in_progress"), ("M2024-05", "Veilige fietsroutes", "completed")],
    ),
    (
        "da",
        (
            "Beslutningsprotokol byrådsmøde\n"
            "\n"
            "Punkt 7 Forslag om ny legeplads\n"
            "Antal stemmer for: 15\n"
            "Antal stemmer imod: 10\n"
            "Antal undlod at stemme: 2\n"
            "Status: vedtaget\n"
        ),
        [],
    ),
    (
        "da",
        (
            "Opfølgning på byrådsbeslutninger\n"
            "\n"
            "Beslutning B-12 Nye legepladser\n"
            "Stemmer for: 21 – vedtaget\n"
            "Stemmer imod: 4\n"
            "Undlod at stemme: 0\n"
            "Status: I gang\n"
        ),
        [("B-12", "Nye legepladser", "in_progress")],
    ),
    (
        "nn",
        (
            "Møtebok kommunestyret\n"
            "\n"
            "Sak 7/24 Ny leikeplass\n"
            "Tal på røyster for: 15\n"
            "Tal på røyster mot: 10\n"
            "Status: vedteke\n"
        ),
        [],
    ),
    (
        "da",
        (
            "Venskabsbyer\n"
            "Status: aktiv\n"
            "Venskabsby\n"
            "Lahti\n"
            "Siden 1955 har vi haft et venskabsbysamarbejde med Lahti i Finland.\n"
            "Kontakt\n"
            "Hanne Jensen\n"
            "Telefon: 12 34 56 78\n"
        ),
        [],
    ),
    (
        "nb",
        (
            "Vennskapsbyer\n"
            "Status: aktiv\n"
            "Vennskapsby\n"
            "Örebro\n"
            "Siden 1947 har vi hatt et vennskapsbysamarbeid med Örebro i Sverige.\n"
            "Kontaktperson\n"
            "Kari Nordmann\n"
            "Telefon: 12 34 56 78\n"
        ),
        [],
    ),
    (
        "nn",
        (
            "Vennskapskommunar\n"
            "Status: aktiv\n"
            "Vennskapskommune\n"
            "Tórshavn\n"
            "Sidan 1980 har vi hatt eit samarbeid med Tórshavn på Færøyane.\n"
            "Kontaktperson\n"
            "Ola Nordmann\n"
            "Telefon: 12 34 56 78\n"
        ),
        [],
    ),
    (
        "nl",
        (
            "Stedenbanden\n"
            "Status: actief\n"
            "Partnerstad\n"
            "Oldenburg\n"
            "Sinds 1987 onderhouden wij een vriendschapsband met Oldenburg in Duitsland.\n"
            "Contactpersoon\n"
            "Piet Jansen\n"
            "Telefoon: 0123 456 789\n"
        ),
        [],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PAGES)
def test_outcomes_tallies_partner_towns_and_contact_cards_are_not_actions(language, text, expected):
    assert rows(text, language) == expected
