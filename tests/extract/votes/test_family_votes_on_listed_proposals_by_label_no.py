"""Vote pages in Bokmål and Nynorsk that list the proposals put forward, each under a short label with its words on
the line(s) below ("F1  Kari Dahl (V) – endringsforslag" / "Avgifta aukar ikkje i 2027."), then vote on each by a
numbered line naming the label ("#1  F1 Endringsforslag (Dahl)", "2. TF2 (Olsen)"): the vote is on that proposal as
written, moved by whom the list names; a postponement proposal carried puts the case off. A vote line naming a
recommendation ("Votering 2 av 2 – Innstillingen fra formannskapet") is about the recommendation as named, even
where a text field under it repeats the recommended decision. Look-alikes: a label that the list does not define
keeps the vote line as written. All texts are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Sak 14/26  Ny avgiftsmodell\nMøte: Bystyret, torsdag 4. juni 2026\n\nFREMMEDE FORSLAG\n",
    "nn": "Sak 14/26  Ny avgiftsmodell\nMøte: Kommunestyret, torsdag 4. juni 2026\n\nFRAMLEGG I MØTET\n",
}
LISTED = [
    (
        "nb",
        "F1  Kari Dahl (V) – endringsforslag\nAvgiften økes ikke i 2027.\n",
        "#1  F1 Endringsforslag (Dahl)",
        "Resultat: VEDTATT     For: 20   Mot: 15",
        "Avgiften økes ikke i 2027.",
        "Kari Dahl",
        "adopted",
    ),
    (
        "nb",
        "TF2  Ole Berg (H) – tilleggsforslag\nKommunen skal evaluere ordningen etter to år.\n",
        "2. TF2 (Berg)",
        "Resultat: Falt   For: 12   Mot: 23",
        "Kommunen skal evaluere ordningen etter to år.",
        "Ole Berg",
        "rejected",
    ),
    (
        "nb",
        "F3  Lise Moe (Sp) – utsettelsesforslag\nSaken utsettes til neste møte.\n",
        "#2  F3 Utsettelsesforslag",
        "Resultat: Vedtatt   For: 18   Mot: 17",
        "Saken utsettes til neste møte.",
        "Lise Moe",
        "postponed",
    ),
    (
        "nn",
        "F1  Per Vik (Sp) – utsetjingsframlegg\nSaka vert utsett til hausten.\n",
        "#1  F1 Utsetjingsframlegg (Vik)",
        "Resultat: VEDTEKE     For: 14   Imot: 13",
        "Saka vert utsett til hausten.",
        "Per Vik",
        "postponed",
    ),
    (
        "nn",
        "F2  Siri Lund (SV) – endringsframlegg\nAvgifta aukar ikkje i 2027, og skulane\nfår halde fram som før.\n",
        "#1  F2 Endringsframlegg (Lund)",
        "Resultat: FALL     For: 9   Imot: 18",
        "Avgifta aukar ikkje i 2027, og skulane får halde fram som før.",
        "Siri Lund",
        "rejected",
    ),
]


@pytest.mark.parametrize(("language", "listed", "line", "result", "subject", "mover", "outcome"), LISTED)
def test_a_vote_by_label_is_on_the_listed_proposal(
    language: str, listed: str, line: str, result: str, subject: str, mover: str, outcome: str
) -> None:
    text = HEAD[language] + listed + "\nVOTERINGAR\n" + line + "\n" + result + "\n"
    rows = votes(text, language)
    assert (subject, mover, outcome) in [(r.subject, r.proposer, r.outcome) for r in rows]
    assert not [r for r in rows if r.subject == subject and r.outcome != outcome]


RECOMMENDED = [
    (
        "nb",
        "Votering 2 av 2 – Innstillingen fra formannskapet\nForslagstekst: Ny avgiftsmodell vedtas.\n"
        "Resultat: Vedtatt\nFor: 25    Mot: 10\n",
        "Innstillingen fra formannskapet",
    ),
    (
        "nb",
        "Votering 1 – Formannskapets innstilling\nTekst: Avgiften økes med 3 prosent.\nResultat: Vedtatt\n",
        "Formannskapets innstilling",
    ),
    (
        "nn",
        "Røysting 2 av 2 – Innstillinga frå formannskapet\nTekst: Ny avgiftsmodell vert vedteken.\n"
        "Resultat: Vedteke\nFor: 20    Imot: 7\n",
        "Innstillinga frå formannskapet",
    ),
]


@pytest.mark.parametrize(("language", "block", "subject"), RECOMMENDED)
def test_a_vote_naming_the_recommendation_is_about_it(language: str, block: str, subject: str) -> None:
    text = HEAD[language].rsplit("\n\n", 1)[0] + "\n\n" + block
    assert [r.subject for r in votes(text, language)] == [subject]


def test_a_vote_naming_a_member_keeps_the_text_field() -> None:
    text = HEAD["nb"].rsplit("\n\n", 1)[0] + "\n\nVotering 1 av 2 – Forslag fra Kari Dahl (V)\n"
    text += "Forslagstekst: Avgiften økes ikke i 2027.\nResultat: Falt\nFor: 10    Mot: 25\n"
    assert [r.subject for r in votes(text, "nb")] == ["Avgiften økes ikke i 2027."]
