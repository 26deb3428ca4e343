"""Optimal one-to-one assignment of predicted rows to gold rows.

A greedy 'best pair first' matching depends on ties and on row order, and can leave a row unmatched
that an exchange of partners would have matched ('Frankfurt' taken by the wrong gold row). Scoring
needs the assignment with the most pairs above the threshold and, among those, the highest total
similarity; the Hungarian method gives it. Each connected group of candidate pairs is solved on its
own, so a document's cost is that of its largest group, not of all its rows.
"""

from __future__ import annotations

from collections.abc import Sequence

_INF = float("inf")


def hungarian(cost: Sequence[Sequence[float]]) -> list[int]:
    """For a rows x cols cost matrix (rows <= cols), the column assigned to each row at least total cost."""
    n, m = len(cost), len(cost[0]) if cost else 0
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)  # owner[j]: row (1-based) holding column j
    for row in range(1, n + 1):
        owner[0], col0 = row, 0
        least, used = [_INF] * (m + 1), [False] * (m + 1)
        while True:
            used[col0] = True
            i0, delta, col1 = owner[col0], _INF, 0
            for j in range(1, m + 1):
                if not used[j]:
                    reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if reduced < least[j]:
                        least[j], way[j] = reduced, col0
                    if least[j] < delta:
                        delta, col1 = least[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            col0 = col1
            if owner[col0] == 0:
                break
        while col0:
            col1 = way[col0]
            owner[col0] = owner[col1]
            col0 = col1
    assigned = [-1] * n
    for j in range(1, m + 1):
        if owner[j]:
            assigned[owner[j] - 1] = j - 1
    return assigned


def _components(edges: dict[tuple[int, int], float]) -> list[tuple[list[int], list[int]]]:
    """Connected groups (left ids, right ids) of the bipartite graph of candidate pairs."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for i, j in edges:
        parent[root(("l", i))] = root(("r", j))
    groups: dict[tuple[str, int], tuple[list[int], list[int]]] = {}
    for node in list(parent):
        side, index = node
        group = groups.setdefault(root(node), ([], []))
        group[0 if side == "l" else 1].append(index)
    return [(sorted(left), sorted(right)) for left, right in groups.values()]


def best_pairs(scores: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """The (left, right) pairs of the one-to-one assignment with the most pairs, then the highest total
    score, using only the pairs in `scores` (those above the threshold)."""
    bonus = 1.0 + sum(scores.values())  # one more pair always outweighs any gain in similarity
    pairs: list[tuple[int, int]] = []
    for left, right in _components(scores):
        transpose = len(left) > len(right)
        rows, cols = (right, left) if transpose else (left, right)

        def weight(r: int, c: int, transpose: bool = transpose) -> float | None:
            return scores.get((c, r) if transpose else (r, c))

        cost = [[-(bonus + w) if (w := weight(r, c)) is not None else 0.0 for c in cols] for r in rows]
        for r, c in enumerate(hungarian(cost)):
            if c >= 0 and weight(rows[r], cols[c]) is not None:
                pairs.append((cols[c], rows[r]) if transpose else (rows[r], cols[c]))
    return sorted(pairs)
