"""Round 68 (2026-12-06), from holdout476–483 (just opened) and the older open sets, each with the case it must leave
alone:

- places: a place counted ahead (« Le vrai départ pour Bruges, c'est dans quinze jours », « d'ici deux mois ») is not
  where the memory was; « en trois semaines » is how long.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind
from tests.helpers.proposals import flag_kinds

PLACE = FlagKind.PLACE_CHANGED


@pytest.mark.parametrize(("original", "place", "persons", "flagged"), [
    ("Essai du trajet : bus jusqu'à la gare, repérage du quai avec Ulysse. Le vrai départ pour Bruges, c'est dans"
     " quinze jours.", "Bruges", (), True),
    ("Visite de l'appartement témoin avec Hugo ce matin. On emménage à Lorient d'ici deux mois, si tout va bien.",
     "Lorient", ("Hugo",), True),
    ("J'ai repeint toute la cuisine de la maison de Vannes en trois semaines. Fière de moi.", "Vannes", (), False),
])
def test_a_place_counted_ahead_is_not_where_it_was(original: str, place: str, persons: tuple[str, ...],
                                                     flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place, persons=persons)) is flagged
