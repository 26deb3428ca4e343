"""A start year in the line that opens a list of partners is every listed town's: 'Siden 1961 har kommunen indgået
i en nordisk venskabsbykæde med:' over '• Borgå (Porvoo), Finland' / '• Sollentuna, Sverige'. Read only for a
bulleted item with no year of its own, from the nearest line above its list that ends in a colon."""

from __future__ import annotations

from pipeline.extract.partner_cities.layout import Layout
from pipeline.extract.partner_cities.years import YearReader
from pipeline.text.structure import has_list_marker

LEAD_LINES = 30  # lines searched above an item for its list's opening line: a list longer than this has headings


def lead_in_year(years: YearReader, layout: Layout, start: int) -> int | None:
    """The start year the opening line of the bulleted list holding the mention at `start` states, if any."""
    line = layout.units[layout.unit_at(start)].line
    if not has_list_marker(layout.line(line)):
        return None
    for index in range(line - 1, max(-1, line - 1 - LEAD_LINES), -1):
        text = layout.line(index)
        if not text or has_list_marker(text):
            continue
        if not text.endswith(":"):
            return None
        return years.in_unit(layout.units[layout.unit_at(layout.line_starts[index])])
    return None
