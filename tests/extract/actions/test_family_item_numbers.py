"""Where an item's number ends and its title begins in reports (snippets written for these tests, most
in Bokmål and Nynorsk): "Tiltak 2.3 Title", "Tiltak nr. 7: Title", "Tiltak 5. Title", "T12 – Title",
"Sak 45/23 Title", "Tiltak 4b Title", "Tiltak 2.3.1. Title", "Verbalforslag 3 – Title", "3.1.2 Title:
Fullført", "Tiltak 2.1 Title. Arbeidet er i gang." - the id is the number as written (a letter code
keeps its letters: "T12", "PS 23/45"), the title is the name alone, without the number sign, separator
or a status label run onto the heading ("Title – Status: Ferdig").

Look-alikes: an item named in a sentence of minutes, appendix and chapter lists numbered with "nr.",
a contact line under an item number and a report sentence with no item give no rows.
"""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

NUMBERED = [
    (
        "nb",
        "Rapportering handlingsprogram\n"
        "\n"
        "Tiltak 2.3.1. Kartlegging av overvannsløsninger\n"
        "Arbeidet er i gang.\n"
        "Tiltak 2.3.2. Ny overvannsplan\n"
        "Planen er ferdigstilt.\n",
        [("2.3.1", "Kartlegging av overvannsløsninger", "in_progress"), ("2.3.2", "Ny overvannsplan", "completed")],
    ),
    (
        "nn",
        "Rapportering handlingsprogram\n"
        "\n"
        "Tiltak 2.3.1. Kartlegging av overvassløysingar\n"
        "Arbeidet er i gang.\n"
        "Tiltak 2.3.2. Ny overvassplan\n"
        "Planen er ferdigstilt.\n",
        [("2.3.1", "Kartlegging av overvassløysingar", "in_progress"), ("2.3.2", "Ny overvassplan", "completed")],
    ),
    (
        "nb",
        "Oppfølging av verbalforslag\n"
        "\n"
        "Verbalforslag 3 – Gratis skolefrukt\n"
        "Ordningen er innført fra høsten.\n"
        "Verbalforslag 4 – Flere helsesykepleiere\n"
        "Det er ansatt to nye helsesykepleiere, og arbeidet fortsetter.\n",
        [("3", "Gratis skolefrukt", "completed"), ("4", "Flere helsesykepleiere", "in_progress")],
    ),
    (
        "nn",
        "Oppfølging av verbalforslag\n"
        "\n"
        "Verbalforslag 3 – Gratis skulefrukt\n"
        "Ordninga er innført frå hausten.\n"
        "Verbalforslag 4 – Fleire helsesjukepleiarar\n"
        "Det er tilsett to nye helsesjukepleiarar, og arbeidet held fram.\n",
        [("3", "Gratis skulefrukt", "completed"), ("4", "Fleire helsesjukepleiarar", "in_progress")],
    ),
    (
        "nb",
        "Status for tiltakene\n"
        "\n"
        "Tiltak 4a Ny lekeplass på Moa\n"
        "Lekeplassen ble åpnet i juni.\n"
        "Tiltak 4b Ny ballbinge på Moa\n"
        "Arbeidet er ikke startet.\n",
        [("4a", "Ny lekeplass på Moa", "completed"), ("4b", "Ny ballbinge på Moa", "not_started")],
    ),
    (
        "nn",
        "Status for tiltaka\n"
        "\n"
        "Tiltak 3: Ny leikeplass på Moen (ansvar: Kultur)\n"
        "Det er kjøpt inn utstyr. Leikeplassen vart opna i juni.\n"
        "Tiltak 4: Ny ballbinge på Moen (ansvar: Kultur)\n"
        "Det er søkt om spelemidlar. Arbeidet er ikkje starta.\n",
        [("3", "Ny leikeplass på Moen", "completed"), ("4", "Ny ballbinge på Moen", "not_started")],
    ),
    (
        "da",
        "Status på handlingerne\n"
        "\n"
        "Handling 2a Ny legeplads i Vestparken\n"
        "Legepladsen blev indviet i maj.\n"
        "Handling 2b Nye toiletter i Vestparken\n"
        "Arbejdet er ikke påbegyndt.\n",
        [("2a", "Ny legeplads i Vestparken", "completed"), ("2b", "Nye toiletter i Vestparken", "not_started")],
    ),
    (
        "nl",
        "Voortgang acties\n"
        "\n"
        "Actie 5a Nieuwe speeltuin in het Westpark\n"
        "De speeltuin is in mei geopend.\n"
        "Actie 5b Openbaar toilet in het Westpark\n"
        "De werkzaamheden zijn nog niet begonnen.\n",
        [
            ("5a", "Nieuwe speeltuin in het Westpark", "completed"),
            ("5b", "Openbaar toilet in het Westpark", "not_started"),
        ],
    ),
    (
        "da",
        "Status på handlingerne\n"
        "\n"
        "Handling nr. 3: Ny legeplads i Vestparken\n"
        "Legepladsen blev indviet i maj.\n"
        "Handling nr. 4: Flere p-pladser ved stationen\n"
        "Arbejdet er i gang.\n",
        [("3", "Ny legeplads i Vestparken", "completed"), ("4", "Flere p-pladser ved stationen", "in_progress")],
    ),
    (
        "nb",
        "Rapportering på tiltak i handlingsplanen\n"
        "\n"
        "Tiltak 2.3 Ny gang- og sykkelveg langs Fv 64\n"
        "Arbeidet ble fullført i september.\n"
        "\n"
        "Tiltak 2.4 Trafikksikker skoleveg ved Bergheim\n"
        "Prosjektet er ikke startet.\n",
        [
            ("2.3", "Ny gang- og sykkelveg langs Fv 64", "completed"),
            ("2.4", "Trafikksikker skoleveg ved Bergheim", "not_started"),
        ],
    ),
    (
        "nb",
        "Status handlingsdel 2024\n"
        "\n"
        "Tiltak nr. 7: Kartlegging av kommunale bygg\n"
        "Kartleggingen er gjennomført.\n"
        "Tiltak nr. 8: Solceller på Heia skole\n"
        "Arbeidet pågår.\n",
        [("7", "Kartlegging av kommunale bygg", "completed"), ("8", "Solceller på Heia skole", "in_progress")],
    ),
    (
        "nb",
        "Oppfølging av vedtak\n"
        "\n"
        "Sak 45/23 Ny barnehage på Vik\n"
        "Status: Under arbeid\n"
        "Sak 51/23 Utvidelse av Moa skole\n"
        "Status: Ferdig\n",
        [("45/23", "Ny barnehage på Vik", "in_progress"), ("51/23", "Utvidelse av Moa skole", "completed")],
    ),
    (
        "nb",
        "Status for tiltakene\n"
        "\n"
        "T12 – Bedre skilting i sentrum\n"
        "Tiltaket er gjennomført.\n"
        "T13 – Flere benker langs elva\n"
        "Tiltaket er utsatt.\n",
        [("T12", "Bedre skilting i sentrum", "completed"), ("T13", "Flere benker langs elva", "paused")],
    ),
    (
        "nb",
        "Rapportering 2024\n\n3.1.2 Ny hjemmeside for kommunen: Fullført\n3.1.3 Digitalt postmottak: Under arbeid\n",
        [("3.1.2", "Ny hjemmeside for kommunen", "completed"), ("3.1.3", "Digitalt postmottak", "in_progress")],
    ),
    (
        "nb",
        "Status for tiltakene\n"
        "\n"
        "Tiltak 5. Ny turvei rundt Storvatnet\n"
        "Arbeidet er i gang.\n"
        "Tiltak 6. Lysløype på Heia\n"
        "Tiltaket er fullført.\n",
        [("5", "Ny turvei rundt Storvatnet", "in_progress"), ("6", "Lysløype på Heia", "completed")],
    ),
    (
        "nb",
        "Oppfølging av handlingsplanen\n"
        "\n"
        "Tiltak 2.1 Ny turvei rundt Storvatnet. Arbeidet er i gang.\n"
        "Tiltak 2.2 Lysløype på Heia. Tiltaket ble fullført i mars.\n",
        [("2.1", "Ny turvei rundt Storvatnet", "in_progress"), ("2.2", "Lysløype på Heia", "completed")],
    ),
    (
        "nb",
        "Vedtaksoppfølging\n"
        "\n"
        "PS 23/45 Ny barnehage på Vik – Status: Under arbeid\n"
        "PS 23/51 Utvidelse av Moa skole – Status: Ferdigstilt\n",
        [("PS 23/45", "Ny barnehage på Vik", "in_progress"), ("PS 23/51", "Utvidelse av Moa skole", "completed")],
    ),
    (
        "nn",
        "Rapportering på tiltak i handlingsplanen\n"
        "\n"
        "Tiltak 1.2 Ny gang- og sykkelveg til Nes\n"
        "Arbeidet vart fullført i oktober.\n"
        "\n"
        "Tiltak 1.3 Trygg skuleveg ved Moen\n"
        "Tiltaket er ikkje starta.\n",
        [("1.2", "Ny gang- og sykkelveg til Nes", "completed"), ("1.3", "Trygg skuleveg ved Moen", "not_started")],
    ),
    (
        "nn",
        "Status for handlingsdelen\n"
        "\n"
        "Tiltak nr. 4: Kartlegging av kommunale bygg\n"
        "Kartlegginga er gjennomført.\n"
        "Tiltak nr. 5: Solceller på Moen skule\n"
        "Arbeidet held fram.\n",
        [("4", "Kartlegging av kommunale bygg", "completed"), ("5", "Solceller på Moen skule", "in_progress")],
    ),
    (
        "nn",
        "Oppfølging av vedtak\n"
        "\n"
        "Sak 12/24 Ny barnehage i Sande\n"
        "Status: Under arbeid\n"
        "Sak 19/24 Utviding av Nes skule\n"
        "Status: Ferdig\n",
        [("12/24", "Ny barnehage i Sande", "in_progress"), ("19/24", "Utviding av Nes skule", "completed")],
    ),
    (
        "nn",
        "Status for tiltaka\n"
        "\n"
        "T7 – Betre skilting i sentrum\n"
        "Tiltaket er gjennomført.\n"
        "T8 – Fleire benkar langs elva\n"
        "Tiltaket er utsett.\n",
        [("T7", "Betre skilting i sentrum", "completed"), ("T8", "Fleire benkar langs elva", "paused")],
    ),
    (
        "nn",
        "Rapportering 2024\n\n2.1.4 Ny heimeside for kommunen: Fullført\n2.1.5 Digitalt postmottak: Under arbeid\n",
        [("2.1.4", "Ny heimeside for kommunen", "completed"), ("2.1.5", "Digitalt postmottak", "in_progress")],
    ),
    (
        "nn",
        "Status for tiltaka\n"
        "\n"
        "Tiltak 5. Ny turveg rundt Storevatnet\n"
        "Arbeidet er i gang.\n"
        "Tiltak 6. Lysløype på Heia\n"
        "Tiltaket er fullført.\n",
        [("5", "Ny turveg rundt Storevatnet", "in_progress"), ("6", "Lysløype på Heia", "completed")],
    ),
    (
        "nn",
        "Oppfølging av handlingsplanen\n"
        "\n"
        "Tiltak 2.1 Ny turveg rundt Storevatnet. Arbeidet er i gang.\n"
        "Tiltak 2.2 Lysløype på Heia. Tiltaket vart fullført i mars.\n",
        [("2.1", "Ny turveg rundt Storevatnet", "in_progress"), ("2.2", "Lysløype på Heia", "completed")],
    ),
    (
        "nn",
        "Vedtaksoppfølging\n"
        "\n"
        "PS 24/12 Ny barnehage i Sande – Status: Under arbeid\n"
        "PS 24/19 Utviding av Nes skule – Status: Ferdigstilt\n",
        [("PS 24/12", "Ny barnehage i Sande", "in_progress"), ("PS 24/19", "Utviding av Nes skule", "completed")],
    ),
    (
        "nl",
        "Voortgang acties\n"
        "\n"
        "Actie nr. 3: Nieuwe speeltuin in het park\n"
        "De speeltuin is in mei geopend.\n"
        "Actie nr. 4: Meer parkeerplaatsen bij het station\n"
        "De uitvoering loopt.\n",
        [
            ("3", "Nieuwe speeltuin in het park", "completed"),
            ("4", "Meer parkeerplaatsen bij het station", "in_progress"),
        ],
    ),
]

