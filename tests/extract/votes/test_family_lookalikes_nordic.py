"""Family 8 for Danish and Norwegian, second round: texts that look like decisions but record none.

Reports, strategies, programmes and news retell an adoption ("Programmet ble vedtatt enstemmig i
kommunestyret i desember.") or announce one ("Formannskapet har tilrådd at framlegget vert vedteke.");
minutes carry attendance lines, agendas and plan names. None of them is a row: a row always points at a
decision block, an outcome phrase or a counted vote of the meeting itself.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

REPORTS = [
    (
        "da",
        "Årsrapport 2023\n\nI 2023 blev klimahandleplanen vedtaget af Byrådet, og 18 af 32 indsatser er gennemført.\n",
    ),
    ("da", "Status på handleplanen\n\nByrådet godkendte i juni en samlet ramme på 40 mio. kr. Projektet er i gang.\n"),
    ("da", "Erhvervsstrategi 2024-2028\n\nStrategien blev enstemmigt vedtaget i Kommunalbestyrelsen i februar.\n"),
    ("da", "Sundhedspolitik\n\nPolitikken blev godkendt af Byrådet sidste år og gælder til 2026.\n"),
    ("da", "Evaluering\n\nKommunalbestyrelsen besluttede på den baggrund at fortsætte politikken uændret.\n"),
    ("da", "Budget 2025\n\nBudgettet blev vedtaget i oktober efter to behandlinger.\n"),
    ("nb", "Årsrapport 2023\n\nKlimaplanen ble vedtatt av kommunestyret i fjor, og 12 av 20 tiltak er gjennomført.\n"),
    ("nb", "Handlingsprogram 2024-2027\n\nProgrammet ble vedtatt enstemmig i kommunestyret i desember.\n"),
    ("nb", "Status\n\nBystyret vedtok i juni å bevilge 40 mill. kr. til prosjektet.\n"),
    ("nb", "Kulturstrategi\n\nStrategien ble godkjent av formannskapet i mars og gjelder for fire år.\n"),
    ("nb", "Om planen\n\nPlanen ble vedtatt i bystyret i høst etter en bred medvirkningsprosess.\n"),
    (
        "nn",
        "Årsmelding 2023\n\nKlimaplanen vart vedteken av kommunestyret i fjor, og 12 av 20 tiltak er gjennomførte.\n",
    ),
    ("nn", "Handlingsprogram 2024-2027\n\nProgrammet vart samrøystes vedteke i kommunestyret i desember.\n"),
    ("nn", "Status\n\nHeradsstyret vedtok i juni å løyve 40 mill. kr. til prosjektet.\n"),
    ("nn", "Kulturstrategi\n\nStrategien vart godkjend av formannskapet i mars og gjeld for fire år.\n"),
    ("nn", "Om planen\n\nPlanen vart vedteken i kommunestyret i haust etter brei medverknad.\n"),
]

ANNOUNCEMENTS = [
    ("da", "Nyhed\n\nØkonomiudvalget har indstillet, at forslaget vedtages af Byrådet.\n"),
    ("da", "Nyhed\n\nForvaltningen har anbefalet, at planen godkendes på næste møde.\n"),
    ("da", "Nyheder\n\nUdvalget har bedt om, at sagen bliver godkendt inden sommerferien.\n"),
    ("da", "Nyhed\n\nByrådet skal på torsdag tage stilling til den nye skolestruktur.\n"),
    ("da", "Nyhed\n\nBorgmesteren har foreslået, at budgettet vedtages uændret.\n"),
    ("nb", "Nyhet\n\nFormannskapet har innstilt på at forslaget vedtas av kommunestyret.\n"),
    ("nb", "Nyhet\n\nKommunedirektøren har tilrådd at planen godkjennes.\n"),
    ("nb", "Nyhet\n\nUtvalget har foreslått at saken vedtas før sommeren.\n"),
    ("nb", "Nyhet\n\nOrdføreren har anbefalt at budsjettet blir vedtatt uendret.\n"),
    ("nb", "Nyhet\n\nKommunestyret skal på torsdag behandle ny skolestruktur.\n"),
    ("nn", "Nyheit\n\nFormannskapet har tilrådd at framlegget vert vedteke.\n"),
    ("nn", "Nyheit\n\nKommunedirektøren har innstilt på at planen vert godkjend.\n"),
    ("nn", "Nyheit\n\nUtvalet har gjort framlegg om at saka vert vedteken før sommaren.\n"),
    ("nn", "Nyheit\n\nOrdføraren har føreslått at budsjettet vert vedteke utan endringar.\n"),
    ("nn", "Nyheit\n\nKommunestyret skal på torsdag handsame ny skulestruktur.\n"),
]

FORMALITIES = [
    ("da", "Byrådet\nMødedato: 24. april 2024\n\nFraværende: Jens Hansen (V)\nMødet blev hævet kl. 21.10.\n"),
    ("da", "Økonomiudvalget\nMødedato: 10-04-2024\n\nAfbud: Ingen\nBemærkninger: Mødet sluttede kl. 17.30\n"),
    ("da", "Dagsorden\nØkonomiudvalget\nMødedato: 10-04-2024\n\n1. Godkendelse af dagsorden\n2. Eventuelt\n"),
    ("da", "Planer og politikker\n\nVedtaget Kommuneplan 2021-2033\nGodkendt lokalplan 1130 for Bymidten\n"),
    ("da", "Byrådet\nMødedato: 24. april 2024\n\nStedfortræder: Anne Holm (V) deltog i stedet for Jens Hansen.\n"),
    ("nb", "Formannskapet\nMøtedato: 09.11.2023\n\nForfall: Per Olsen (H)\nMøtet ble hevet kl. 19.45.\n"),
    (
        "nb",
        "Innkalling\n\nKommunestyret\nMøtedato: 14.11.2023\n\nSaksliste\nPS 41/23 Budsjett 2024\nPS 42/23 Eventuelt\n",
    ),
    ("nb", "Planer\n\nVedtatt kommuneplan 2020-2032\nGodkjent reguleringsplan for Sentrum\n"),
    ("nb", "Formannskapet\nMøtedato: 09.11.2023\n\nVaramedlem: Anne Berg (H) møtte for Per Olsen.\n"),
    ("nb", "Kommunestyret\nMøtedato: 14.11.2023\n\nTil stede: 31 av 35 medlemmer.\n"),
    ("nn", "Formannskapet\nMøtedato: 09.11.2023\n\nForfall: Per Olsen (H)\nMøtet vart heva kl. 19.45.\n"),
    (
        "nn",
        "Innkalling\n\nKommunestyret\nMøtedato: 14.11.2023\n\nSakliste\nPS 41/23 Budsjett 2024\nPS 42/23 Eventuelt\n",
    ),
    ("nn", "Planar\n\nVedteken kommuneplan 2020-2032\nGodkjend reguleringsplan for sentrum\n"),
    ("nn", "Formannskapet\nMøtedato: 09.11.2023\n\nVaramedlem: Anne Berg (H) møtte for Per Olsen.\n"),
    ("nn", "Kommunestyret\nMøtedato: 14.11.2023\n\nTil stades: 31 av 35 medlemmer.\n"),
]


@pytest.mark.parametrize(("language", "text"), REPORTS)
def test_a_report_or_strategy_retelling_an_adoption_gives_no_row(language, text):
    assert votes(text, language) == []


@pytest.mark.parametrize(("language", "text"), ANNOUNCEMENTS)
def test_a_recommendation_or_an_announced_treatment_in_news_gives_no_row(language, text):
    assert votes(text, language) == []


@pytest.mark.parametrize(("language", "text"), FORMALITIES)
def test_attendance_agenda_lines_and_plan_names_give_no_row(language, text):
    assert votes(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "outcome"),
    [
        ("da", "Byrådet\nMødedato: 24. april 2024\n\n45. Salg af grund\n\nBeslutning\nGodkendt.\n", "adopted"),
        ("nb", "Kommunestyret\nMøtedato: 14.11.2023\n\nPS 41/23 Salg av tomt\n\nVedtak:\nTomta selges.\n", "adopted"),
        ("nn", "Kommunestyret\nMøtedato: 14.11.2023\n\nPS 41/23 Sal av tomt\n\nVedtak:\nTomta vert seld.\n", "adopted"),
    ],
)
def test_the_meetings_own_decision_beside_such_lines_is_still_a_row(language, text, outcome):
    assert [r.outcome for r in votes(text, language)] == [outcome]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Nyhed\n\nByrådet godkendte mandag 12. februar lukningen af skolen i Nordby.\n"),
        ("da", "Nyhed\n\nØkonomiudvalget vedtog torsdag 7. marts at sælge grunden ved havnen.\n"),
        ("nb", "Nyhet\n\nFormannskapet vedtok tirsdag 12. februar å anbefale at skolen legges ned.\n"),
        ("nb", "Nyhet\n\nBystyret vedtok torsdag 7. mars å selge tomta ved havna.\n"),
        ("nn", "Nyheit\n\nFormannskapet vedtok tysdag 12. februar å tilrå at skulen vert lagd ned.\n"),
        ("nn", "Nyheit\n\nKommunestyret vedtok torsdag 7. mars å selje tomta ved hamna.\n"),
    ],
)
def test_news_reporting_this_weeks_decision_is_a_row(language, text):
    assert [r.outcome for r in votes(text, language)] == ["adopted"]
