"""Norwegian vote lines (nb, nn) in every order: an adverb between auxiliary and participle, a participle
line with counts but no auxiliary, 'N mot M' in brackets, and count lines 'N stemte for, M stemte mot'."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

VOTERING = {"nb": "Votering:\n", "nn": "Røysting:\n"}


@pytest.mark.parametrize(
    ("language", "line", "outcome", "unanimous", "for_", "against"),
    [
        ("nb", "Innstillingen ble deretter enstemmig vedtatt.", "adopted", True, None, 0),
        ("nb", "Formannskapets innstilling ble så vedtatt med 30 mot 5 stemmer.", "adopted", False, 30, 5),
        ("nb", "Innstillingen med vedtatte endringer ble til slutt vedtatt mot 3 stemmer.", "adopted", False, None, 3),
        ("nb", "Rådmannens forslag ble dermed ikke vedtatt.", "rejected", None, None, None),
        ("nb", "Saken ble deretter enstemmig utsatt.", "postponed", True, None, 0),
        ("nn", "Tilrådinga vart deretter samrøystes vedteken.", "adopted", True, None, 0),
        ("nn", "Kommunedirektøren si tilråding vart så vedteken med 13 mot 4 røyster.", "adopted", False, 13, 4),
        ("nn", "Innstillinga vart til slutt vedteken mot 2 røyster.", "adopted", False, None, 2),
        ("nn", "Framlegget frå Sp vart dermed ikkje vedteke.", "rejected", None, None, None),
        ("nn", "Saka vart deretter samrøystes utsett.", "postponed", True, None, 0),
    ],
)
def test_an_adverb_between_auxiliary_and_participle_keeps_the_vote(language, line, outcome, unanimous, for_, against):
    (row,) = votes(CASE[language] + VOTERING[language] + line + "\n", language)
    assert (row.outcome, row.unanimous, row.votes_for, row.votes_against) == (outcome, unanimous, for_, against)


@pytest.mark.parametrize(
    ("language", "line", "subject", "for_", "against"),
    [
        ("nb", "Innstillingen vedtatt med 31 mot 12 stemmer.", "Innstillingen", 31, 12),
        ("nb", "Formannskapets innstilling vedtatt mot 4 stemmer (2 FrP, 2 H).", "Formannskapets innstilling", None, 4),
        ("nb", "Rådmannens innstilling enstemmig vedtatt med 35 stemmer.", "Rådmannens innstilling", 35, 0),
        ("nb", "Tilleggsforslaget fra Ap godkjent med 6 mot 3 stemmer.", "Tilleggsforslaget fra Ap", 6, 3),
        ("nb", "Innstillingen vedtatt 20 mot 15 stemmer.", "Innstillingen", 20, 15),
        ("nn", "Tilrådinga vedteken med 15 mot 4 røyster.", "Tilrådinga", 15, 4),
        (
            "nn",
            "Kommunedirektøren si innstilling vedteke mot 3 røyster (H).",
            "Kommunedirektøren si innstilling",
            None,
            3,
        ),
        ("nn", "Framlegget frå Ap godkjent med 9 mot 8 røyster.", "Framlegget frå Ap", 9, 8),
        ("nn", "Innstillinga samrøystes vedteken med 17 røyster.", "Innstillinga", 17, 0),
        ("nn", "Formannskapet si tilråding vedteken 21 mot 6 røyster.", "Formannskapet si tilråding", 21, 6),
    ],
)
def test_a_participle_line_with_counts_needs_no_auxiliary(language, line, subject, for_, against):
    (row,) = votes(CASE[language] + VOTERING[language] + line + "\n", language)
    assert (row.subject, row.outcome, row.votes_for, row.votes_against) == (subject, "adopted", for_, against)


@pytest.mark.parametrize(
    ("language", "line", "for_", "against", "casting"),
    [
        ("nb", "Innstillingen ble vedtatt med ordførerens dobbeltstemme (17 mot 17 stemmer).", 17, 17, True),
        ("nb", "Forslaget fra H ble vedtatt, 23 mot 12 stemmer.", 23, 12, False),
        ("nb", "Innstillingen ble vedtatt (26 - 9 stemmer).", 26, 9, False),
        ("nb", "Innstillingen ble vedtatt med 25 mot 10 stemmer (FrP, H).", 25, 10, False),
        ("nb", "Formannskapets innstilling ble vedtatt med 40 mot 1 stemme.", 40, 1, False),
        ("nn", "Tilrådinga vart vedteken med ordføraren si dobbelrøyst (9 mot 9 røyster).", 9, 9, True),
        ("nn", "Framlegget frå H vart vedteke, 14 mot 11 røyster.", 14, 11, False),
        ("nn", "Innstillinga vart vedteken (20 - 7 røyster).", 20, 7, False),
        ("nn", "Innstillinga vart vedteken med 25 mot 10 røyster (FrP, H).", 25, 10, False),
        ("nn", "Tilrådinga vart vedteken med 16 mot 1 røyst.", 16, 1, False),
    ],
)
def test_n_against_m_anywhere_in_the_vote_line(language, line, for_, against, casting):
    (row,) = votes(CASE[language] + VOTERING[language] + line + "\n", language)
    assert (row.votes_for, row.votes_against, row.casting_vote, row.unanimous) == (for_, against, casting, False)


@pytest.mark.parametrize(
    ("language", "text", "outcome", "for_", "against"),
    [
        ("nb", "Det ble stemt over innstillingen. 20 stemte for, 15 stemte mot.", "adopted", 20, 15),
        ("nb", "Innstillingen ble vedtatt. 27 stemte for og 8 stemte imot.", "adopted", 27, 8),
        ("nb", "Forslaget fra SV ble ikke vedtatt.\n12 representanter stemte for, 23 stemte mot.", "rejected", 12, 23),
        ("nb", "Innstillingen ble vedtatt.\n30 medlemmer stemte for.\n5 stemte mot (FrP).", "adopted", 30, 5),
        ("nb", "Det ble votert over forslaget. 4 stemte for og 5 stemte mot.", "rejected", 4, 5),
        ("nn", "Det vart røysta over tilrådinga. 11 røysta for, 6 røysta mot.", "adopted", 11, 6),
        ("nn", "Tilrådinga vart vedteken. 18 røysta for og 3 røysta imot.", "adopted", 18, 3),
        ("nn", "Framlegget frå Sp vart ikkje vedteke.\n5 representantar røysta for, 12 røysta mot.", "rejected", 5, 12),
        ("nn", "Innstillinga vart vedteken.\n14 medlemmar røysta for.\n3 røysta mot (Sp).", "adopted", 14, 3),
        ("nn", "Det vart røysta over framlegget. 6 røysta for og 7 røysta mot.", "rejected", 6, 7),
    ],
)
def test_count_lines_n_voted_for_m_voted_against(language, text, outcome, for_, against):
    (row,) = votes(CASE[language] + VOTERING[language] + text + "\n", language)
    assert (row.outcome, row.votes_for, row.votes_against, row.unanimous) == (outcome, for_, against, False)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("nb", "Innstillingen skal vedtas av bystyret i desember."),
        ("nb", "Utvalget har 9 medlemmer, og 5 må stemme for."),
        ("nb", "Planen ble vedtatt 18. juni 2020 og revideres nå."),
        ("nb", "Det er tidligere vedtatt at skolen skal bygges."),
        ("nb", "Kommunestyret vedtok i sak 45/22 å utrede saken."),
        ("nn", "Innstillinga skal vedtakast av kommunestyret i desember."),
        ("nn", "Planen vart vedteken 18. juni 2020 og skal no rullerast."),
        ("nn", "Det er tidlegare vedteke at skulen skal byggjast."),
        ("nn", "Kommunestyret vedtok i sak 45/22 å greie ut saka."),
        ("nn", "Saka vart handsama i PS 12/21 og vedteken då."),
    ],
)
def test_a_line_that_looks_like_a_vote_but_recalls_or_announces_one_is_no_row(language, line):
    assert votes(CASE[language] + "Saksopplysningar:\n" + line + "\n", language) == []
    assert votes("Kommunen\n\n" + line + "\n", language) == []


@pytest.mark.parametrize(
    ("language", "line", "subject", "outcome", "for_"),
    [
        ("nb", "Forslaget fra Ap fikk 18 stemmer og ble vedtatt.", "Forslaget fra Ap", "adopted", 18),
        (
            "nb",
            "Tilleggsforslaget fra SV fikk 21 stemmer (SV, Ap, R) og er vedtatt.",
            "Tilleggsforslaget fra SV",
            "adopted",
            21,
        ),
        ("nb", "Høyres forslag fikk 9 stemmer og ble ikke vedtatt.", "Høyres forslag", "rejected", 9),
        (
            "nb",
            "Endringsforslaget fra KrF oppnådde 4 stemmer og ble forkastet.",
            "Endringsforslaget fra KrF",
            "rejected",
            4,
        ),
        ("nb", "Forslaget fra FrP fikk 3 stemmer og falt.", "Forslaget fra FrP", "rejected", 3),
        ("nn", "Framlegget frå Sp fekk 12 røyster og vart vedteke.", "Framlegget frå Sp", "adopted", 12),
        (
            "nn",
            "Tilleggsframlegget frå Ap fekk 15 røyster (Ap, SV) og vart vedteke.",
            "Tilleggsframlegget frå Ap",
            "adopted",
            15,
        ),
        (
            "nn",
            "Endringsframlegget frå H fekk 6 røyster og vart ikkje vedteke.",
            "Endringsframlegget frå H",
            "rejected",
            6,
        ),
        ("nn", "Framlegget frå KrF fekk 2 røyster og fall.", "Framlegget frå KrF", "rejected", 2),
        (
            "nn",
            "Fellesframlegget frå Sp og V fekk 10 røyster og vart samrøystes vedteke.",
            "Fellesframlegget frå Sp og V",
            "adopted",
            10,
        ),
    ],
)
def test_a_proposal_that_got_n_votes_and_passed_or_fell(language, line, subject, outcome, for_):
    (row,) = votes(CASE[language] + VOTERING[language] + line + "\n", language)
    assert (row.subject, row.outcome, row.votes_for) == (subject, outcome, for_)


@pytest.mark.parametrize(
    ("line", "outcome", "unanimous"),
    [
        ("Samrøystes tilrådd.", "adopted", True),
        ("Tilrådinga vart samrøystes vedteken.", "adopted", True),
        ("Framlegget frå Sp fekk 5 røyster og fall.", "rejected", False),
        ("Innstillinga vart vedteken mot 2 røyster.", "adopted", False),
        ("Planen vart godkjend med 11 mot 4 røyster.", "adopted", False),
    ],
)
def test_nynorsk_lines_in_a_protocol_read_as_bokmaal_keep_their_vote(line, outcome, unanimous):
    (row,) = votes(CASE["nn"] + "Handsaming:\n" + line + "\n", "nb")
    assert (row.outcome, row.unanimous) == (outcome, unanimous)