NOT_ITEMS = [
    (
        "nb",
        "Referat fra møte i formannskapet\n"
        "\n"
        "Ordføreren viste til tiltak nr. 4 i handlingsplanen og sa at kommunen må prioritere skolevegen.\n",
        [],
    ),
    (
        "nb",
        "Vedlegg\n\nVedlegg nr. 2: Kart over planområdet\nVedlegg nr. 3: Støyrapport\n",
        [],
    ),
    (
        "nb",
        "Kontaktpersoner\n\nTiltak nr. 3 – Kontaktperson: Ola Hansen, tlf. 915 55 555\n",
        [],
    ),
    (
        "nb",
        "Innholdsfortegnelse\nKapittel nr. 1: Innledning\nKapittel nr. 2: Mål og strategier\n",
        [],
    ),
    (
        "nb",
        "Statusrapport for barnehagene\n\nBarnehagene har hatt et godt år med stabil bemanning og fornøyde foreldre.\n",
        [],
    ),
    (
        "nn",
        "Referat frå møte i formannskapet\n"
        "\n"
        "Ordføraren viste til tiltak nr. 4 i handlingsplanen og sa at kommunen må prioritere skulevegen.\n",
        [],
    ),
    (
        "nn",
        "Vedlegg\n\nVedlegg nr. 2: Kart over planområdet\nVedlegg nr. 3: Støyrapport\n",
        [],
    ),
    (
        "nn",
        "Kontaktpersonar\n\nTiltak nr. 3 – Kontaktperson: Kari Nordmann, tlf. 915 55 555\n",
        [],
    ),
    (
        "nn",
        "Innhald\nKapittel nr. 1: Innleiing\nKapittel nr. 2: Mål og strategiar\n",
        [],
    ),
    (
        "nn",
        "Statusrapport for barnehagane\n\nBarnehagane har hatt eit godt år med stabil bemanning og nøgde foreldre.\n",
        [],
    ),
    (
        "da",
        "Referat fra byrådsmødet\n"
        "\n"
        "Borgmesteren henviste til handling nr. 4 i handleplanen og sagde, at skolevejen skal prioriteres.\n",
        [],
    ),
    (
        "nl",
        "Verslag van de raadsvergadering\n"
        "\n"
        "De wethouder verwees naar actie nr. 4 uit het actieplan en zei dat de schoolroute voorrang krijgt.\n",
        [],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), NUMBERED)
def test_an_item_number_and_its_title_are_read_apart(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), NOT_ITEMS)
def test_numbers_in_sentences_appendices_chapters_and_contacts_name_no_action(language, text, expected):
    assert rows(text, language) == expected
