"""Round 46 (2026-12-04), from holdout300–307 (just opened) and the older open sets, each with the case it must leave
alone:

- « avec elle », « pour elle », « fière de lui » in a reflection that never speaks to the user, of a memory of the
  user's own that speaks of no woman (no man): after a preposition « elle » and « lui » are a person, the user (not
  « pour lui dire merci », to someone; not beside a grave, where « elle » is the one mourned).

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind
from tests.helpers.proposals import flag_kinds

VOICE = FlagKind.NOT_FIRST_PERSON


@pytest.mark.parametrize(("original", "persons", "reflection"), [
    ("Détour par l'abbaye. Un moine nous a fait visiter le cloître en parlant de foot. Je ne m'y attendais pas.", [],
     "Un moine qui parle de foot, c'est le genre de surprise que le chemin sait faire. Je ris avec elle."),
    ("Gîte complet à Figeac, j'ai dormi sur un matelas gonflable dans la salle des fêtes. Franchement ça va.", [],
     "Un matelas gonflable au lieu d'un lit, et la bonne humeur quand même. Je suis rassurée que ça aille pour elle."),
    ("Ma collègue Nadia m'a aidée à finir le dossier. On l'a rendu à minuit pile.", ["Nadia"],
     "Rendu à minuit pile, avec Nadia à la manœuvre : je suis tellement fière de lui."),
])
def test_her_or_him_after_a_preposition_is_the_user(original: str, persons: list[str], reflection: str) -> None:
    assert VOICE in flag_kinds(original, persons=persons, reflection=reflection)


@pytest.mark.parametrize(("original", "persons", "reflection"), [
    ("Ma collègue Nadia m'a aidée à finir le dossier. On l'a rendu à minuit pile.", ["Nadia"],
     "Rendu à minuit pile grâce à Nadia : je suis contente pour elle aussi."),
    ("Mon voisin m'a aidé à monter l'armoire. Je ne m'y attendais pas.", [],
     "Quelle belle surprise ! Ça donne envie de lui rendre la pareille, pour lui dire merci."),
    ("Toussaint hier. Je suis allée seule sur la tombe, j'ai posé des chrysanthèmes et je suis restée une heure.", [],
     "Y aller seule, c'était peut-être le seul moyen d'être vraiment avec elle."),
    ("Gîte complet à Figeac, j'ai dormi sur un matelas gonflable dans la salle des fêtes. Franchement ça va.", [],
     "Tu as pris ça avec le sourire ; cette salle des fêtes gardera une histoire de plus avec elle."),
])
def test_someone_else_after_a_preposition_is_left_alone(original: str, persons: list[str], reflection: str) -> None:
    assert VOICE not in flag_kinds(original, persons=persons, reflection=reflection)
