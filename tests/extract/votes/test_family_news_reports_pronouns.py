"""A news summary often names what was decided in one sentence and reports the vote in the next with a pronoun
("Dette ble vedtatt mot 7 stemmer.", "Det blev vedtaget med 20 stemmer mod 9.", "Dit werd aangenomen ...") or
with a bare reference to a proposal quoted or put forward above ("Forslaget fikk 7 stemmer og falt."). The row's
subject is the sentence the pronoun stands for, or the quoted proposal's first sentence; never just 'Dette',
'Det', 'Forslaget', 'Dit' or 'Het voorstel'. A subject that only opens with such a word ("Det nye budsjettet")
is kept. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Nyheter\n\nBystyret 26. november 2026\n\n",
    "nn": "Nyheiter\n\nKommunestyret 26. november 2026\n\n",
    "da": "Nyheder\n\nByrådet 26. november 2026\n\n",
    "nl": "Nieuws\n\n",
}


def _rows(language: str, text: str) -> list[tuple[str | None, str, int | None, int | None]]:
    return [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(HEAD[language] + text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nb",
            "Bystyret ba rådmannen utrede gratis skolemat. Dette ble vedtatt mot 7 stemmer.\n",
            ("Bystyret ba rådmannen utrede gratis skolemat", "adopted", None, 7),
        ),
        (
            "nb",
            "Kommunen skal søke om å bli med i Sunne kommuner.\nDette ble enstemmig vedtatt.\n",
            ("Kommunen skal søke om å bli med i Sunne kommuner", "adopted", None, 0),
        ),
        (
            "nb",
            "Bystyret ønsker en ny gang- og sykkelvei langs Elvegata. Det ble vedtatt med 30 mot 9 stemmer.\n",
            ("Bystyret ønsker en ny gang- og sykkelvei langs Elvegata", "adopted", 30, 9),
        ),
        (
            "nn",
            "Kommunestyret bad om ei sak om skulestrukturen. Dette vart vedteke mot 5 røyster.\n",
            ("Kommunestyret bad om ei sak om skulestrukturen", "adopted", None, 5),
        ),
        (
            "nn",
            "Heradsstyret vil ha ny barnehage på Myra. Dette vart samrøystes vedteke.\n",
            ("Heradsstyret vil ha ny barnehage på Myra", "adopted", None, 0),
        ),
        (
            "nn",
            "Rådmannen skal greie ut eit nytt bibliotek. Det vart vedteke med 20 mot 5 røyster.\n",
            ("Rådmannen skal greie ut eit nytt bibliotek", "adopted", 20, 5),
        ),
        (
            "da",
            "Byrådet ønsker en ny cykelsti langs Åvej. Det blev vedtaget med 20 stemmer mod 9.\n",
            ("Byrådet ønsker en ny cykelsti langs Åvej", "adopted", 20, 9),
        ),
        (
            "da",
            "Kommunen skal undersøge muligheden for en ny hal i Nørreby. Dette blev enstemmigt vedtaget.\n",
            ("Kommunen skal undersøge muligheden for en ny hal i Nørreby", "adopted", None, 0),
        ),
        (
            "da",
            "Skatteprocenten fastholdes i 2027. Det blev vedtaget med 17 stemmer mod 8.\n",
            ("Skatteprocenten fastholdes i 2027", "adopted", 17, 8),
        ),
        (
            "nl",
            "De raad wil een onderzoek naar gratis openbaar vervoer. Dit werd aangenomen met 20 stemmen voor en "
            "9 tegen.\n",
            ("De raad wil een onderzoek naar gratis openbaar vervoer", "adopted", 20, 9),
        ),
        (
            "nl",
            "Het college moet een plan maken voor meer groen in de wijk. Dit werd unaniem aangenomen.\n",
            ("Het college moet een plan maken voor meer groen in de wijk", "adopted", None, 0),
        ),
        (
            "nl",
            "De hondenbelasting wordt afgeschaft. Dit werd verworpen met 12 stemmen voor en 17 tegen.\n",
            ("De hondenbelasting wordt afgeschaft", "rejected", 12, 17),
        ),
    ],
)
def test_a_pronoun_stands_for_the_sentence_before_it(language, text, expected):
    assert _rows(language, text) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        (
            "nb",
            "SV fremmet forslag: «Bystyret ber om at skolen bevares. Saken sendes tilbake.»\n\nForslaget fikk 7 "
            "stemmer og falt.\n",
            "Bystyret ber om at skolen bevares",
        ),
        (
            "nb",
            "Rødt foreslo: «Eiendomsskatten fjernes fra 2027.» Forslaget falt mot 3 stemmer.\n",
            "Eiendomsskatten fjernes fra 2027",
        ),
        (
            "nn",
            "Sp sette fram dette framlegget: «Skulen på Myra vert ikkje lagd ned.» Framlegget fall med 6 mot 15 "
            "røyster.\n",
            "Skulen på Myra vert ikkje lagd ned",
        ),
        (
            "da",
            "Venstre stillede forslag: “Sagen sendes tilbage til udvalget. Der udarbejdes en ny plan.” Forslaget "
            "blev forkastet med 8 stemmer mod 19.\n",
            "Sagen sendes tilbage til udvalget",
        ),
        (
            "nl",
            "De VVD diende een voorstel in: “De parkeertarieven worden bevroren.” Het voorstel werd verworpen met "
            "10 stemmen voor en 19 tegen.\n",
            "De parkeertarieven worden bevroren",
        ),
    ],
)
def test_a_bare_proposal_reference_is_the_quoted_proposals_first_sentence(language, text, subject):
    assert [s for s, _, _, _ in _rows(language, text)] == [subject]


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("nb", "Det nye budsjettet ble vedtatt mot 7 stemmer.\n", "Det nye budsjettet"),
        ("nn", "Dette framlegget om ny skule vart vedteke.\n", "Dette framlegget om ny skule"),
        ("da", "Det nye budget blev vedtaget med 20 stemmer mod 9.\n", "Det nye budget"),
    ],
)
def test_a_subject_that_only_opens_with_a_pronoun_is_kept(language, text, subject):
    assert [s for s, _, _, _ in _rows(language, text)] == [subject]


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        (
            "nb",
            "Ap fremmet forslag: Bystyret ber om en sak om gratis SFO. Forslaget falt mot 12 stemmer.\n",
            "Bystyret ber om en sak om gratis SFO",
        ),
        (
            "da",
            "SF stillede forslag: Sagen sendes tilbage til udvalget. Forslaget blev forkastet med 8 stemmer mod 19.\n",
            "Sagen sendes tilbage til udvalget",
        ),
    ],
)
def test_a_proposal_put_forward_after_a_colon_is_the_words_after_it(language, text, subject):
    assert [s for s, _, _, _ in _rows(language, text)] == [subject]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De raad wil een onderzoek naar gratis openbaar vervoer. Dit werd aangenomen met 20 tegen 9.\n",
            ("De raad wil een onderzoek naar gratis openbaar vervoer", "adopted", 20, 9),
        ),
        (
            "Het college zoekt een plek voor een nieuw zwembad. Dit werd aangenomen met 25 tegen 4;\n",
            ("Het college zoekt een plek voor een nieuw zwembad", "adopted", 25, 4),
        ),
        (
            "De toeristenbelasting gaat omhoog. Dit werd verworpen met 11 tegen 18.\n",
            ("De toeristenbelasting gaat omhoog", "rejected", 11, 18),
        ),
    ],
)
def test_a_dutch_count_without_stemmen_is_read_at_the_sentence_end(text, expected):
    assert _rows("nl", text) == [expected]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Formannskapet skal greie ut ny brannstasjon. Dette vart vedteke mot 3 røyster.\n",
            "Formannskapet skal greie ut ny brannstasjon",
        ),
        (
            "Raudt fremja framlegg: «Skulen vert ikkje lagd ned.» Framlegget fall med 4 mot 21 røyster.\n",
            "Skulen vert ikkje lagd ned",
        ),
    ],
)
def test_nynorsk_pronouns_and_proposals_take_their_antecedent(text, subject):
    assert [s for s, _, _, _ in _rows("nn", text)] == [subject]
