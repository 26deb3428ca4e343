"""A heading run onto an impersonal report sentence when a page was unwrapped (snippets written for these
tests): "Tiltak 4 – Flere helsesykepleiere Det er ansatt to nye ...", "Handling 1 – Flere bænke Der er
opsat 30 nye bænke", "Actie 1 – Meer bankjes Er zijn 30 nieuwe bankjes geplaatst" - the heading is the
title and the sentence its report, when the sentence states a status.

Look-alikes: news and goal lines of the same shape ("Det er ansatt ny rektor", "Er is behoefte aan")
state no status and give no rows; a coming placement is work going on, not done.
"""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

RUN_ON = [
    (
        "da",
        "Status på handleplanen\n"
        "\n"
        "Handling 1 – Flere bænke i byparken Der er opsat 30 nye bænke langs søen.\n"
        "Handling 2 – Ny skolesti Der er endnu ikke givet tilladelse, så arbejdet er ikke påbegyndt.\n",
        [("1", "Flere bænke i byparken", "completed"), ("2", "Ny skolesti", "not_started")],
    ),
    (
        "da",
        "Status på indsatserne\n"
        "\n"
        "Indsats 3 Bedre vejvisning Det blev besluttet at udskyde arbejdet til 2026.\n"
        "Indsats 4 Grønne tage Der blev etableret tre grønne tage i 2024.\n",
        [("3", "Bedre vejvisning", "paused"), ("4", "Grønne tage", "completed")],
    ),
    (
        "da",
        "Opfølgning\n"
        "\n"
        "Handling 5: Nye legepladser Der bliver arbejdet med to legepladser i år.\n"
        "Handling 6: Flere skraldespande Der er opsat 40 skraldespande.\n",
        [("5", "Nye legepladser", "in_progress"), ("6", "Flere skraldespande", "completed")],
    ),
    (
        "da",
        "Status 2024\n"
        "\n"
        "Projekt 7 Bynær skov Det er besluttet at opgive projektet.\n"
        "Projekt 8 Ny hundeskov Der er etableret hegn og bænke, og skoven er åbnet.\n",
        [("7", "Bynær skov", "cancelled"), ("8", "Ny hundeskov", "completed")],
    ),
    (
        "da",
        "Status på handlingerne\n"
        "\n"
        "Handling 9 Ladestandere ved hallen Der er opsat otte ladestandere.\n"
        "Handling 10 Cykelparkering ved stationen Det er endnu ikke besluttet, og arbejdet er ikke startet.\n",
        [("9", "Ladestandere ved hallen", "completed"), ("10", "Cykelparkering ved stationen", "not_started")],
    ),
    (
        "nb",
        "Oppfølging av verbalforslag\n"
        "\n"
        "Verbalforslag 3 – Gratis skolefrukt\n"
        "Ordningen er innført fra høsten.\n"
        "Verbalforslag 4 – Flere helsesykepleiere Det er ansatt to nye helsesykepleiere, og arbeidet fortsetter.\n",
        [("3", "Gratis skolefrukt", "completed"), ("4", "Flere helsesykepleiere", "in_progress")],
    ),
    (
        "nb",
        "Status for tiltakene\n"
        "\n"
        "Tiltak 1 – Flere benker i byparken Det er satt opp 30 nye benker langs vannet.\n"
        "Tiltak 2 – Ny skolesti Det er ikke gitt tillatelse, så arbeidet er ikke startet.\n",
        [("1", "Flere benker i byparken", "completed"), ("2", "Ny skolesti", "not_started")],
    ),
    (
        "nb",
        "Rapportering\n"
        "\n"
        "Tiltak 3 Bedre skilting Det ble vedtatt å utsette arbeidet til 2026.\n"
        "Tiltak 4 Grønne tak Det ble etablert tre grønne tak i 2024.\n",
        [("3", "Bedre skilting", "paused"), ("4", "Grønne tak", "completed")],
    ),
    (
        "nb",
        "Status 2024\n"
        "\n"
        "Prosjekt 5 Bynær skog Det er besluttet å avslutte prosjektet uten gjennomføring.\n"
        "Prosjekt 6 Ny hundepark Det er satt opp gjerde og benker, og parken er åpnet.\n",
        [("5", "Bynær skog", "cancelled"), ("6", "Ny hundepark", "completed")],
    ),
    (
        "nb",
        "Status for tiltakene\n"
        "\n"
        "Tiltak 7 Ladepunkter ved hallen Det er montert åtte ladepunkter.\n"
        "Tiltak 8 Sykkelparkering ved stasjonen Det blir arbeidet med prosjektering nå.\n",
        [("7", "Ladepunkter ved hallen", "completed"), ("8", "Sykkelparkering ved stasjonen", "in_progress")],
    ),
    (
        "nn",
        "Oppfølging av verbalforslag\n"
        "\n"
        "Verbalforslag 3 – Gratis skulefrukt\n"
        "Ordninga er innført frå hausten.\n"
        "Verbalforslag 4 – Fleire helsesjukepleiarar Det er tilsett to nye helsesjukepleiarar, "
        "og arbeidet held fram.\n",
        [("3", "Gratis skulefrukt", "completed"), ("4", "Fleire helsesjukepleiarar", "in_progress")],
    ),
    (
        "nn",
        "Status for tiltaka\n"
        "\n"
        "Tiltak 1 – Fleire benkar i byparken Det er sett opp 30 nye benkar langs vatnet.\n"
        "Tiltak 2 – Ny skulesti Det er ikkje gitt løyve, så arbeidet er ikkje starta.\n",
        [("1", "Fleire benkar i byparken", "completed"), ("2", "Ny skulesti", "not_started")],
    ),
    (
        "nn",
        "Rapportering\n"
        "\n"
        "Tiltak 3 Betre skilting Det vart vedteke å utsetje arbeidet til 2026.\n"
        "Tiltak 4 Grøne tak Det vart etablert tre grøne tak i 2024.\n",
        [("3", "Betre skilting", "paused"), ("4", "Grøne tak", "completed")],
    ),
    (
        "nn",
        "Status 2024\n"
        "\n"
        "Prosjekt 5 Bynær skog Det er avgjort å avslutte prosjektet utan gjennomføring.\n"
        "Prosjekt 6 Ny hundepark Det er sett opp gjerde og benkar, og parken er opna.\n",
        [("5", "Bynær skog", "cancelled"), ("6", "Ny hundepark", "completed")],
    ),
    (
        "nn",
        "Status for tiltaka\n"
        "\n"
        "Tiltak 7 Ladepunkt ved hallen Det er montert åtte ladepunkt.\n"
        "Tiltak 8 Sykkelparkering ved stasjonen Det blir arbeidd med prosjektering no.\n",
        [("7", "Ladepunkt ved hallen", "completed"), ("8", "Sykkelparkering ved stasjonen", "in_progress")],
    ),
    (
        "nl",
        "Voortgang acties\n"
        "\n"
        "Actie 1 – Meer bankjes in het park Er zijn 30 nieuwe bankjes langs de vijver geplaatst.\n"
        "Actie 2 – Nieuw schoolpad Er is nog geen vergunning, dus de werkzaamheden zijn nog niet begonnen.\n",
        [("1", "Meer bankjes in het park", "completed"), ("2", "Nieuw schoolpad", "not_started")],
    ),
    (
        "nl",
        "Stand van zaken\n"
        "\n"
        "Actie 3 Betere bewegwijzering Er is besloten de uitvoering uit te stellen tot 2026.\n"
        "Actie 4 Groene daken Er werden in 2024 drie groene daken aangelegd.\n",
        [("3", "Betere bewegwijzering", "paused"), ("4", "Groene daken", "completed")],
    ),
    (
        "nl",
        "Voortgang 2024\n"
        "\n"
        "Project 5 Stadsbos Er is besloten het project te stoppen.\n"
        "Project 6 Nieuw hondenlosloopgebied Er zijn hekken en bankjes geplaatst en het gebied is geopend.\n",
        [("5", "Stadsbos", "cancelled"), ("6", "Nieuw hondenlosloopgebied", "completed")],
    ),
    (
        "nl",
        "Voortgang acties\n"
        "\n"
        "Actie 7 Laadpalen bij de sporthal Er zijn acht laadpalen geïnstalleerd.\n"
        "Actie 8 Fietsenstalling bij het station Er wordt gewerkt aan het ontwerp.\n",
        [("7", "Laadpalen bij de sporthal", "completed"), ("8", "Fietsenstalling bij het station", "in_progress")],
    ),
    (
        "nl",
        "Stand van zaken moties\n"
        "\n"
        "Actie 9 Meer afvalbakken Er zijn 40 afvalbakken bijgeplaatst.\n"
        "Actie 10 Watertappunten Er is nog geen locatie, de uitvoering is niet gestart.\n",
        [("9", "Meer afvalbakken", "completed"), ("10", "Watertappunten", "not_started")],
    ),
]

