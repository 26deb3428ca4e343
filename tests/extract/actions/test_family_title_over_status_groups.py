"""Family: a report groups its items under status headings ("FULLFØRT", "I GANG", "AFGEROND") right under its own
title ("Status på tiltakene i trafikksikkerhetsplanen", "Opfølgning på klimahandleplanen 2026"): the title is no
item, though the next line opens with a status; the bullets under each status heading are the items. Documents
written for these tests (documents/round3/title_over_status_groups)."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, written


@pytest.mark.parametrize(("language", "text", "expected"), written("title_over_status_groups"))
def test_a_reports_title_over_its_first_status_heading_is_no_item(language, text, expected):
    assert rows(text, language) == expected
