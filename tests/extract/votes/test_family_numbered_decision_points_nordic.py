"""A decision block written only as numbered points (da, nb, nn): "Utvalet gjorde slikt vedtak:\\n1. Ramma vert
fordelt ...\\n2. Gebyra aukar ...", "Vedtak:\\n1) ...\\n2) ...", "Beslutning:\\na) ...\\nb) ..." records one decision
per point, each about its own text. A block that says something before its points, or holds one point only,
stays one decision."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

POINTED = [
    (
        "da",
        "Beslutning:\n1. Rammen fordeles efter bilag 2.\n2. Taksterne hæves med 3 procent.\n",
        ["Rammen fordeles efter bilag 2", "Taksterne hæves med 3 procent"],
    ),
    (
        "da",
        "Udvalget traf følgende beslutning:\n1) Tilskuddet bevilges.\n2) Tilskuddet udbetales i to rater.\n",
        ["Tilskuddet bevilges", "Tilskuddet udbetales i to rater"],
    ),
    (
        "da",
        "Beslutning:\na) Puljen fordeles ligeligt.\nb) Restbeløbet overføres til 2027.\n",
        ["Puljen fordeles ligeligt", "Restbeløbet overføres til 2027"],
    ),
    (
        "da",
        "Beslutning\n  1. Skolen renoveres i 2027.\n  2. Udgiften finansieres af anlægspuljen.\n"
        "  3. Projektet evalueres efter et år.\n",
        ["Skolen renoveres i 2027", "Udgiften finansieres af anlægspuljen", "Projektet evalueres efter et år"],
    ),
    (
        "da",
        "Beslutning:\n1. Lokalplanen vedtages endeligt.\n2. Indsigelserne besvares som foreslået.\n",
        ["Lokalplanen vedtages endeligt", "Indsigelserne besvares som foreslået"],
    ),
    (
        "nb",
        "Vedtak:\n1. Rammen fordeles etter vedlegg 2.\n2. Gebyrene økes med 3 prosent.\n",
        ["Rammen fordeles etter vedlegg 2", "Gebyrene økes med 3 prosent"],
    ),
    (
        "nb",
        "Utvalget gjorde slikt vedtak:\n1) Tilskuddet innvilges.\n2) Restmidlene overføres til 2027.\n",
        ["Tilskuddet innvilges", "Restmidlene overføres til 2027"],
    ),
    (
        "nb",
        "Formannskapet fattet følgende vedtak:\na) Planen vedtas.\nb) Tiltakene prioriteres i budsjettet.\n",
        ["Planen vedtas", "Tiltakene prioriteres i budsjettet"],
    ),
    (
        "nb",
        "Vedtak\n  1. Skolen rehabiliteres.\n  2. Kostnaden dekkes av fond.\n  3. Arbeidet starter i 2027.\n",
        ["Skolen rehabiliteres", "Kostnaden dekkes av fond", "Arbeidet starter i 2027"],
    ),
    (
        "nb",
        "VEDTAK:\n1. Reguleringsplanen vedtas.\n2. Merknadene besvares som foreslått.\n",
        ["Reguleringsplanen vedtas", "Merknadene besvares som foreslått"],
    ),
    (
        "nn",
        "Utvalet gjorde slikt vedtak:\n1. Ramma på 300 000 kr vert fordelt etter vedlegg 2.\n"
        "2. Gebyra aukar med 2 prosent.\n",
        ["Ramma på 300 000 kr vert fordelt etter vedlegg 2", "Gebyra aukar med 2 prosent"],
    ),
    (
        "nn",
        "Vedtak:\n1) Tilskotet vert løyvt.\n2) Restmidlane vert overførte til 2027.\n",
        ["Tilskotet vert løyvt", "Restmidlane vert overførte til 2027"],
    ),
    (
        "nn",
        "Hovudutvalet gjorde slikt vedtak:\na) Planen gjeld frå 1. januar 2027.\n"
        "b) Tiltaka vert prioriterte i budsjettet.\n",
        ["Planen gjeld frå 1. januar 2027", "Tiltaka vert prioriterte i budsjettet"],
    ),
    (
        "nn",
        "Vedtak\n  1. Skulen vert rehabilitert.\n  2. Kostnaden vert dekt av fond.\n  3. Arbeidet tek til i 2027.\n",
        ["Skulen vert rehabilitert", "Kostnaden vert dekt av fond", "Arbeidet tek til i 2027"],
    ),
    (
        "nn",
        "VEDTAK:\n1. Reguleringsplanen gjeld for heile sentrum.\n2. Merknadene vert svara ut som føreslått.\n",
        ["Reguleringsplanen gjeld for heile sentrum", "Merknadene vert svara ut som føreslått"],
    ),
]


@pytest.mark.parametrize(("language", "block", "subjects"), POINTED)
def test_a_decision_written_as_points_is_one_row_per_point(language, block, subjects):
    rows = votes(CASE[language] + block, language)
    assert [(r.outcome, r.subject) for r in rows] == [("adopted", s) for s in subjects]


ONE = [
    ("da", "Beslutning:\nGodkendt med følgende præcisering:\n1. Rammen fordeles efter bilag 2.\n2. Taksterne hæves.\n"),
    ("da", "Beslutning:\n1. Rammen fordeles efter bilag 2.\n"),
    ("nb", "Vedtak:\nPlanen vedtas med disse endringene:\n1. Rammen fordeles etter vedlegg 2.\n2. Gebyrene økes.\n"),
    ("nb", "Vedtak:\n1. Rammen fordeles etter vedlegg 2.\n"),
    ("nn", "Vedtak:\nPlanen vert vedteken med desse endringane:\n1. Ramma vert fordelt.\n2. Gebyra aukar.\n"),
    ("nn", "Vedtak:\n1. Ramma vert fordelt etter vedlegg 2.\n"),
]


@pytest.mark.parametrize(("language", "block"), ONE)
def test_points_after_a_decision_sentence_or_a_single_point_stay_one_decision(language, block):
    assert len(votes(CASE[language] + block, language)) == 1
