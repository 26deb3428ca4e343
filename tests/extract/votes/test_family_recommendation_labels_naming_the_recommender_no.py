"""In a vote register, the line right above a result field names what was voted on; besides "Formannskapets
innstilling" it may name the recommender after the noun ("Innstilling fra Utvalg for plan og miljø", "Tilråding
frå formannskapet") or be a committee's or the administration's proposal ("Valgnemndas forslag",
"Kommunedirektørens forslag"). The row is about that label. Look-alikes: a member's quoted proposal stays its quoted
words, and a sentence above the field is no label. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "VOTERINGSRESULTATER\nKommunestyret, torsdag 22. oktober 2026\n\nSak 53/26 Reguleringsplan for Moen\n"
    "Votering 1 av 1\n",
    "nn": "RØYSTINGSRESULTAT\nKommunestyret, torsdag 22. oktober 2026\n\nSak 53/26 Reguleringsplan for Moen\n"
    "Røysting 1 av 1\n",
}


def _subjects(language: str, body: str) -> list[str | None]:
    return [r.subject for r in votes(HEAD[language] + body + "\n", language)]


@pytest.mark.parametrize(
    ("language", "label", "result"),
    [
        ("nb", "Innstilling fra Utvalg for plan og miljø", "Resultat: VEDTATT\tFor: 11\tMot: 4"),
        ("nb", "Innstilling fra formannskapet", "Resultat: Vedtatt med 20 mot 7 stemmer"),
        ("nb", "Innstillingen fra hovedutvalg for teknikk", "Resultat: VEDTATT\tEnstemmig"),
        ("nb", "Valgnemndas forslag", "Resultat: VEDTATT\tEnstemmig"),
        ("nb", "Kommunedirektørens forslag", "Resultat: VEDTATT\tFor: 12\tMot: 3"),
        ("nn", "Tilråding frå formannskapet", "Resultat: VEDTEKE\tFor: 11\tMot: 4"),
        ("nn", "Innstilling frå Utval for plan og miljø", "Resultat: Vedteke med 20 mot 7 røyster"),
        ("nn", "Innstillinga frå hovudutval for teknikk", "Resultat: VEDTEKE\tSamrøystes"),
        ("nn", "Valnemnda sitt framlegg", "Resultat: VEDTEKE\tSamrøystes"),
        ("nn", "Kommunedirektøren sitt framlegg", "Resultat: VEDTEKE\tFor: 12\tMot: 3"),
    ],
)
def test_the_vote_is_about_the_label_naming_the_recommender(language, label, result):
    assert _subjects(language, f"{label}\n{result}") == [label]


@pytest.mark.parametrize(
    ("language", "body", "subject"),
    [
        (
            "nb",
            "Forslag fra Kari Dahl (SV):\n«Planen sendes på ny høring.»\nResultat: FALT\tFor: 6\tMot: 9",
            "Planen sendes på ny høring.",
        ),
        (
            "nn",
            "Framlegg frå Kari Dahl (SV):\n«Planen vert send på ny høyring.»\nResultat: FALL\tFor: 6\tMot: 9",
            "Planen vert send på ny høyring.",
        ),
    ],
)
def test_a_quoted_proposal_stays_its_words(language, body, subject):
    assert _subjects(language, body) == [subject]
