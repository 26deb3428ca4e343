"""Cover answers by bisection what a scan over every span answers: holds, overlaps and within agree with it."""

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.partner_cities.spans import Cover

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)).map(lambda t: (t[0], t[0] + t[1])), max_size=25)
stretch = st.tuples(st.integers(0, 80), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1]))


@given(spans, stretch)
def test_cover_agrees_with_a_scan_over_every_span(given_spans, at):
    start, end = at
    cover = Cover(given_spans)
    assert cover.holds(start, end) == any(a <= start and end <= b for a, b in given_spans)
    assert cover.overlaps(start, end) == any(a < end and start < b for a, b in given_spans)
    assert cover.within(start, end) == sorted(s for s in given_spans if start <= s[0] and s[1] <= end)


def test_an_empty_cover_holds_nothing():
    assert not Cover().holds(0, 0) and not Cover().overlaps(0, 5) and Cover().within(0, 5) == []