NOT_REPORTS = [
    (
        "da",
        "Nyheder\n"
        "\n"
        "Ny skoleleder på Vestskolen Der er ansat en ny skoleleder fra 1. august.\n"
        "Sommerferie på biblioteket Der er lukket i uge 29 og 30.\n",
        [],
    ),
    (
        "da",
        "Vores mål\n\nGode skoleveje Det er vigtigt, at børn kan cykle sikkert i skole.\n",
        [],
    ),
    (
        "nb",
        "Nyheter\n"
        "\n"
        "Ny rektor på Moa skole Det er ansatt ny rektor fra 1. august.\n"
        "Sommerstengt bibliotek Det er stengt i uke 29 og 30.\n",
        [],
    ),
    (
        "nb",
        "Våre mål\n\nTrygge skoleveier Det er viktig at barn kan sykle trygt til skolen.\n",
        [],
    ),
    (
        "nn",
        "Nytt\n"
        "\n"
        "Ny rektor på Moen skule Det er tilsett ny rektor frå 1. august.\n"
        "Sommarstengt bibliotek Det er stengt i veke 29 og 30.\n",
        [],
    ),
    (
        "nn",
        "Måla våre\n\nTrygge skulevegar Det er viktig at born kan sykle trygt til skulen.\n",
        [],
    ),
    (
        "nl",
        "Nieuws\n"
        "\n"
        "Nieuwe directeur voor De Regenboog Er is een nieuwe directeur benoemd per 1 augustus.\n"
        "Zomersluiting bibliotheek Er is geen opening in week 29 en 30.\n",
        [],
    ),
    (
        "nl",
        "Onze doelen\n\nVeilige schoolroutes Er is behoefte aan veilige fietsroutes naar school.\n",
        [],
    ),
    (
        "nl",
        "Planning\n\nActie 4 Meer afvalbakken Er worden dit najaar 40 afvalbakken bijgeplaatst.\n",
        [("4", "Meer afvalbakken", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), RUN_ON)
def test_a_heading_run_onto_an_impersonal_report_is_split_off(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), NOT_REPORTS)
def test_news_and_goals_opening_impersonally_give_no_report(language, text, expected):
    assert rows(text, language) == expected
