"""Proposal headings and lead lines in other shapes: what names a proposal, and what does not (all languages)."""

from __future__ import annotations

import re

import pytest

from tests.extract.votes.helpers import CASE, votes


@pytest.mark.parametrize(
    ("language", "body", "subject", "proposer", "party"),
    [
        (
            "nl",
            "Amendement A1 ingediend door GroenLinks en D66 inzake groene daken\n\nHet amendement wordt aangenomen.\n",
            "Amendement A1 ingediend door GroenLinks en D66 inzake groene daken",
            None,
            "GroenLinks en D66",
        ),
        (
            "nl",
            'Motie "Stop de bomenkap" (GroenLinks)\n\nMotie aangenomen.\n',
            "Motie Stop de bomenkap",
            None,
            "GroenLinks",
        ),
        (
            "nl",
            "Motie M5 (PvdA): Betaalbare huren\n\n"
            "De motie van de PvdA wordt aangenomen met 19 stemmen voor en 16 tegen.\n",
            "Motie M5 (PvdA): Betaalbare huren",
            None,
            "PvdA",
        ),
        (
            "nl",
            "Amendement A5 (GroenLinks, D66): Groene daken\n\n"
            "Stemming over amendement A5: aangenomen (21 voor, 14 tegen)\n",
            "Amendement A5 (GroenLinks, D66): Groene daken",
            None,
            "GroenLinks, D66",
        ),
        (
            "nb",
            "Forslag fra Kari Nordmann (SV) på vegne av SV, Rødt og MDG:\n\nBystyret ber om en sak.\n\n"
            "Forslaget falt med 15 mot 20 stemmer.\n",
            "Bystyret ber om en sak",
            "Kari Nordmann",
            "SV",
        ),
        (
            "nb",
            "Forslag fra Høyre:\n\nEiendomsskatten fjernes.\n\nHøyres forslag falt med 10 mot 25 stemmer.\n",
            "Eiendomsskatten fjernes",
            None,
            "Høyre",
        ),
        (
            "nb",
            "Forslag fra SV om gratis kollektivtransport:\n\nBystyret ber om en sak.\n\nVotering:\n\n"
            "Forslaget fra SV fikk 12 stemmer og falt.\n",
            "Bystyret ber om en sak",
            None,
            "SV",
        ),
        (
            "nb",
            "Kari Nordmann (SV) fremmet følgende forslag:\n\nBystyret ber om en sak om gratis buss.\n\n"
            "Forslaget falt med 12 mot 23 stemmer.\n",
            "Bystyret ber om en sak om gratis buss",
            "Kari Nordmann",
            "SV",
        ),
        (
            "da",
            "Ændringsforslag nr. 1 stillet af Enhedslisten om gratis busser:\n\nDer afsættes 5 mio. kr.\n\n"
            "Ændringsforslaget blev forkastet med 8 stemmer imod 41.\n",
            "Ændringsforslag nr. 1 stillet af Enhedslisten om gratis busser",
            None,
            "Enhedslisten",
        ),
        (
            "nn",
            "Framlegg frå Olav Vik (Sp) på vegner av Sp og KrF:\n\nSkulen vert halden oppe.\n\n"
            "Framlegget fall med 9 mot 16 røyster.\n",
            "Skulen vert halden oppe",
            "Olav Vik",
            "Sp",
        ),
    ],
)
def test_headings_in_other_shapes_and_outcomes_that_name_the_proposal(language, body, subject, proposer, party):
    (row,) = votes(CASE[language] + body, language)
    assert (row.subject, row.proposer, row.proposer_party) == (subject, proposer, party)


def test_a_case_titled_by_a_proposal_is_what_its_anaphor_refers_to():
    (row,) = votes(
        "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\n7.1 Motie M6 (SP) – Stop de bomenkap\n\n"
        "De motie wordt verworpen met 10 stemmen voor en 25 tegen.\n",
        "nl",
    )
    assert (row.case_number, row.subject, row.proposer_party, row.votes_for) == (
        "7.1",
        "Motie M6 (SP) – Stop de bomenkap",
        "SP",
        10,
    )


def test_the_amendment_text_under_its_heading_is_no_decision():
    rows = votes(
        CASE["nl"] + "Amendement A2 (CDA): Fietsparkeren\n\n"
        "De raad, in vergadering bijeen op 9 april 2024, besluit het ontwerpbesluit als volgt te wijzigen.\n\n"
        "Het amendement wordt verworpen.\n",
        "nl",
    )
    assert [(r.subject, r.outcome) for r in rows] == [("Amendement A2 (CDA): Fietsparkeren", "rejected")]


def test_a_number_that_names_another_proposal_is_not_the_one_above():
    (row,) = votes(CASE["nl"] + "Amendement A5 (GroenLinks): Groene daken\n\nAmendement A2 is verworpen.\n", "nl")
    assert (row.subject, row.proposer_party) == ("Amendement A2", None)


