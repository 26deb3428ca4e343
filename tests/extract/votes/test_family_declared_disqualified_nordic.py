"""A member declared disqualified by the meeting (da, nb, nn): "X bad om fritak i sak 12/26 og vart samrøystes
kjend ugild", "X ble enstemmig erklært inhabil", "X blev enstemmigt erklæret inhabil" is a decision of its own,
adopted, unanimous when stated, its subject the sentence (without a note label before it). Stated without the
meeting's vote ("X ble erklært inhabil og fratrådte"), or a member merely absent for disqualification, it records
a fact, not a decision: no row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

DECLARED = [
    ("da", "Ole Bak (V) blev enstemmigt erklæret inhabil.\n", "Ole Bak (V) blev enstemmigt erklæret inhabil"),
    (
        "da",
        "Bemærkning: Lise Kjær (A) bad om at blive erklæret inhabil og blev enstemmigt erklæret inhabil.\n",
        "Lise Kjær (A) bad om at blive erklæret inhabil og blev enstemmigt erklæret inhabil",
    ),
    (
        "da",
        "Kim Dahl (C) blev enstemmigt erklæret inhabil og forlod mødet under punktet.\n",
        "Kim Dahl (C) blev enstemmigt erklæret inhabil og forlod mødet under punktet",
    ),
    (
        "da",
        "Formanden Jens Holm (V) blev enstemmigt fundet inhabil i sagen.\n",
        "Formanden Jens Holm (V) blev enstemmigt fundet inhabil i sagen",
    ),
    ("da", "Anne Juul (C) var enstemmigt erklæret inhabil\n", "Anne Juul (C) var enstemmigt erklæret inhabil"),
    (
        "nb",
        "Merknad: Per Li (H) ba om fritak i sak 12/26 og ble enstemmig erklært inhabil.\n",
        "Per Li (H) ba om fritak i sak 12/26 og ble enstemmig erklært inhabil",
    ),
    (
        "nb",
        "Kari Holm (Sp) ble enstemmig erklært inhabil og fratrådte.\n",
        "Kari Holm (Sp) ble enstemmig erklært inhabil og fratrådte",
    ),
    (
        "nb",
        "Ordfører Elin Vik (Ap) ble enstemmig kjent inhabil i saken.\n",
        "Ordfører Elin Vik (Ap) ble enstemmig kjent inhabil i saken",
    ),
    (
        "nb",
        "Trond Fjeld (H) ble enstemmig funnet inhabil etter forvaltningsloven § 6.\n",
        "Trond Fjeld (H) ble enstemmig funnet inhabil etter forvaltningsloven § 6",
    ),
    ("nb", "Merknad: Siri Dahl (V) ble enstemmig erklært ugild.\n", "Siri Dahl (V) ble enstemmig erklært ugild"),
    (
        "nn",
        "Merknad: Åse Li (Ap) bad om fritak i sak 061/26 og vart samrøystes kjend ugild.\n",
        "Åse Li (Ap) bad om fritak i sak 061/26 og vart samrøystes kjend ugild",
    ),
    (
        "nn",
        "Olav Haug (Sp) vart samrøystes kjend ugild og gjekk ut av salen.\n",
        "Olav Haug (Sp) vart samrøystes kjend ugild og gjekk ut av salen",
    ),
    (
        "nn",
        "Leiaren Geir Berg (Sp) vart samrøystes kjend inhabil.\n",
        "Leiaren Geir Berg (Sp) vart samrøystes kjend inhabil",
    ),
    (
        "nn",
        "Randi Matre (KrF) vart samrøystes funnen ugild i saka\n",
        "Randi Matre (KrF) vart samrøystes funnen ugild i saka",
    ),
    ("nn", "Merknad: Nils Dale (H) vart samrøystes erklært ugild.\n", "Nils Dale (H) vart samrøystes erklært ugild"),
]


@pytest.mark.parametrize(("language", "line", "subject"), DECLARED)
def test_a_member_declared_disqualified_by_the_meeting_is_a_decision_of_its_own(language, line, subject):
    rows = votes(CASE[language] + line, language)
    assert [(r.outcome, r.subject, r.unanimous) for r in rows] == [("adopted", subject, True)]


ABSENT = [
    ("da", "Kim Dahl (C) blev erklæret inhabil og forlod mødet under punktet.\n"),
    ("nb", "Per Lund (H) ble erklært inhabil og fratrådte under behandlingen.\n"),
    ("nn", "Olav Haug (Sp) vart kjend ugild og gjekk ut av salen.\n"),
    ("da", "Hanne Lyng (F) deltog ikke i behandlingen af punktet på grund af inhabilitet.\n"),
    ("da", "Spørgsmålet om inhabilitet blev ikke rejst.\n"),
    ("nb", "Kari Holm (Sp) deltok ikke i behandlingen på grunn av inhabilitet.\n"),
    ("nb", "Spørsmålet om inhabilitet ble vurdert av kommunedirektøren.\n"),
    ("nn", "Olav Haug (Sp) gjekk frå på grunn av ugildskap.\n"),
    ("nn", "Ugildskap vart ikkje teke opp.\n"),
]


@pytest.mark.parametrize(("language", "line"), ABSENT)
def test_disqualification_stated_as_a_fact_or_an_absence_decides_nothing(language, line):
    assert votes(CASE[language] + line, language) == []
