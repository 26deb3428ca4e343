"""An item a report names twice (a status table's row, then a comment section's heading or sentence) is one action."""

from __future__ import annotations

from pipeline.extract.actions.items import Candidate


def one_per_item(actions: list[Candidate]) -> list[Candidate]:
    """An item a report names twice, by its code and title (a status table's row, then a comment
    section's "A3 Felles parkeringsløysing" / "Tiltaket er sett på vent ..."), is one action: the later
    text explains the first, so a newer status there can show the table's field is stale."""
    first: dict[tuple[str, str], Candidate] = {}
    coded: dict[str, tuple[str, str]] = {}  # each code's first key
    out = []
    for action in actions:
        key = (action.action_id or "", " ".join(action.title.text.casefold().split()))
        if action.action_id in coded and (
            action.title.text[:1].islower() or _shortened(key[1], coded[action.action_id][1])
        ):
            key = coded[action.action_id]  # "Actie 2a stond ...": about item 2a; "B2 X" under a row "B2 X langs Y"
        if action.action_id is None or key not in first:
            if action.action_id is not None:
                first[key] = action  # only a coded item can be named again
                coded.setdefault(action.action_id, key)
            out.append(action)
            continue
        said = [*action.body, *([action.status] if action.status and action.status not in action.body else [])]
        first[key].body.extend(said)
    return out


def _shortened(title: str, first: str) -> bool:
    """The same coded item named again with its title cut short, or the first cut at a wrapped cell."""
    return first.startswith(title + " ") or title.startswith(first + " ")