@pytest.mark.parametrize(
    ("language", "body", "proposer", "party"),
    [
        (
            "nb",
            "SV v/Kari Nordmann fremmet følgende forslag:\n\nBystyret ber om en sak.\n\n"
            "Forslaget falt med 12 mot 23 stemmer.\n",
            "Kari Nordmann",
            "SV",
        ),
        (
            "nb",
            "Ap, Sp og SV la fram dette fellesforslaget:\n\nSkolen opprettholdes.\n\n"
            "Fellesforslaget ble vedtatt med 25 mot 10 stemmer.\n",
            None,
            "Ap, Sp og SV",
        ),
        (
            "da",
            "Enhedslisten stillede følgende ændringsforslag:\n\nDer afsættes 2 mio. kr.\n\n"
            "Ændringsforslaget blev forkastet med 5 stemmer mod 26.\n",
            None,
            "Enhedslisten",
        ),
        (
            "nl",
            "GroenLinks dient het volgende amendement in:\n\nHet ontwerpbesluit te wijzigen.\n\n"
            "Het amendement wordt verworpen met 11 stemmen voor en 24 tegen.\n",
            None,
            "GroenLinks",
        ),
        (
            "nn",
            "Senterpartiet v/ Olav Vik la fram slikt framlegg:\n\nSkulen vert halden oppe.\n\n"
            "Framlegget fall med 9 mot 16 røyster.\n",
            "Olav Vik",
            "Senterpartiet",
        ),
    ],
)
def test_a_lead_line_naming_party_or_member_names_the_proposal(language, body, proposer, party):
    (row,) = votes(CASE[language] + body, language)
    lead, _, words = body.partition(":")
    first = re.split(r"\.(?=\s+[A-ZÆØÅ]|\s*$)", " ".join(words.split()))[0]  # Nordic minutes: the words it gives
    assert (row.subject, row.proposer, row.proposer_party) == (lead if language == "nl" else first, proposer, party)


def test_the_administrations_lead_line_names_no_proposal():
    (row,) = votes(
        CASE["nb"]
        + "Kommunedirektøren fremmet følgende forslag:\n\nPlanen vedtas.\n\nForslaget ble enstemmig vedtatt.\n",
        "nb",
    )
    assert (row.subject, row.proposer, row.proposer_party) == ("Budsjett 2024", None, None)


def test_a_single_name_that_is_no_party_is_the_proposer():
    (row,) = votes(CASE["nb"] + "Forslag fra Mohamed:\n\nSaken utsettes.\n\nForslaget falt.\n", "nb")
    assert (row.subject, row.proposer, row.proposer_party) == ("Saken utsettes", "Mohamed", None)


@pytest.mark.parametrize(
    ("body", "party"),
    [
        (
            "Motie vreemd aan de orde van de dag: Stop de bomenkap (GroenLinks)\n\nDe motie wordt verworpen.\n",
            "GroenLinks",
        ),
        ("Amendement: Groene daken (D66 en CDA)\n\nHet amendement is aangenomen.\n", "D66 en CDA"),
        ("Motie: Speeltuinen in elke wijk (fase 2)\n\nDe motie is aangenomen.\n", None),
    ],
)
def test_parties_in_a_bracket_after_the_title(body, party):
    (row,) = votes(CASE["nl"] + body, "nl")
    assert (row.subject, row.proposer_party) == (body.split("\n")[0], party)


def test_a_committee_step_in_a_case_titled_by_a_proposal_stays_a_row():
    rows = votes(
        "Byrådet\n\nMødedato: 27. januar 2020\n\n15. Forslag fra Venstre om parkering\n\n"
        "Økonomiudvalgets beslutning\n\nIndstillingen blev vedtaget.\n\nForslaget blev forkastet.\n",
        "da",
    )
    assert [(r.subject, r.outcome) for r in rows] == [
        ("Indstillingen", "adopted"),
        ("Forslag fra Venstre om parkering", "rejected"),
    ]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nb",
            "Forslag fra SV:\n\nBystyret ber om en sak om gratis buss.\n\nVotering:\n\n"
            "Innstillingen ble vedtatt med 30 mot 5 stemmer.\n\nForslaget falt med 5 mot 30 stemmer.\n",
            [("Innstillingen", "adopted"), ("Bystyret ber om en sak om gratis buss", "rejected")],
        ),
        (
            "nl",
            "Motie M2 (SP): Gratis zwemles\n\nDe raad verzoekt het college gratis zwemles aan te bieden.\n\n"
            "Het raadsvoorstel wordt met algemene stemmen aangenomen.\n\nDe motie wordt verworpen.\n",
            [
                ("Klimaatadaptatie", "adopted"),  # an adoption naming only the case: the point
                ("Motie M2 (SP): Gratis zwemles", "rejected"),
            ],
        ),
    ],
)
def test_a_vote_between_a_proposals_text_and_its_outcome_is_its_own_row(language, body, expected):
    rows = votes(CASE[language] + body, language)
    assert [(r.subject, r.outcome) for r in rows] == expected
