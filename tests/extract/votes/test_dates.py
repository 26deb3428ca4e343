"""Meeting dates in the forms Danish and Norwegian protocols write them, read to ISO (votes/dates.py)."""

from __future__ import annotations

import pytest

from pipeline.extract.votes.dates import full_dates, parse_date
from pipeline.extract.votes.lexicon import lexicon


@pytest.mark.parametrize(
    ("language", "written", "iso"),
    [
        ("da", "Mandag, 3 oktober, 2022 - 16:30", "2022-10-03"),
        ("da", "Byrådets møde den 27. januar 2020", "2020-01-27"),
        ("da", "Mødedato 12-03-2021", "2021-03-12"),
        ("da", "tirsdag den 5. sep. 2023 kl. 17.00", "2023-09-05"),
        ("da", "Mødedato: 2024-03-26 16:00", "2024-03-26"),
        ("da", "27/1-2020", "2020-01-27"),
        ("nb", "Møtedato: 14.11.2023", "2023-11-14"),
        ("nb", "Dato: 17.06.2025 kl. 09:00", "2025-06-17"),
        ("nb", "tirsdag 5. mars 2024", "2024-03-05"),
        ("nb", "Møte 31.01.00", "2000-01-31"),
        ("nb", "den 3. des. 2019", "2019-12-03"),
        ("nn", "Møtedato: 24.06.25", "2025-06-24"),
        ("nn", "onsdag 2. oktober 2024", "2024-10-02"),
        ("nn", "Dato: 2024-12-12", "2024-12-12"),
        ("nn", "handsaming i møte 03.04.2025", "2025-04-03"),
        ("nn", "den 1. juni 2023 kl. 10.00", "2023-06-01"),
    ],
)
def test_written_dates_become_iso(language, written, iso):
    assert parse_date(written, lexicon(language)) == iso


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("nb", "møte 18/4"),
        ("da", "i marts 2022"),
        ("nn", "sak 12/23"),
        ("da", "Sagsnr. 20/12345"),
        ("nb", "31.02.2024"),
    ],
)
def test_a_date_without_day_month_and_year_is_none(language, written):
    assert parse_date(written, lexicon(language)) is None



@pytest.mark.parametrize(
    ("language", "written", "read", "iso"),
    [
        ("da", "Sag 2024/123.04.2024 og 5.04.2024", "5.04.2024", "2024-04-05"),  # "123.04.2024" has no day
        ("da", "Nr. 12026-03-26, 2026-03-26 og -2026-03-27", "2026-03-26 og", "2026-03-26"),
        ("da", "11/2 2023, 3/11/2 2023 og 111/2 2023", "11/2 2023,", "2023-02-11"),
        ("nb", "sak 327. juni 2020 og 27. juni 2020", "27. juni 2020", "2020-06-27"),
    ],
)
def test_a_date_glued_to_a_digit_or_mark_before_it_is_not_read(language, written, read, iso):
    assert full_dates(written, lexicon(language)) == [(written.rindex(read), iso)]
