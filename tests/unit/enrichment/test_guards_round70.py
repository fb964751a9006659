"""Round 70 (2026-12-06), from holdout492–499 (just opened) and the older open sets, each with the case it must leave
alone:

- persons: the shop of a voucher and the name printed on a shirt (« un bon d'achat Jacques Dessange », « un maillot
  floqué Antoine Dupraz ») are things, no one to keep nor to list; « un bon d'achat pour Léa » is
  someone.
- persons: a name right after a brand written in capitals or in two words, in one run of capitalised words ("BBC
  Alba had her old choir on", « France Bleu Armorique m'a interviewée »), is the brand's channel or branch: no one to
  keep, and listed, no one at all; "At the BBC, Alba showed me round" is someone.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind
from tests.helpers.proposals import flag_kinds

INVENTED = FlagKind.PERSON_INVENTED
DROPPED = FlagKind.PERSON_DROPPED


@pytest.mark.parametrize(("original", "persons", "kind", "flagged"), [
    ("Gagné un bon d'achat Jacques Dessange à la kermesse de l'école, avec Malo.", ("Malo",), DROPPED, False),
    ("Pour mes quarante ans, Inès m'a offert un maillot floqué Antoine Dupraz. J'ai pleuré de rire.", ("Inès",),
     DROPPED, False),
    ("Pour mes quarante ans, Inès m'a offert un maillot floqué Dupraz. J'ai pleuré de rire.", ("Inès", "Dupraz"),
     INVENTED, True),
    ("Acheté un bon d'achat pour Léa, elle choisira ses livres elle-même.", (), DROPPED, True),
])
def test_a_vouchers_shop_and_a_shirts_name(original: str, persons: tuple[str, ...], kind: FlagKind,
                                           flagged: bool) -> None:
    assert (kind in flag_kinds(original, persons=persons)) is flagged


@pytest.mark.parametrize(("original", "persons", "kind", "flagged"), [
    ("Gran rang: BBC Alba had her old choir on tonight, and she cried all through it.", ("Gran",), DROPPED, False),
    ("Jeudi, France Bleu Armorique m'a interviewée sur le naufrage de 1978.", (), DROPPED, False),
    ("Ce matin sur France Bleu Occitanie, ils ont passé ma chanson. Inès a hurlé.", ("Inès", "France Bleu Occitanie"),
     INVENTED, True),
    ("At the BBC, Alba showed me round the studio and the canteen.", (), DROPPED, True),
])
def test_a_brands_channel(original: str, persons: tuple[str, ...], kind: FlagKind, flagged: bool) -> None:
    assert (kind in flag_kinds(original, persons=persons)) is flagged
