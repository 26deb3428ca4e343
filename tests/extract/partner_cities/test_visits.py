"""A visit, anniversary or renewal sentence names the partner next to its cue ('besøkte vennskapsbyen Riga')
and other places on the way (districts, neighbouring towns, the next stop): only the partner is a row."""

from __future__ import annotations

import pytest

VISITS = [
    ("Under besøget i venskabsbyen Tartu var delegationen også i Viljandi.", "da", "Hvidovre", {"Tartu"}),
    ("Borgmesteren besøgte venskabsbyen Lübeck og tog videre til Travemünde.", "da", "Hvidovre", {"Lübeck"}),
    ("Ved jubilæet i venskabsbyen Kuopio sang koret også i Siilinjärvi.", "da", "Hvidovre", {"Kuopio"}),
    ("Delegationen fejrede venskabsaftalen med Gdynia og så havnen i Sopot.", "da", "Hvidovre", {"Gdynia"}),
    ("På rejsen til venskabsbyen Riga besøgte byrådet Jūrmala og Sigulda.", "da", "Hvidovre", {"Riga"}),
    ("Under besøket i vennskapsbyen Riga gikk delegasjonen gjennom Jūrmala og Sigulda.", "nb", "Bodø", {"Riga"}),
    ("Ordføreren besøkte vennskapsbyen Tartu og reiste videre til Viljandi.", "nb", "Bodø", {"Tartu"}),
    ("Ved jubileet i vennskapsbyen Kuopio sang koret også i Siilinjärvi.", "nb", "Bodø", {"Kuopio"}),
    ("Vi feiret vennskapsavtalen med Gdynia og besøkte Sopot.", "nb", "Bodø", {"Gdynia"}),
    ("Reisen til vennskapsbyen Lübeck gikk via Travemünde og Kiel.", "nb", "Bodø", {"Lübeck"}),
    ("Ordføraren vitja venskapsbyen Kuopio og tok turen vidare til Tampere.", "nn", "Voss", {"Kuopio"}),
    ("Under vitjinga i venskapsbyen Tartu var delegasjonen òg i Viljandi.", "nn", "Voss", {"Tartu"}),
    ("Koret feira venskapsavtalen med Gdynia og song i Sopot.", "nn", "Voss", {"Gdynia"}),
    ("På reisa til venskapsbyen Riga vitja vi Jūrmala og Sigulda.", "nn", "Voss", {"Riga"}),
    ("Ved jubileet i venskapsbyen Lübeck reiste gruppa òg til Travemünde.", "nn", "Voss", {"Lübeck"}),
    ("Tijdens het werkbezoek aan zusterstad Tartu bezocht de wethouder ook Viljandi.", "nl", "Zwolle", {"Tartu"}),
    ("Het koor vierde het jubileum in zusterstad Kuopio en zong daarna in Siilinjärvi.", "nl", "Zwolle", {"Kuopio"}),
    ("De burgemeester bezocht partnerstad Lübeck en reisde door naar Travemünde.", "nl", "Zwolle", {"Lübeck"}),
    ("Bij het bezoek aan zusterstad Gdynia werd ook Sopot bezocht.", "nl", "Zwolle", {"Gdynia"}),
    ("Op reis naar zusterstad Riga bezocht de delegatie Jūrmala en Sigulda.", "nl", "Zwolle", {"Riga"}),
]


@pytest.mark.parametrize(("text", "language", "issuer", "expected"), VISITS)
def test_a_visit_sentence_yields_only_the_partner_next_to_its_cue(rows, text, language, issuer, expected):
    assert set(rows(text, language, issuer)) == expected
