"""Family (nb, nn): a member moves a proposal named by a noun phrase in the mover's own sentence, with no
"at"/"å" clause and no colon: "Rune Dahl (MDG) fremmet forslag om avslag på søknaden." / "Ola Vik (Sp) sette
fram framlegg om ny bru over Storelva." The outcome line referring back ("Forslaget falt ...") is about that
proposal: its words after "om" are the subject and the member is the proposer, also when the sentence wraps
onto the next line or the outcome follows on the same line. A mover line ending in a colon introduces the
proposal's text below it, a line without a party bracket names no member, and a question is no proposal.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _rows(language: str, body: str) -> list[tuple]:
    return [(r.subject, r.proposer, r.proposer_party, r.outcome) for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nb",
            "Behandling:\nKari Holm (SV) fremmet forslag om gratis kollektivtransport for ungdom under 20 år.\n"
            "Forslaget falt med 12 mot 27 stemmer.\nInnstillingen ble vedtatt med 27 mot 12 stemmer.\n",
            ("gratis kollektivtransport for ungdom under 20 år", "Kari Holm", "SV", "rejected"),
        ),
        (
            "nb",
            "Per Olav Lie (FrP) la fram et tilleggsforslag om nedsatt eiendomsskatt for pensjonister. "
            "Tilleggsforslaget ble vedtatt med 20 mot 19 stemmer.\n",
            ("nedsatt eiendomsskatt for pensjonister", "Per Olav Lie", "FrP", "adopted"),
        ),
        (
            "nb",
            "Votering:\nAnne Grete Moe (H) fremmet endringsforslag om salg av tomten til\nhøystbydende. "
            "Endringsforslaget fikk 4 stemmer og falt.\n",
            ("salg av tomten til høystbydende", "Anne Grete Moe", "H", "rejected"),
        ),
        (
            "nb",
            "Jon Berg (KrF) kom med forslag om en egen pott på kr 100 000 til frivilligsentralen.\n"
            "Forslaget ble enstemmig vedtatt.\n",
            ("en egen pott på kr 100 000 til frivilligsentralen", "Jon Berg", "KrF", "adopted"),
        ),
        (
            "nb",
            "Siri Lund (R) fremmet forslag om avslag på søknaden.\n"
            "Votering: Forslaget fikk 2 stemmer (R, SV) og falt.\n"
            "Kommunedirektørens innstilling ble vedtatt mot 2 stemmer.\n",
            ("avslag på søknaden", "Siri Lund", "R", "rejected"),
        ),
        (
            "nn",
            "Handsaming:\nOla Vik (Sp) sette fram framlegg om ny bru over Storelva i 2028.\n"
            "Framlegget fall med 8 mot 13 røyster.\nInnstillinga vart vedteken med 13 mot 8 røyster.\n",
            ("ny bru over Storelva i 2028", "Ola Vik", "Sp", "rejected"),
        ),
        (
            "nn",
            "Liv Aune (KrF) gjorde framlegg om gratis leige av idrettshallen for lag og organisasjonar. "
            "Framlegget vart samrøystes vedteke.\n",
            ("gratis leige av idrettshallen for lag og organisasjonar", "Liv Aune", "KrF", "adopted"),
        ),
        (
            "nn",
            "Røysting:\nEirik Hope (FrP) sette fram eit endringsframlegg om sal av tomta til\nhøgstbydande. "
            "Endringsframlegget fekk 3 røyster og fall.\n",
            ("sal av tomta til høgstbydande", "Eirik Hope", "FrP", "rejected"),
        ),
        (
            "nn",
            "Tor Lie (H) kom med framlegg om kr 300 000 til vedlikehald av grendahuset.\n"
            "Framlegget fall med 2 mot 5 røyster.\n",
            ("kr 300 000 til vedlikehald av grendahuset", "Tor Lie", "H", "rejected"),
        ),
        (
            "nn",
            "Randi Fjell (MDG) la fram eit tilleggsframlegg om sykkelparkering ved skulen.\n"
            "Tilleggsframlegget vart vedteke med 9 mot 6 røyster.\n",
            ("sykkelparkering ved skulen", "Randi Fjell", "MDG", "adopted"),
        ),
    ],
)
def test_a_proposal_named_by_a_noun_phrase_is_the_subject_and_its_mover_the_proposer(
    language: str, body: str, expected: tuple
) -> None:
    assert _rows(language, body)[0] == expected


def test_an_om_clause_with_at_still_reads_the_clause() -> None:
    body = (
        "Anne Moe (H) fremmet utsettelsesforslag om at saken utsettes til neste møte.\n"
        "Utsettelsesforslaget falt med 4 mot 5 stemmer.\n"
    )
    assert _rows("nb", body) == [("saken utsettes til neste møte", "Anne Moe", "H", "rejected")]


def test_a_mover_line_ending_in_a_colon_takes_the_quoted_words_below_it() -> None:
    body = "Rune Dahl (MDG) fremmet forslag om utsettelse:\n«Saken utsettes.»\nForslaget falt med 1 mot 8 stemmer.\n"
    assert _rows("nb", body) == [("Saken utsettes", "Rune Dahl", "MDG", "rejected")]


def test_a_question_about_a_matter_is_no_proposal() -> None:
    body = "Liv Aune (KrF) stilte spørsmål om brøyting av gang- og sykkelveier.\nInnstillingen ble enstemmig vedtatt.\n"
    assert _rows("nb", body) == [("Innstillingen", None, None, "adopted")]


def test_the_administration_moving_a_proposal_names_no_member() -> None:
    body = "Kommunedirektøren fremmet forslag om avslag på søknaden.\nForslaget ble enstemmig vedtatt.\n"
    assert all(proposer is None for _, proposer, _, _ in _rows("nb", body))
