"""When is a memory found "by meaning"? Models score on very different scales (e5-small puts
everything between 0.75 and 0.9, USE between -0.1 and 0.5), so no fixed threshold works. Instead a
query is compared with sentences about nothing in particular: a memory is relevant when it is
closer to the query than every one of them. (Measured on e5-small and USE: the best background score keeps
"le deuil de mon animal" → "Mon chat est mort ce matin" and drops "dentiste" → anything.)"""
from __future__ import annotations

import numpy as np

BACKGROUND = [
    "Le facteur passe le mardi.", "Il faut acheter du pain.", "La réunion est reportée à jeudi.",
    "Le code postal est incorrect.", "Il pleut sur la ville.", "J'ai rangé les papiers dans le tiroir.",
    "La voiture est au garage.", "On a repeint la cuisine.", "Le film commence à vingt heures.",
    "Les impôts sont à payer avant la fin du mois.", "Le bus était plein.",
    "J'ai lu un article sur l'économie.", "Le jardin a besoin d'eau.", "Il reste des pâtes dans le placard.",
    "Le serveur a apporté l'addition.", "The meeting starts at noon.", "Please send the invoice.",
    "The weather is mild today.", "I need to charge my phone.", "My keys are on the table.",
]


def relevance_floor(query: np.ndarray, background: np.ndarray) -> float:
    """The best score any unrelated sentence reaches for this query."""
    return float(np.max(background @ query))
