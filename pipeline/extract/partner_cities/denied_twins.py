"""A town whose agreement the text says is no twinning ('Sinds 2017 heeft Dendermonde een samenwerkingsovereenkomst
met Rijsel. Het gaat uitdrukkelijk niet om een verbroedering'; 'Avtalen er ikkje ein vennskapsavtale') is no twin
anywhere in the text: a twin relation typed for another of its mentions only by the page's context (a title or
heading on twin towns, no cue of its own) gives way to the agreement its own sentence names."""

from __future__ import annotations

from pipeline.extract.partner_cities.context import ContextReader
from pipeline.extract.partner_cities.decisions import Found
from pipeline.extract.partner_cities.layout import Layout

TWIN = "twin"


def _denying_units(layout: Layout, index: int) -> list[int]:
    """The mention's own unit and the next one in its paragraph (the sentence that says what the agreement is not)."""
    units = [index]
    if index + 1 < len(layout.units):
        gap = layout.text[layout.units[index].end : layout.units[index + 1].start]
        if "\n\n" not in gap and "\n\n" not in layout.unit_text(layout.units[index + 1]).rstrip():
            units.append(index + 1)
    return units


def _alone_in(found: list[Found], item: Found, units: list[int]) -> bool:
    """No other town is named after this one in `units`: their denial is about this one ('Met X zijn er contacten.
    Met Y is nooit een stedenband gesloten' denies Y; a village of the issuer's named before X does not count),
    and it stands in no list of towns ('samen met A, B en X ... geen verbroedering' speaks of them all)."""
    listed = item.group != -1 and any(o.group == item.group and o is not item for o in found)  # 'samen met A, B en X'
    others = (o for o in found if o.unit in units and o.mention.start > item.mention.start)
    return not listed and all(other.mention.city.name == item.mention.city.name for other in others)


def _other_tie(layout: Layout, reader: ContextReader, units: list[int]) -> bool:
    """The entry names another tie beside the denial ('geen verbroedering, maar een samenwerkingsovereenkomst')."""
    units = sorted({*units, *_denying_units(layout, units[-1])})  # the tie may wrap onto the next line
    texts = ((layout.unit_text(layout.units[i]), layout.units[i].start) for i in units)
    return any(c.relation != TWIN for text, start in texts for c in reader.lexicon.relation_cues(text, start))


def drop_denied_twins(layout: Layout, reader: ContextReader, found: list[Found]) -> None:
    """Undo context-typed twin decisions of towns whose own agreement sentence, or the one right after it, denies the
    twin type, and of a town typed twin only by the page whose own sentence or the next one, naming no other town,
    says no twinning was ever made."""
    denied = {
        item.mention.city.name
        for item in found
        if item.decision is not None
        and item.decision.cue is not None
        and item.decision.relation != TWIN
        and any(TWIN in reader.refuted(i) for i in _denying_units(layout, item.unit))
    }
    denied |= {  # 'Sint-Petersburg' (a heading) / 'Historische banden met X. Er is nooit een stedenband aangegaan.'
        item.mention.city.name
        for item in found
        if (item.decision is None or item.decision.cue is None)
        and _alone_in(found, item, units := _denying_units(layout, item.unit))
        and any(TWIN in reader.refuted(i) for i in units)
        and not _other_tie(layout, reader, units)
    }
    denied |= {  # a note below a table or list denying one of its towns ('* Hitra er ikkje ein vennskapskommune')
        item.mention.city.name for item in found if item.decision is None and TWIN in reader.refuted(item.unit)
    }
    for item in found:
        decision = item.decision
        if decision is not None and decision.relation == TWIN and decision.cue is None:
            if item.mention.city.name in denied:
                item.decision = None
