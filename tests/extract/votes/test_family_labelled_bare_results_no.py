"""Family (nb, nn): a vote's result on a labelled line that names what was decided and leaves out the auxiliary
("Resultat: Innstillingen vedtatt med 32 mot 3 stemmer.", "Votering: Innstillingen vedtatt mot 3 stemmer (R 1,
SV 2).", "Røysting: Tilrådinga vedteken med 9 mot 2 røyster."): the label is a run-in label, also where it is a
case header's field label ("Resultat:"), and the line is the decision with its counts. A field whose value decides
nothing ("Resultat: Behandlet i møtet") stays a header field."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = {
    "nb": "Protokoll - Kommunestyret\nMøtedato: 10.09.2026\n\nPS 60/26  Samarbeid med Arvika kommune\n"
    "Arkivsaksnr. 26/2011\n",
    "nn": "Møtebok - Kommunestyret\nMøtedato: 10.09.2026\n\nPS 60/26  Samarbeid med Arvika kommune\nArkivsak 26/2011\n",
}

RESULTS = [
    ("nb", "Resultat: Innstillingen vedtatt med 32 mot 3 stemmer.", ("Innstillingen", "adopted", 32, 3, None)),
    (
        "nb",
        "Votering: Innstillingen vedtatt mot 3 stemmer (R 1, SV 2).",
        ("Innstillingen", "adopted", None, 3, {"R": 1, "SV": 2}),
    ),
    (
        "nb",
        "Voteringsresultat: Formannskapets innstilling vedtatt 25-10.",
        ("Formannskapets innstilling", "adopted", 25, 10, None),
    ),
    ("nn", "Røysting: Tilrådinga vedteken med 9 mot 2 røyster.", ("Tilrådinga", "adopted", 9, 2, None)),
    (
        "nn",
        "Resultat: Innstillinga vedteken med 20 mot 7 røyster (Sp 5, FrP 2).",
        ("Innstillinga", "adopted", 20, 7, {"Sp": 5, "FrP": 2}),
    ),
    ("nb", "Utfall: Innstillingen godkjent med 7 mot 2 stemmer.", ("Innstillingen", "adopted", 7, 2, None)),
]


@pytest.mark.parametrize(("language", "line", "row"), RESULTS)
def test_a_labelled_result_naming_its_object_is_the_decision(language, line, row):
    assert [cells[1:] for cells in vote_cells(HEAD[language] + line + "\n", language)] == [row]


@pytest.mark.parametrize(
    ("language", "line"),
    [("nb", "Resultat: Behandlet i møtet"), ("nn", "Resultat: Saka vart lagt fram for formannskapet.")],
)
def test_a_result_field_deciding_nothing_gives_no_row(language, line):
    assert vote_cells(HEAD[language] + line + "\n", language) == []
