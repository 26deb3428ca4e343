"""Family: a foreword recalls the themes of an earlier document or period that is no plan by name ("In de vorige nota
stonden drie pijlers centraal: ...", "I forrige periode hadde programmet tre satsingsområder"): those themes are
history, and the strategy's own numbered themes after them are read. Look-alike: a sentence that carries the old
themes on as this strategy's own still announces them (test_earlier_plans)."""

from __future__ import annotations

import pytest

from tests.extract.focus_areas.test_earlier_plans import OWN, _strategy

RECALLED = [
    ("nl", "In de vorige nota (2018-2022) stonden drie pijlers centraal: sport, natuur en economie."),
    ("nl", "De oude beleidsnotitie kende vier speerpunten: zorg, wonen, werk en cultuur."),
    ("nl", "In de vorige raadsperiode waren er drie thema's: veiligheid, groen en bereikbaarheid."),
    ("da", "I det forrige program var der tre indsatsområder: turisme, handel og fødevarer."),
    ("da", "Den tidligere periode havde fire temaer: skole, sundhed, kultur og erhverv."),
    ("nb", "I forrige periode hadde programmet tre satsingsområder: helse, kultur og næring."),
    ("nb", "Det gamle styringsdokumentet hadde fire innsatsområder: skole, helse, kultur og næring."),
    ("nn", "Det førre programmet hadde tre satsingsområde: reiseliv, landbruk og kultur."),
]


@pytest.mark.parametrize(("language", "recalled"), RECALLED)
def test_an_earlier_documents_themes_give_way_to_the_strategys_own(labels, language, recalled):
    assert labels(_strategy(language, recalled), language) == OWN[language][1]
