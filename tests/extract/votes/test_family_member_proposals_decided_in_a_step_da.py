"""A member's proposal whose words the case gives (quoted under a lead-in, or after a label: "Forslagets tekst:
...", "Forslag" alone on its line above a quoted line) is voted on as those words, also when the decision stands
under a label naming the body and day ("Beslutning i Kommunalbestyrelsen den 26. februar 2026:", "Beslutning
Plan- og Boligudvalget den 04-03-2026"), which opens a section of its own below the case's text
(models/votes/da.json `subjects.quoted_proposal_leads`, `subjects.proposal_text_labels`; the case's words are
carried to its steps by the extractor). Look-alikes: a quote under no proposal label or lead-in (a citizen's
letter), a label naming the recommendation ("Forslag til beslutning"), and a case whose recommendation is voted
beside an amendment keep their own subjects. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Kommunalbestyrelsen\nMødedato: 26. februar 2026\n\n"
WORDS = "Kommunalbestyrelsen beder administrationen udarbejde et forslag til gratis skolemad i indskolingen"


def _subjects(body: str) -> list[str | None]:
    return [r.subject for r in votes(HEAD + body, "da")]


@pytest.mark.parametrize(
    "case",
    [
        (
            "4. Forslag fra Enhedslisten om skolemad\nSagsnr.: 26/1511\n\nMette Holm (Ø) har fremsendt følgende "
            f"forslag:\n«{WORDS}.»\n\nBeslutning i Kommunalbestyrelsen den 26. februar 2026:\nForslaget blev "
            "forkastet.\nFor stemte 5 (Ø 2, F 3).\nImod stemte 21.\n"
        ),
        (
            "12. Medlemsforslag fra Kim Lerche (O) om skolemad\nSagsnr.: 26/2981\nKim Lerche (O) har på vegne af "
            f'Dansk Folkeparti stillet følgende forslag:\n"{WORDS}."\nBeslutning i Kommunalbestyrelsen\n'
            "Forslaget blev sat til afstemning.\nFor stemte 2 (O, Æ).\nImod stemte 6 (A, V, C, F, Ø).\n"
            "Forslaget er dermed faldet.\n"
        ),
        (
            "Punkt 27   Medlemsforslag fra Jens Holm (V) om skolemad\nSagsnr.: 00.01.00-G01-7-26\n"
            f'Sagen afgøres i: Kommunalbestyrelsen\nForslag\n"{WORDS}."\nBeslutning Kommunalbestyrelsen den '
            "26-02-2026\nForslaget blev forkastet med 2 stemmer for (V) og 19 stemmer imod.\n"
        ),
        (
            "32. Medlemsforslag fra Mette Lykke (F) om skolemad\nSagsnr.: 26/2977\nForslagets tekst: "
            f"{WORDS}.\nBeslutning i Kommunalbestyrelsen den 26-02-2026\nFor forslaget stemte Mette Lykke (F). "
            "Imod stemte de øvrige medlemmer.\nForslaget er dermed forkastet.\n"
        ),
        (
            "7. Forslag fra SF om skolemad\nSagsnr.: 26/0415\nSF har bedt om at få følgende sag på dagsordenen:\n"
            f"“{WORDS}.”\n\nBeslutning i Kommunalbestyrelsen den 26. februar 2026\nForslaget blev vedtaget med "
            "14 stemmer mod 11.\n"
        ),
        (
            "9. Medlemsforslag om skolemad\nSagsnr.: 26/0999\nMedlemsforslagets ordlyd:\n"
            f'"{WORDS}. Udgiften finansieres af kassebeholdningen."\nBeslutning i Kommunalbestyrelsen den '
            "26-02-2026\nForslaget faldt.\n"
        ),
    ],
)
def test_a_members_proposal_decided_under_a_dated_body_label_is_about_its_words(case: str) -> None:
    assert _subjects(case) == [WORDS]


def test_a_proposal_label_above_words_decided_in_the_case_itself_is_about_the_words() -> None:
    case = (
        "5. Medlemsforslag fra Ø om skolemad\nSagsnr.: 26/1020\nForslagets tekst: "
        f"{WORDS}.\n\nBeslutning\nForslaget blev forkastet med 3 stemmer for og 18 imod.\n"
    )
    assert _subjects(case) == [WORDS]


def test_a_quote_under_no_proposal_label_keeps_the_case_title() -> None:
    case = (
        "6. Skolemad i indskolingen\nSagsnr.: 26/1511\nSkolebestyrelsen skriver:\n"
        '"Vi ønsker gratis skolemad til alle elever."\n\nBeslutning i Kommunalbestyrelsen den 26. februar 2026:\n'
        "Godkendt.\n"
    )
    assert _subjects(case) == ["Skolemad i indskolingen"]


def test_a_recommendation_label_is_no_proposal_text() -> None:
    case = (
        "8. Skolemad i indskolingen\nSagsnr.: 26/1511\nForslag til beslutning\n"
        '"Direktionen indstiller, at ordningen indføres."\n\nBeslutning i Kommunalbestyrelsen den 26. februar '
        "2026:\nGodkendt.\n"
    )
    assert _subjects(case) != [WORDS]
    assert _subjects(case) != ["Direktionen indstiller, at ordningen indføres"]


def test_beside_an_amendments_vote_the_recommendation_is_not_the_members_words() -> None:
    case = (
        "10. Skolemad i indskolingen\nSagsnr.: 26/1511\nIndstilling\nDirektionen indstiller, at ordningen "
        'indføres.\nForslag\n"Ordningen indføres kun i 0.-3. klasse."\n\nBeslutning i Kommunalbestyrelsen den '
        "26. februar 2026:\nÆndringsforslaget blev forkastet.\nHerefter blev indstillingen godkendt.\n"
    )
    subjects = _subjects(case)
    assert len(subjects) == 2
    assert subjects[1] != "Ordningen indføres kun i 0.-3. klasse"
