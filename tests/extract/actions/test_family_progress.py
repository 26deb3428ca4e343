"""Family 2: progress reports per programme. Items are numbered headings, bullets or table rows with
a status word on their line or a status sentence after them. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

CASES = [
    # --- Danish ---
    (
        "da",
        "Statusrapport for klimaprogrammet 2024\n\n3 Grøn omstilling\n3.1 Energirenovering af skoler\n"
        "Arbejdet er gennemført i 2022, og alle skoler er renoveret.\n3.2 Grøn omstilling af havnen\n"
        "Projektet er udskudt til 2025 på grund af manglende finansiering.\n3.3 Elbusser i bytrafikken\n"
        "Er i gang. De første busser kører fra august.\n4 Natur\n4.1 Ny naturpark ved fjorden\nIkke påbegyndt.",
        [
            ("3.1", "Energirenovering af skoler", "completed"),
            ("3.2", "Grøn omstilling af havnen", "paused"),
            ("3.3", "Elbusser i bytrafikken", "in_progress"),
            ("4.1", "Ny naturpark ved fjorden", "not_started"),
        ],
    ),
    (
        "da",
        "Status på indsatserne\n\nFlere grønne tage\nArbejdet er påbegyndt men ikke afsluttet.\n\n"
        "Ny cykelbro over åen\nGennemført i 2022.\n\nFælles affaldssortering\nStillet i bero.",
        [
            (None, "Flere grønne tage", "in_progress"),
            (None, "Ny cykelbro over åen", "completed"),
            (None, "Fælles affaldssortering", "paused"),
        ],
    ),
    (
        "da",
        "Afrapportering 2023\n• Ny legeplads i Vestparken – Gennemført\n"
        "• Renovering af svømmehallen: Udskudt til 2025\n"
        "• Digital borgerservice (delvist gennemført)",
        [
            (None, "Ny legeplads i Vestparken", "completed"),
            (None, "Renovering af svømmehallen", "paused"),
            (None, "Digital borgerservice", "partly_completed"),
        ],
    ),
    (
        "da",
        "Indsats\tStatus\nFlere stier i skoven\tEr i gang\nNy hal i Nordby\tAflyst\nSkolehaver\tIkke startet",
        [
            (None, "Flere stier i skoven", "in_progress"),
            (None, "Ny hal i Nordby", "cancelled"),
            (None, "Skolehaver", "not_started"),
        ],
    ),
    (
        "da",
        "Status for handleplanen 2024\n1.1 Nye boliger på havnen\nByggeriet er gennemført i 2023.\n"
        "1.2 Ny busterminal\nStillet i bero indtil videre.",
        [("1.1", "Nye boliger på havnen", "completed"), ("1.2", "Ny busterminal", "paused")],
    ),
    # --- Bokmål ---
    (
        "nb",
        "Årsrapport 2023 – status for handlingsprogrammet\n\nTiltak                              Status\n"
        "Ny gang- og sykkelvei til skolen    Gjennomført\nOppgradering av kulturhuset         Delvis gjennomført\n"
        "Nytt svømmeanlegg                   Stilt i bero\nDigital byggesaksbehandling         Er i gang",
        [
            (None, "Ny gang- og sykkelvei til skolen", "completed"),
            (None, "Oppgradering av kulturhuset", "partly_completed"),
            (None, "Nytt svømmeanlegg", "paused"),
            (None, "Digital byggesaksbehandling", "in_progress"),
        ],
    ),
    (
        "nb",
        "Status for tiltakene\n2.1 Ny barnehage på Nordstrand\nTiltaket er gjennomført.\n"
        "2.2 Flere ladepunkter\nArbeidet er i gang.\n2.3 Ny idrettshall\nIkke startet.",
        [
            ("2.1", "Ny barnehage på Nordstrand", "completed"),
            ("2.2", "Flere ladepunkter", "in_progress"),
            ("2.3", "Ny idrettshall", "not_started"),
        ],
    ),
    (
        "nb",
        "Rapportering 2024\n- Ny brygge i havna: Ferdigstilt i 2024\n- Nytt omsorgssenter – Utsatt til 2026\n"
        "- Gratis kollektivtransport for unge (avlyst)",
        [
            (None, "Ny brygge i havna", "completed"),
            (None, "Nytt omsorgssenter", "paused"),
            (None, "Gratis kollektivtransport for unge", "cancelled"),
        ],
    ),
    (
        "nb",
        "Status for satsingene\n\nFlere lærlingeplasser\nArbeidet er startet, men er ikke ferdig ennå.\n\n"
        "Nytt sentrumsbibliotek\nGjennomført i 2022.",
        [(None, "Flere lærlingeplasser", "in_progress"), (None, "Nytt sentrumsbibliotek", "completed")],
    ),
    (
        "nb",
        "Tiltak | Framdrift\nNy skolestruktur | Stilt i bero\nTrygg skolevei | Delvis gjennomført",
        [(None, "Ny skolestruktur", "paused"), (None, "Trygg skolevei", "partly_completed")],
    ),
    # --- Nynorsk ---
    (
        "nn",
        "Rapportering på handlingsdelen 2023\n\n• Ny omsorgsbustad i sentrum: Ferdigstilt i 2023\n"
        "• Utviding av barnehagen – Delvis gjennomført\n• Ny brannstasjon (stilt i bero)\n"
        "• Trafikksikring ved skulen: Ikkje starta",
        [
            (None, "Ny omsorgsbustad i sentrum", "completed"),
            (None, "Utviding av barnehagen", "partly_completed"),
            (None, "Ny brannstasjon", "paused"),
            (None, "Trafikksikring ved skulen", "not_started"),
        ],
    ),
    (
        "nn",
        "Status for tiltaka 2024\n1.1 Nytt kunstgras på stadion\nTiltaket er gjennomført.\n"
        "1.2 Ny turveg langs fjorden\nArbeidet er i gang.",
        [("1.1", "Nytt kunstgras på stadion", "completed"), ("1.2", "Ny turveg langs fjorden", "in_progress")],
    ),
    (
        "nn",
        "Tiltak\tStatus\nNy bru over elva\tUtsett til 2026\nBreiband i grendene\tGjennomført\nNy kai\tAvlyst",
        [
            (None, "Ny bru over elva", "paused"),
            (None, "Breiband i grendene", "completed"),
            (None, "Ny kai", "cancelled"),
        ],
    ),
    (
        "nn",
        "Status for satsingane\n\nFleire bustader for eldre\nArbeidet er starta, men ikkje avslutta.\n\n"
        "Ny symjehall\nIkkje påbyrja.",
        [(None, "Fleire bustader for eldre", "in_progress"), (None, "Ny symjehall", "not_started")],
    ),
    (
        "nn",
        "Årsmelding 2023\n- Nytt tak på rådhuset – Ferdig\n- Ny gangbru (på vent)",
        [(None, "Nytt tak på rådhuset", "completed"), (None, "Ny gangbru", "paused")],
    ),
    # --- Dutch / Flemish ---
    (
        "nl",
        "Voortgangsrapportage programma Duurzaamheid 2024\n\n1. Energie\n1.1 Zonnepanelen op gemeentelijke gebouwen\n"
        "Afgerond. Alle gebouwen zijn voorzien van panelen.\n1.2 Warmtenet Noord\nLoopt volgens planning.\n"
        "1.3 Laadpalen in de wijken\nVertraagd door netcongestie.\n2. Klimaatadaptatie\n2.1 Vergroening schoolpleinen\n"
        "Nog niet gestart.",
        [
            ("1.1", "Zonnepanelen op gemeentelijke gebouwen", "completed"),
            ("1.2", "Warmtenet Noord", "in_progress"),
            ("1.3", "Laadpalen in de wijken", "in_progress"),
            ("2.1", "Vergroening schoolpleinen", "not_started"),
        ],
    ),
    (
        "nl",
        "Stand van zaken uitvoeringsprogramma 2023\n- Nieuwe fietsbrug over de rivier: afgerond\n"
        "- Herinrichting Marktplein: in uitvoering\n- Sporthal Oost: uitgesteld tot 2025\n"
        "- Groene daken op scholen: geannuleerd",
        [
            (None, "Nieuwe fietsbrug over de rivier", "completed"),
            (None, "Herinrichting Marktplein", "in_progress"),
            (None, "Sporthal Oost", "paused"),
            (None, "Groene daken op scholen", "cancelled"),
        ],
    ),
    (
        "nl",
        "Project\tStatus\nNieuwe bibliotheek\tGereed\nOntmoetingscentrum Zuid\tGedeeltelijk gerealiseerd\n"
        "Kunstgrasveld\tNog niet gestart",
        [
            (None, "Nieuwe bibliotheek", "completed"),
            (None, "Ontmoetingscentrum Zuid", "partly_completed"),
            (None, "Kunstgrasveld", "not_started"),
        ],
    ),
    (
        "nl",
        "Voortgang actieplan 2024\n\nFietsstraat Dorpsweg\nHet project is gestart maar nog niet afgerond.\n\n"
        "Nieuw jeugdhuis\nOpgeleverd in 2023.",
        [(None, "Fietsstraat Dorpsweg", "in_progress"), (None, "Nieuw jeugdhuis", "completed")],
    ),
    (
        "nl",
        "Jaarverslag 2023\n• Renovatie zwembad – stilgelegd\n• Nieuwe speeltuin (afgerond)",
        [(None, "Renovatie zwembad", "paused"), (None, "Nieuwe speeltuin", "completed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_progress_report_item_takes_the_status_on_its_line_or_in_the_sentence_after_it(language, text, expected):
    assert rows(text, language) == expected


NOT_ITEMS = [
    (
        "da",
        "Strategi for bæredygtig udvikling\n1.1 Grøn omstilling\nVi vil reducere udledningen af CO2.\n"
        "1.2 Mobilitet\nVi vil gøre det nemt at cykle.",
    ),
    (
        "nb",
        "Kommuneplanens samfunnsdel\n2.1 Levende sentrum\nVi skal ha et levende sentrum.\n2.2 Klima\n"
        "Kommunen skal bli klimanøytral.",
    ),
    ("nn", "Planstrategi\n1.1 Folkehelse\nVi vil at alle skal ha eit godt liv.\n1.2 Klima\nVi skal kutte utslepp."),
    (
        "nl",
        "Coalitieakkoord 2022-2026\n1.1 Wonen\nWij zorgen voor voldoende betaalbare woningen.\n1.2 Duurzaamheid\n"
        "Wij zorgen voor een sterke lokale economie.",
    ),
    ("nl", "Programma 3 Sociaal domein\nAmbitie\nIedereen doet mee.\nWat willen we bereiken?"),
]


@pytest.mark.parametrize(("language", "text"), NOT_ITEMS)
def test_chapter_headings_of_a_plan_with_goal_sentences_are_no_actions(language, text):
    assert rows(text, language) == []


EVALUATIONS = [
    (
        "da",
        "Midtvejsevaluering af klimaplanen\n2.1 Solceller på skolerne\nSolcellerne blev monteret i 2022.\n"
        "2.2 Grønne busser\nUdbuddet er udskudt til 2025.",
        [("2.1", "Solceller på skolerne", "completed"), ("2.2", "Grønne busser", "paused")],
    ),
    (
        "nb",
        "Midtveisevaluering av klimaplanen\n2.1 Solceller på skolene\nSolcellene ble montert i 2022.\n"
        "2.2 Elektriske busser\nAnbudet er utsatt til 2025.",
        [("2.1", "Solceller på skolene", "completed"), ("2.2", "Elektriske busser", "paused")],
    ),
    (
        "nn",
        "Midtvegsevaluering av klimaplanen\n2.1 Solceller på skulane\nSolcellene vart monterte i 2022.\n"
        "2.2 Elektriske bussar\nAnbodet er utsett til 2025.",
        [("2.1", "Solceller på skulane", "completed"), ("2.2", "Elektriske bussar", "paused")],
    ),
    (
        "nl",
        "Tussenevaluatie klimaatprogramma\n2.1 Zonnepanelen op scholen\nDe panelen werden in 2022 geplaatst.\n"
        "2.2 Elektrische bussen\nDe aanbesteding is uitgesteld tot 2025.",
        [("2.1", "Zonnepanelen op scholen", "completed"), ("2.2", "Elektrische bussen", "paused")],
    ),
    (
        "nl",
        "Projectstatus wijkvernieuwing\n1.1 Nieuw buurthuis\nHet buurthuis is in 2023 verbouwd.\n"
        "1.2 Speeltuin Oost\nDe speeltuin is in voorbereiding.",
        [("1.1", "Nieuw buurthuis", "completed"), ("1.2", "Speeltuin Oost", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), EVALUATIONS)
def test_an_evaluation_reports_on_its_numbered_items_with_dated_events(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "da",
            "Klimaplan 2030\n2.1 Solceller på skolerne\nVi vil montere solceller.\n"
            "2.2 Grønne busser\nVi vil indføre elbusser.",
        ),
        ("nb", "Klimaplan 2030\n2.1 Solceller\nKommunen skal montere solceller.\n2.2 Busser\nVi skal ha elbusser."),
        ("nn", "Klimaplan 2030\n2.1 Solceller\nKommunen skal montere solceller.\n2.2 Bussar\nVi skal ha elbussar."),
        (
            "nl",
            "Klimaatplan 2030\n2.1 Zonnepanelen\nWij willen zonnepanelen op alle scholen.\n"
            "2.2 Bussen\nWij zorgen voor e-bussen.",
        ),
        ("nb", "Evaluering\n1.1 Bakgrunn\nEvalueringen ble drøftet.\n1.2 Metode\nDet er gjennomført intervjuer."),
        ("nl", "Evaluatie\n1.1 Aanleiding\nDe evaluatie is besproken.\n1.2 Methode\nEr zijn interviews afgerond."),
        (
            "da",
            "Evaluering\n2.1 Baggrund\nEvalueringen blev drøftet i udvalget.\n"
            "2.2 Metode\nDer er gennemført interviews.",
        ),
    ],
)
def test_a_plans_numbered_chapters_with_goals_or_method_are_no_actions(language, text):
    assert rows(text, language) == []
