"""Items that decide nothing give no row: a question or interpellation answered, a proposal withdrawn by
its mover, a case taken off the agenda, a proposal put forward that never came to a vote, a vote label followed by
speaking turns or explanations of vote, the chair opening or closing the meeting. Look-alikes still decide: an
answer taken for information after it (noted, about the case), and a proposal put forward and then voted on. All
sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("da", "Beslutning\nBorgmesteren besvarede spørgsmålet.\n"),
        ("da", "Beslutning\nUdvalgsformanden besvarede spørgsmålene mundtligt.\n"),
        ("da", "Beslutning\nRådmand Jens Holm svarede på spørgsmålet fra Enhedslisten.\n"),
        ("da", "Beslutning\nBorgmester Lene Dahl (A) besvarede interpellationen.\n"),
        ("da", "Beslutning\nKommunaldirektøren svarer på henvendelsen ved næste møde.\n"),
        ("nb", "Vedtak:\nOrdføreren besvarte spørsmålet.\n"),
        ("nb", "Vedtak:\nRådmannen svarte på interpellasjonen fra Kari Nordmann (SV).\n"),
        ("nb", "Vedtak:\nOrdfører Per Olsen (H) besvarte spørsmålene muntlig.\n"),
        ("nb", "Vedtak:\nKommunedirektøren svarer på henvendelsen i neste møte.\n"),
        ("nb", "Vedtak:\nVaraordføreren besvarte interpellasjonen.\n"),
        ("nn", "Vedtak:\nOrdføraren svarte på spørsmålet.\n"),
        ("nn", "Vedtak:\nKommunedirektøren svara på interpellasjonen.\n"),
        ("nn", "Vedtak:\nOrdførar Liv Vik (Ap) svarte på spørsmåla munnleg.\n"),
        ("nn", "Vedtak:\nVaraordføraren besvarte interpellasjonen.\n"),
        ("nn", "Vedtak:\nRådmannen svarar på førespurnaden i neste møte.\n"),
        ("nl", "Besluit\nDe wethouder beantwoordt de vragen.\n"),
        ("nl", "De heer Jansen (CDA) stelt vragen over de busverbinding. Wethouder Smit beantwoordt de vragen.\n"),
        ("nl", "Besluit\nDe burgemeester beantwoordt de schriftelijke vragen van de fractie.\n"),
        ("nl", "De voorzitter opent de vergadering om 19.30 uur en heet iedereen welkom.\n"),
        ("nl", "Besluit\nDe voorzitter sluit de vergadering om 22.15 uur.\n"),
    ],
)
def test_an_answer_or_the_chairs_opening_decides_nothing(language, body):
    assert votes(CASE[language] + body, language) == []


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("da", "Beslutning\nÆndringsforslaget fra Venstre blev trukket tilbage.\n"),
        ("da", "Beslutning\nForslaget blev trukket af forslagsstilleren.\n"),
        (
            "da",
            "Beslutning\nMette Kure (F) stillede forslag om, at sagen\nsendes tilbage til forvaltningen.\n"
            "Forslaget kom ikke til afstemning.\n",
        ),
        ("da", "Beslutning\nTillægsforslaget fra SF blev trukket.\n"),
        ("da", "Beslutning\nForslaget fra Dansk Folkeparti blev ikke sat til afstemning.\n"),
        ("nb", "Vedtak:\nForslaget fra Venstre ble trukket tilbake.\n"),
        ("nb", "Vedtak:\nEndringsforslaget ble trukket.\n"),
        (
            "nb",
            "Behandling\nOla Dahl (Frp) fremmet forslag om at saken\nsendes tilbake til administrasjonen.\n"
            "Forslaget ble ikke satt under votering.\n",
        ),
        ("nb", "Vedtak:\nTilleggsforslaget fra KrF ble trukket tilbake.\n"),
        ("nb", "Vedtak:\nForslaget fra Rødt kom ikke til votering.\n"),
        ("da", "Beslutning\nSagen blev trukket fra dagsordenen.\n"),
        ("nb", "Vedtak:\nSaken ble trukket.\n"),
        ("nn", "Vedtak:\nSaka vart trekt.\n"),
        ("nn", "Vedtak:\nFramlegget frå Sp vart trekt.\n"),
        ("nn", "Vedtak:\nEndringsframlegget vart trekt attende.\n"),
        (
            "nn",
            "Handsaming\nOla Li (H) sette fram framlegg om at saka\nvert send attende til administrasjonen.\n"
            "Framlegget vart ikkje røysta over.\n",
        ),
        ("nn", "Vedtak:\nTilleggsframlegget frå KrF vart trekt.\n"),
        ("nn", "Vedtak:\nFramlegget frå Raudt kom ikkje til røysting.\n"),
        ("nl", "Besluit\nDe motie is ingetrokken.\n"),
        ("nl", "Besluit\nHet amendement wordt ingetrokken door de indiener.\n"),
        (
            "nl",
            "Stemmingen\nStemmingen over het punt\nDe heer Pieters (CDA) legt een stemverklaring af.\n"
            "Mevrouw De Vries (D66) legt een stemverklaring af.\n",
        ),
        (
            "nl",
            "Stemverklaring\nDe fractie van de VVD zal tegen het voorstel stemmen omdat de kosten te hoog zijn.\n",
        ),
        ("nl", "Besluit\nDe motie wordt op verzoek van de indieners ingetrokken.\n"),
    ],
)
def test_a_proposal_withdrawn_or_never_voted_decides_nothing(language, body):
    assert votes(CASE[language] + body, language) == []


def test_a_vote_label_above_speaking_turns_only_decides_nothing():
    body = "Votering\nOla Hansen (H) sa seg inhabil.\nKari Berg (Ap) hadde ordet.\n"
    assert votes(CASE["nb"] + body, "nb") == []


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # an answer taken for information: the case is noted
        (
            "da",
            "Beslutning\nBorgmesteren besvarede spørgsmålet. Svaret blev taget til efterretning.\n",
            ("Budget 2021", "noted"),
        ),
        # the case taken off the agenda for a named later meeting is put off
        ("da", "Beslutning\nSagen blev trukket og behandles på næste møde.\n", ("Budget 2021", "postponed")),
        # a proposal put forward, then voted on: the vote is its row
        (
            "nb",
            "Behandling\nKari Lie (SV) foreslo at planen\nsendes tilbake.\nVotering\n"
            "Forslaget falt med 10 mot 25 stemmer.\n",
            ("planen sendes tilbake", "rejected"),
        ),
    ],
)
def test_look_alikes_still_decide(language, body, expected):
    assert [(r.subject, r.outcome) for r in votes(CASE[language] + body, language)] == [expected]


def test_a_proposal_put_forward_is_no_outcome_of_its_own():
    """ "Ordføraren sette fram framlegg om at saka / vert utsett.": the wording is the proposal's, the vote
    on it ("Framlegget vart samrøystes vedteke.") is the only row."""
    body = (
        "Handsaming\nOrdføraren sette fram framlegg om at saka\nvert utsett.\nRøysting\n"
        "Framlegget vart samrøystes vedteke.\n"
    )
    rows = votes(CASE["nn"] + body, "nn")
    assert [(r.outcome, r.unanimous) for r in rows] == [("adopted", True)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("da", "Beslutning\nBorgmesteren åbnede mødet og bød velkommen.\n"),
        ("da", "Beslutning\nMødet blev hævet kl. 21.30.\n"),
        ("nb", "Vedtak:\nOrdføreren åpnet møtet kl. 18.00 og ønsket velkommen.\n"),
        ("nb", "Vedtak:\nMøtet ble hevet kl. 22.10.\n"),
        ("nn", "Vedtak:\nOrdføraren opna møtet og ønskte velkomen.\n"),
        ("nn", "Vedtak:\nMøtet vart heva kl. 21.45.\n"),
    ],
)
def test_opening_or_closing_the_meeting_under_a_decision_label_decides_nothing(language, body):
    assert votes(CASE[language] + body, language) == []


def test_moving_a_meeting_is_a_decision():
    rows = votes(CASE["nb"] + "Vedtak:\nMøtet i juni flyttes til 20. juni.\n", "nb")
    assert [(r.subject, r.outcome) for r in rows] == [("Møtet i juni flyttes til 20. juni", "adopted")]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("da", "Afstemning\nMogens Lund (V) tog ordet.\nHanne Skov (A) tog ordet.\n"),
        ("da", "Beslutning\nStemmeforklaring fra Dansk Folkeparti: Vi stemmer imod, fordi udgiften er for høj.\n"),
        ("nb", "Vedtak:\nStemmeforklaring fra Frp: Vi stemmer mot fordi kostnaden er for høy.\n"),
        ("nb", "Votering\nStemmeforklaring: Høyre stemmer for innstillingen.\n"),
        ("nn", "Røysting\nOla Li (H) hadde ordet.\nKari Vik (Sp) hadde ordet.\n"),
        ("nn", "Vedtak:\nRøysteforklaring frå Sp: Vi røystar mot fordi kostnaden er for høg.\n"),
    ],
)
def test_speaking_turns_or_an_explanation_of_vote_decide_nothing(language, body):
    assert votes(CASE[language] + body, language) == []


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("da", "Beslutning\nStemmeforklaring fra DF: Vi stemmer imod.\nGodkendt.\n", ("Budget 2021", "adopted", None)),
        (
            "nb",
            "Vedtak:\nStemmeforklaring fra Frp: Vi stemmer mot.\nInnstillingen ble vedtatt med 30 mot 5 stemmer.\n",
            ("Innstillingen", "adopted", 30),
        ),
    ],
)
def test_a_decision_after_an_explanation_of_vote_still_decides(language, body, expected):
    rows = votes(CASE[language] + body, language)
    assert [(r.subject, r.outcome, r.votes_for) for r in rows] == [expected]
