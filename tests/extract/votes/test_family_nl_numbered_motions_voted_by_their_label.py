"""Verbatim minutes name a motion or amendment once with its number and quoted title (where it is put forward,
in the chair's words or in a list of what was handed in) and then vote on it by its number alone ("Stemming over
amendement A1:", "Motie M3 wordt aangenomen met ..."). The vote is on that titled motion: its subject is the label
as the vote writes it with the title given above ("amendement A1 Titel"), the cite form of the other motion rules.

Look-alikes: a number named above with another number's title does not lend it; a number never given a title
stays the bare label; a title given in another item is not this item's."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Notulen van de openbare vergadering van de gemeenteraad van dinsdag 12 mei 2026\n\n"


def _subjects(text: str) -> list[tuple[str | None, str]]:
    return [(r.subject, r.outcome) for r in votes(HEAD + text, "nl")]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "Agendapunt 4. Raadsvoorstel Mobiliteitsplan 2026\n"
            "De VOORZITTER: De fracties van CDA en VVD hebben een amendement ingediend:\n"
            'amendement A2 "Fietspad langs de Ringweg". Wie wil het woord?\n'
            "De heer JANSEN (PvdA): Wij steunen het niet.\n\nStemming over amendement A2:\n"
            "Voor: CDA (5), VVD (4) - totaal 9\nTegen: PvdA (6), D66 (4) - totaal 10\n"
            "De VOORZITTER: Het amendement is verworpen.\n",
            ("amendement A2 Fietspad langs de Ringweg", "rejected"),
        ),
        (
            "Agendapunt 7. Begroting 2027\n"
            "Ingediend zijn motie M3 'Groen schoolplein' (D66) en motie M4 'Veilige oversteek' (SP).\n"
            "De VOORZITTER: Motie M3 wordt aangenomen met 15 stemmen voor en 6 tegen.\n",
            ("Motie M3 Groen schoolplein", "adopted"),
        ),
        (
            "Agendapunt 2. Woonvisie\n"
            'Mevrouw DE VRIES (GroenLinks) dient amendement A1 in, getiteld "Meer bomen in het centrum".\n'
            "De VOORZITTER: Ik breng nu amendement A1 in stemming. Amendement A1 is met algemene stemmen aangenomen.\n",
            ("Amendement A1 Meer bomen in het centrum", "adopted"),
        ),
        (
            "Agendapunt 9. Sportnota\n"
            'De VOORZITTER: Er ligt motie M5 "Zwemles voor ieder kind" van de PvdA.\n\n'
            "Stemming over motie M5:\nVoor: 10. Tegen: 11.\nDe VOORZITTER: De motie is verworpen.\n",
            ("motie M5 Zwemles voor ieder kind", "rejected"),
        ),
        (
            "Punt 11. Kadernota 2027\n"
            "Door de fracties van Lokaal Belang en BBB wordt amendement 3 \u201cGeen verhoging van de OZB\u201d "
            "ingediend.\nDe wethouder ontraadt het amendement.\nAmendement 3 wordt verworpen met 7 stemmen voor "
            "en 14 tegen.\n",
            ("Amendement 3 Geen verhoging van de OZB", "rejected"),
        ),
    ],
)
def test_a_vote_on_a_numbered_motion_takes_the_title_named_above(item, expected):
    assert (expected[0].lower(), expected[1]) in [((s or "").lower(), o) for s, o in _subjects(item)]


def test_another_numbers_title_is_not_lent():
    item = (
        "Agendapunt 7. Begroting 2027\nIngediend is motie M4 'Veilige oversteek' (SP).\n"
        "De VOORZITTER: Motie M3 wordt aangenomen met 15 stemmen voor en 6 tegen.\n"
    )
    assert not any("Veilige" in (subject or "") for subject, _ in _subjects(item))


def test_a_number_never_titled_stays_its_label():
    item = "Agendapunt 7. Begroting 2027\nDe VOORZITTER: Motie M3 wordt aangenomen met 15 stemmen voor en 6 tegen.\n"
    assert ("Motie M3", "adopted") in _subjects(item)


def test_a_title_given_in_another_item_is_not_this_items():
    item = (
        "Agendapunt 6. Begroting 2027\nIngediend is motie M1 'Groen schoolplein' (D66). De motie wordt aangehouden.\n\n"
        "Agendapunt 8. Motie vreemd aan de orde van de dag\n"
        "De VOORZITTER: Motie M1 wordt verworpen met 5 stemmen voor en 16 tegen.\n"
    )
    assert not any("schoolplein" in (s or "") and o == "rejected" for s, o in _subjects(item))
