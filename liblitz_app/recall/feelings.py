"""The emotion a question names ("le jour où j'étais le plus en colère", "when was I most scared?"): a
memory felt that way, and felt strongly, answers it better. Only words that *name* a feeling count
here (a question's "what" or "really" says nothing about one, unlike in a memory's own text)."""
from __future__ import annotations

from ..memory import Emotion
from ..memory.terms import words

_NAMING: dict[Emotion, tuple[str, ...]] = {
    Emotion.ANGER: ("colere", "furieux", "furieuse", "enerve", "enervee", "fache", "fachee", "rage", "agace",
                    "angriest", "angry", "anger", "furious", "mad", "annoyed", "pissed", "irritated"),
    Emotion.FEAR: ("peur", "effraye", "effrayee", "angoisse", "angoissee", "inquiet", "inquiete", "terrifie",
                   "panique", "stresse", "afraid", "scared", "scary", "fear", "frightened", "terrified", "anxious",
                   "worried", "panic", "nervous"),
    Emotion.SADNESS: ("triste", "tristes", "tristesse", "pleure", "pleurer", "pleurait", "chagrin", "malheureux", "deprime", "deuil",
                      "sad", "sadness", "cry", "cried", "crying", "upset", "grief", "heartbroken", "miserable"),
    Emotion.JOY: ("heureux", "heureuse", "joie", "content", "contente", "ravi", "ravie", "bonheur", "happy",
                  "happiest", "joy", "glad", "delighted", "thrilled", "cheerful"),
    Emotion.SURPRISE: ("surpris", "surprise", "etonne", "etonnee", "stupefait", "surprised", "astonished",
                       "shocked", "amazed"),
    Emotion.DISGUST: ("degoute", "degoutee", "degout", "ecoeure", "disgusted", "disgust", "grossed", "revolted"),
    Emotion.TRUST: ("confiance", "rassure", "rassuree", "trust", "trusted", "reassured", "relied"),
    Emotion.ANTICIPATION: ("hate", "impatient", "impatiente", "impatience", "excited", "eager", "forward"),
}
# Whole folded words, not stems: across two languages' stemmers "made" would become "mad".
_WORDS = {name: emotion for emotion, names in _NAMING.items() for name in names}


def named_emotion(query: str) -> Emotion | None:
    """The one feeling the question names, or None (none, or several)."""
    found = {_WORDS[w] for w in words(query) if w in _WORDS}
    return found.pop() if len(found) == 1 else None
