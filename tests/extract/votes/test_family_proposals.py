"""Anaphoric subjects: a proposal named in a heading or lead line, its outcome recorded as
"Het amendement is aangenomen", "Forslaget falt", "Ændringsforslaget blev forkastet" (all languages)."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

# language, proposal and outcome, subject (heading as written; in Nordic minutes the words it gives), proposer,
# proposer_party, outcome, for, against
NAMED = [
    (
        "da",
        "Ændringsforslag fra Enhedslisten\n\nDer afsættes 2 mio. kr. til skolerne.\n\n"
        "Ændringsforslaget blev forkastet.\n",
        "Der afsættes 2 mio. kr. til skolerne",
        None,
        "Enhedslisten",
        "rejected",
        None,
        None,
    ),
    (
        "da",
        "Forslag fra Venstre:\n\nSagen sendes tilbage til udvalget.\n\n"
        "Forslaget blev forkastet med 8 stemmer mod 19.\n",
        "Sagen sendes tilbage til udvalget",
        None,
        "Venstre",
        "rejected",
        8,
        19,
    ),
    (
        "da",
        "Ændringsforslag fra Det Konservative Folkeparti (C):\n\nGrundskylden nedsættes.\n\n"
        "Ændringsforslaget blev vedtaget med 16 stemmer mod 9.\n",
        "Grundskylden nedsættes",
        None,
        "C",
        "adopted",
        16,
        9,
    ),
    (
        "da",
        "Tillægsforslag fra Mette Hansen (F):\n\nDer nedsættes en arbejdsgruppe.\n\nTillægsforslaget blev godkendt.\n",
        "Der nedsættes en arbejdsgruppe",
        "Mette Hansen",
        "F",
        "adopted",
        None,
        None,
    ),
    (
        "da",
        "Ændringsforslag nr. 3 fra Dansk Folkeparti\n\nBusruten bevares.\n\n"
        "For stemte 5 (O)\nImod stemte 20 (A, V, F)\n\nÆndringsforslaget faldt.\n",
        "Ændringsforslag nr. 3 fra Dansk Folkeparti",
        None,
        "Dansk Folkeparti",
        "rejected",
        5,
        20,
    ),
    (
        "nb",
        "Forslag fra SV:\n\nBystyret ber kommunedirektøren utrede gratis buss.\n\n"
        "Forslaget falt med 12 mot 23 stemmer.\n",
        "Bystyret ber kommunedirektøren utrede gratis buss",
        None,
        "SV",
        "rejected",
        12,
        23,
    ),
    (
        "nb",
        "Tilleggsforslag fra Kari Nordmann (MDG):\n\nBystyret ber om en sak om sykkelveier.\n\n"
        "Tilleggsforslaget ble vedtatt med 30 mot 5 stemmer.\n",
        "Bystyret ber om en sak om sykkelveier",
        "Kari Nordmann",
        "MDG",
        "adopted",
        30,
        5,
    ),
    (
        "nb",
        "Endringsforslag fra Høyre, FrP og KrF:\n\nEiendomsskatten fjernes.\n\n"
        "Forslaget ble forkastet med 14 mot 21 stemmer.\n",
        "Eiendomsskatten fjernes",
        None,
        "Høyre, FrP og KrF",
        "rejected",
        14,
        21,
    ),
    (
        "nb",
        "Forslag fra Per Hansen (Ap)\n\nSaken utsettes til neste møte.\n\nForslaget ble enstemmig vedtatt.\n",
        "Saken utsettes til neste møte",
        "Per Hansen",
        "Ap",
        "postponed",  # what it proposes postpones the case
        None,
        0,
    ),
    (
        "nb",
        "Fellesforslag fra Ap, Sp og SV:\n\nSkolen opprettholdes.\n\n"
        "Dette forslaget ble vedtatt med 25 mot 10 stemmer.\n",
        "Skolen opprettholdes",
        None,
        "Ap, Sp og SV",
        "adopted",
        25,
        10,
    ),
    (
        "nn",
        "Framlegg frå Senterpartiet:\n\nKommunestyret ber om ei sak om skulestruktur.\n\n"
        "Framlegget fall med 10 mot 15 røyster.\n",
        "Kommunestyret ber om ei sak om skulestruktur",
        None,
        "Senterpartiet",
        "rejected",
        10,
        15,
    ),
    (
        "nn",
        "Tilleggsframlegg frå Olav Vik (Sp):\n\nKommunestyret ber om ei sak om vegar.\n\n"
        "Tilleggsframlegget vart samrøystes vedteke.\n",
        "Kommunestyret ber om ei sak om vegar",
        "Olav Vik",
        "Sp",
        "adopted",
        None,
        0,
    ),
    (
        "nn",
        "Endringsframlegg frå Høgre og Framstegspartiet:\n\nSkatten vert redusert.\n\n"
        "Framlegget fekk 6 røyster og fall.\n",
        "Skatten vert redusert",
        None,
        "Høgre og Framstegspartiet",
        "rejected",
        6,  # "fekk 6 røyster": the proposal's own votes
        None,
    ),
    (
        "nn",
        "Forslag frå Arbeidarpartiet:\n\nSkulen vert halden oppe.\n\nForslaget vart vedteke med 17 mot 4 røyster.\n",
        "Skulen vert halden oppe",
        None,
        "Arbeidarpartiet",
        "adopted",
        17,
        4,
    ),
    (
        "nn",
        "Framlegg frå Kari Li (KrF)\n\nSaka vert utsett.\n\nFramlegget fall.\n",
        "Saka vert utsett",
        "Kari Li",
        "KrF",
        "rejected",
        None,
        None,
    ),
    (
        "nl",
        "Amendement A5 (GroenLinks, D66): Groene daken\n\n"
        "Het amendement is aangenomen met 21 stemmen voor en 14 tegen.\n",
        "Amendement A5 (GroenLinks, D66): Groene daken",
        None,
        "GroenLinks, D66",
        "adopted",
        21,
        14,
    ),
    (
        "nl",
        "Motie M6 – Stop de bomenkap\n\nDe motie wordt verworpen.\n",
        "Motie M6 – Stop de bomenkap",
        None,
        None,
        "rejected",
        None,
        None,
    ),
    (
        "nl",
        "Motie M12 van de fractie SP: Gratis zwemles\n\nDeze motie werd met algemene stemmen aangenomen.\n",
        "Motie M12 van de fractie SP: Gratis zwemles",
        None,
        "SP",
        "adopted",
        None,
        0,
    ),
    (
        "nl",
        "Amendement 3 (VVD) – Parkeertarieven\n\n"
        "Het amendement werd verworpen met 9 stemmen voor en 24 stemmen tegen.\n",
        "Amendement 3 (VVD) – Parkeertarieven",
        None,
        "VVD",
        "rejected",
        9,
        24,
    ),
    (
        "nl",
        "Motie M3 (SP): Gratis openbaar vervoer\n\nVerworpen met 8 stemmen voor en 27 tegen.\n",
        "Motie M3 (SP): Gratis openbaar vervoer",
        None,
        "SP",
        "rejected",
        8,
        27,
    ),
    (
        "nl",
        "Motie M5 (PvdA): Betaalbare huren\n\nMotie M5 wordt aangehouden.\n",
        "Motie M5 (PvdA): Betaalbare huren",
        None,
        "PvdA",
        "postponed",
        None,
        None,
    ),
    (
        "nl",
        "Amendement A4 (SP) – Huren\nStemuitslag: aangenomen\nVoor: 24, tegen: 11\n",
        "Amendement A4 (SP) – Huren",
        None,
        "SP",
        "adopted",
        24,
        11,
    ),
]


@pytest.mark.parametrize(("language", "body", "subject", "proposer", "party", "outcome", "for_", "against"), NAMED)
def test_an_anaphoric_outcome_is_about_the_proposal_named_above(
    language, body, subject, proposer, party, outcome, for_, against
):
    (row,) = votes(CASE[language] + body, language)
    assert (row.subject, row.proposer, row.proposer_party) == (subject, proposer, party)
    assert (row.outcome, row.votes_for, row.votes_against) == (outcome, for_, against)


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nl",
            "Amendement A1 (VVD): Minder regels\n\nHet amendement wordt verworpen met 10 stemmen voor en 25 tegen.\n\n"
            "Amendement A2 (CDA, SP): Meer groen\n\nHet amendement wordt aangenomen met 30 stemmen voor en 5 tegen.\n\n"
            "Motie M1 (PvdA) – Schoolpleinen\n\nDe motie is aangenomen.\n\n"
            "Het geamendeerde voorstel wordt met algemene stemmen aangenomen.\n",
            [
                ("Amendement A1 (VVD): Minder regels", "rejected"),
                ("Amendement A2 (CDA, SP): Meer groen", "adopted"),
                ("Motie M1 (PvdA) – Schoolpleinen", "adopted"),
                ("Het geamendeerde voorstel wordt met algemene stemmen aangenomen", "adopted"),
            ],
        ),
        (
            "nb",
            "Forslag fra Rødt:\n\nBystyret ber om en sak om gratis SFO.\n\nForslaget falt med 3 mot 32 stemmer.\n\n"
            "Tilleggsforslag fra Ola Berg (H):\n\nBystyret ber om en evaluering.\n\n"
            "Tilleggsforslaget ble vedtatt med 20 mot 15 stemmer.\n\n"
            "Kommunedirektørens innstilling ble enstemmig vedtatt.\n",
            [
                ("Bystyret ber om en sak om gratis SFO", "rejected"),
                ("Bystyret ber om en evaluering", "adopted"),
                ("Kommunedirektørens innstilling", "adopted"),
            ],
        ),
        (
            "da",
            "Ændringsforslag fra Enhedslisten:\n\nDer afsættes 1 mio. kr. til bibliotekerne.\n\n"
            "Ændringsforslaget blev forkastet med 3 stemmer mod 28.\n\n"
            "Økonomiudvalgets indstilling blev godkendt.\n",
            [("Der afsættes 1 mio. kr. til bibliotekerne", "rejected"), ("Økonomiudvalgets indstilling", "adopted")],
        ),
    ],
)
def test_each_proposal_of_a_case_is_its_own_row_beside_the_main_decision(language, body, expected):
    rows = votes(CASE[language] + body, language)
    assert [(r.subject, r.outcome) for r in rows] == expected
    assert len({r.case_number for r in rows}) == 1


def test_a_heading_glued_to_its_outcome_line_ends_before_the_anaphor():
    (row,) = votes(
        CASE["nl"]
        + "Amendement A5 (GroenLinks, D66): Groene daken\n"
        + "Het amendement is aangenomen met 21 stemmen voor en 14 tegen.\n",
        "nl",
    )
    assert (row.subject, row.proposer_party, row.votes_for) == (
        "Amendement A5 (GroenLinks, D66): Groene daken",
        "GroenLinks, D66",
        21,
    )
