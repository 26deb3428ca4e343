"""A Danish news page reports a decision as the body agreeing ("Byrådet var enige om at sende ... i høring",
"Kommunalbestyrelsen blev enig om at ...") or as a body acting in a second main clause after a comma ("Skolen har
ventet længe, og byrådet vedtog med 19 stemmer for og 2 imod at ..."): the paragraph's decision, which its headline
names; agreeing is the whole body's, so unanimous.

Both read as no decision: "var enige om" matched no decision verb, and a body after "og" was taken for a body
joined to another ("Udvalget og byrådet godkendte ...").

Look-alikes: a body agreeing on something recalled from an earlier year ("Byrådet var enige om i 2024 at ...") and
two bodies joined by "og" without a comma ("Økonomiudvalget og byrådet vedtog i 2023 at ...") are no rows; parties
agreeing among themselves ("Partierne bag budgettet var enige om at ...") are no body's decision.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import NEWS, votes


@pytest.mark.parametrize(
    ("paragraph", "subject"),
    [
        (
            "Kulturplanen i høring\nByrådet var enige om at sende forslag til Kulturplan 2027 i offentlig høring i seks"
            " uger.\n",
            "Kulturplanen i høring",
        ),
        (
            "Ny legeplads i Vester Tørslev\nKommunalbestyrelsen blev enige om at afsætte 1,2 mio. kr. til en ny"
            " legeplads.\n",
            "Ny legeplads i Vester Tørslev",
        ),
        (
            "Udvidelse af genbrugspladsen\nByrådet var enigt om at udvide åbningstiden på genbrugspladsen i"
            " weekenden.\n",
            "Udvidelse af genbrugspladsen",
        ),
        (
            "Navn til den nye plads\nKommunalbestyrelsen var enig om at kalde pladsen ved havnen for Fiskertorvet.\n",
            "Navn til den nye plads",
        ),
        (
            "Trafikplan for bymidten\nUdvalget var enige om at sende trafikplanen videre til byrådet med en"
            " anbefaling.\n",
            "Trafikplan for bymidten",
        ),
    ],
)
def test_a_body_agreeing_is_a_unanimous_decision(paragraph: str, subject: str) -> None:
    rows = votes(NEWS["da"] + paragraph, "da")
    assert [(r.subject, r.outcome, r.unanimous) for r in rows] == [(subject, "adopted", True)]


@pytest.mark.parametrize(
    ("paragraph", "subject", "counts"),
    [
        (
            "Ny cykelsti til skolen\nSkolen har ønsket en sti siden 2019, og byrådet vedtog med 19 stemmer for og 2"
            " imod at anlægge en cykelsti på Bygaden.\n",
            "Ny cykelsti til skolen",
            (19, 2),
        ),
        (
            "Tilskud til hallen\nHallen mangler penge til et nyt tag, og kommunalbestyrelsen godkendte et tilskud på"
            " 400.000 kr.\n",
            "Tilskud til hallen",
            (None, None),
        ),
        (
            "Farvel til venskabsbyen\nSamarbejdet med venskabsbyen har ligget stille, og byrådet vedtog med 20"
            " stemmer mod 5 at afslutte det.\n",
            "Farvel til venskabsbyen",
            (20, 5),
        ),
        (
            "Færgens priser stiger\nFærgens priser har været uændrede siden 2022, og udvalget godkendte en"
            " stigning på 5 procent.\n",
            "Færgens priser stiger",
            (None, None),
        ),
        (
            "Ny hundeskov\nBorgerne har samlet 800 underskrifter, og byrådet tiltrådte forslaget om en hundeskov ved"
            " Søparken.\n",
            "Ny hundeskov",
            (None, None),
        ),
    ],
)
def test_a_body_acting_after_a_comma_and_og_decides(
    paragraph: str, subject: str, counts: tuple[int | None, int | None]
) -> None:
    rows = votes(NEWS["da"] + paragraph, "da")
    assert [(r.subject, r.outcome, (r.votes_for, r.votes_against)) for r in rows] == [(subject, "adopted", counts)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kulturplanen\nByrådet var enige om i 2024 at sende en kulturplan i høring. Nu kommer næste skridt.\n",
        "Budgetaftalen\nPartierne bag budgettet var enige om at prioritere skolerne. Aftalen blev indgået i august.\n",
        "Skolestrukturen\nØkonomiudvalget og byrådet vedtog i 2023 at samle skolerne. Nu er byggeriet i gang.\n",
    ],
)
def test_agreement_recalled_or_not_a_bodys_is_no_row(paragraph: str) -> None:
    assert votes(NEWS["da"] + paragraph, "da") == []
