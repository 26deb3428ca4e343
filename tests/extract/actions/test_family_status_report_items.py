"""Status reports of a plan where each item is a short heading over lines such as "Status: ..." and
"Ansvarlig: ..." and free text (written for these tests): every item is an action, also one whose
status line is missing ("Ansvarlig" and a sentence only) or empty ("Status: –"), and each item's
status comes from its own lines, never from its neighbour's."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

REPORTS = [
    (
        "da",
        (
            "Klimahandleplan – status 2024\n"
            "\n"
            "Ladestandere ved rådhuset\n"
            "Status: Gennemført\n"
            "Ansvarlig: Ejendomme\n"
            "\n"
            "Solceller på svømmehallen\n"
            "Status: Planlagt\n"
            "Ansvarlig: Ejendomme\n"
            "\n"
            "Elbiler i hjemmeplejen\n"
            "Status: Udsat på ubestemt tid\n"
            "Ansvarlig: Sundhed\n"
            "\n"
            "Cykelparkering ved skolerne\n"
            "Status: –\n"
            "Ansvarlig: Trafik\n"
            "\n"
            "Biogas til busserne\n"
            "Ansvarlig: Trafik\n"
            "Projektet er opgivet efter udbuddet.\n"
        ),
        [
            (None, "Ladestandere ved rådhuset", "completed"),
            (None, "Solceller på svømmehallen", "not_started"),
            (None, "Elbiler i hjemmeplejen", "paused"),
            (None, "Cykelparkering ved skolerne", "unknown"),
            (None, "Biogas til busserne", "cancelled"),
        ],
    ),
    (
        "nb",
        (
            "Status for klimahandlingsplanen 2024\n"
            "\n"
            "Ladepunkter ved rådhuset\n"
            "Status: Gjennomført\n"
            "Ansvarlig: Eiendom\n"
            "\n"
            "Solceller på svømmehallen\n"
            "Status: Planlagt\n"
            "Ansvarlig: Eiendom\n"
            "\n"
            "Elektriske hjemmetjenestebiler\n"
            "Status: Delvis gjennomført\n"
            "Ansvarlig: Helse og omsorg\n"
            "Halvparten av bilene er byttet ut.\n"
            "\n"
            "Sykkelparkering ved skolene\n"
            "Status: –\n"
            "Ansvarlig: Samferdsel\n"
            "\n"
            "Biogass til bussene\n"
            "Ansvarlig: Samferdsel\n"
            "Prosjektet er lagt bort etter anbudet.\n"
        ),
        [
            (None, "Ladepunkter ved rådhuset", "completed"),
            (None, "Solceller på svømmehallen", "not_started"),
            (None, "Elektriske hjemmetjenestebiler", "partly_completed"),
            (None, "Sykkelparkering ved skolene", "unknown"),
            (None, "Biogass til bussene", "cancelled"),
        ],
    ),
    (
        "nn",
        (
            "Status for klimaplanen 2024\n"
            "\n"
            "Ladepunkt ved rådhuset\n"
            "Status: Gjennomført\n"
            "Ansvarleg: Eigedom\n"
            "\n"
            "Solceller på symjehallen\n"
            "Status: Planlagt\n"
            "Ansvarleg: Eigedom\n"
            "\n"
            "Elektriske bilar i heimetenesta\n"
            "Status: Stogga\n"
            "Ansvarleg: Helse og omsorg\n"
            "\n"
            "Sykkelparkering ved skulane\n"
            "Status: –\n"
            "Ansvarleg: Samferdsel\n"
            "\n"
            "Biogass til bussane\n"
            "Ansvarleg: Samferdsel\n"
            "Arbeidet er ikkje starta.\n"
        ),
        [
            (None, "Ladepunkt ved rådhuset", "completed"),
            (None, "Solceller på symjehallen", "not_started"),
            (None, "Elektriske bilar i heimetenesta", "cancelled"),
            (None, "Sykkelparkering ved skulane", "unknown"),
            (None, "Biogass til bussane", "not_started"),
        ],
    ),
    (
        "nl",
        (
            "Voortgang klimaatagenda 2024\n"
            "\n"
            "Laadpalen bij het gemeentehuis\n"
            "Status: loopt\n"
            "Trekker: Vastgoed\n"
            "\n"
            "Zonnepanelen op het zwembad\n"
            "Status: op schema\n"
            "Trekker: Vastgoed\n"
            "\n"
            "Elektrische wagens voor de wijkteams\n"
            "Status: gaat niet door\n"
            "Trekker: Zorg\n"
            "\n"
            "Fietsparkeren bij scholen\n"
            "Status: –\n"
            "Trekker: Mobiliteit\n"
            "\n"
            "Biogas voor de bussen\n"
            "Trekker: Mobiliteit\n"
            "Het project is geschrapt na de aanbesteding.\n"
        ),
        [
            (None, "Laadpalen bij het gemeentehuis", "in_progress"),
            (None, "Zonnepanelen op het zwembad", "in_progress"),
            (None, "Elektrische wagens voor de wijkteams", "cancelled"),
            (None, "Fietsparkeren bij scholen", "unknown"),
            (None, "Biogas voor de bussen", "cancelled"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), REPORTS)
def test_every_headed_item_of_a_status_report_is_an_action_with_its_own_status(language, text, expected):
    assert rows(text, language) == expected
