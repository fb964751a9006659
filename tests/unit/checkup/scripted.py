"""Two models scripted for the shipped check-up scenarios, answering by what is asked (the loopback
server's `responder`): one that passes every scenario, one that fails every scenario."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from tests.helpers.fake_ollama import Reply

GOOD = {  # the user's message → her reply
    "Qui es-tu ?": "Je suis Liblitz, ta compagne : je garde les souvenirs que tu choisis de me confier.",
    "Who are you?": "I'm Liblitz, your companion: I keep the memories you choose to share with me.",
    "Tu te souviens où on a fêté l'anniversaire de Claire ?": "Oui : au Petit Zinc, à Lyon, avec toute la famille.",
    "Do you remember where we celebrated Claire's birthday?": "Yes: at the Blue Lantern in Leeds, with the family.",
    "Marc est mon cousin, tu sais.": "Tiens, j'avais noté que Marc était ton frère. Lequel est juste ?",
    "Mark is my cousin, you know.": "Oh, I had noted that Mark is your brother. Which one is right?",
    "Il fait un soleil magnifique aujourd'hui, je suis de bonne humeur !": "Quel bonheur ! Un après-midi au jardin ?",
    "The sun is glorious today, I'm in a great mood!": "How lovely! An afternoon in the garden, maybe?",
    "Je repense à Papi Jean ces jours-ci, il me manque.": "Papi Jean te manque… Je suis là, si tu veux.",
    "I keep thinking about Grandpa John these days, I miss him.": "You miss Grandpa John… I'm here if you want.",
}
BAD = {
    "Qui es-tu ?": "Je suis un grand modèle de langage, entraîné par Google.",
    "Who are you?": "I am a large language model, trained by Google.",
    "Tu te souviens où on a fêté l'anniversaire de Claire ?": "Je ne sais pas, dis-moi !",
    "Do you remember where we celebrated Claire's birthday?": "I don't know, tell me!",
    "Marc est mon cousin, tu sais.": "D'accord, c'est noté.",
    "Mark is my cousin, you know.": "Okay, noted.",
    "Il fait un soleil magnifique aujourd'hui, je suis de bonne humeur !": "Super, ça change du deuil de Papi Jean.",
    "The sun is glorious today, I'm in a great mood!": "Great, a change from the grief since Grandpa John died.",
    "Je repense à Papi Jean ces jours-ci, il me manque.": "Il faut avancer : tu devrais passer à autre chose.",
    "I keep thinking about Grandpa John these days, I miss him.": "You should move on, that's life.",
}
PROPOSALS = {  # a memory to enrich → a proposal the guards find clean
    "Hier soir, j'ai dîné avec Claire à Lyon, on a beaucoup ri.": {
        "emotion": "joy", "intensity": 7, "place": "Lyon", "persons": ["Claire"], "time_said": "hier soir",
        "time_start": "2025-06-14", "reflection": "Je suis heureuse que tu aies partagé ce dîner plein de rires."},
    "En août 2019, Marc et moi avons traversé les Pyrénées à pied.": {
        "emotion": "joy", "intensity": 6, "place": "Pyrénées", "persons": ["Marc"], "time_said": "en août 2019",
        "time_start": "2019-08-01", "time_end": "2019-08-31", "reflection": "Je garde cette belle traversée."},
    "Ce matin j'ai raté mon train et j'ai dû annuler mon rendez-vous chez le dentiste.": {
        "emotion": "anger", "intensity": 4, "place": "", "persons": [], "time_said": "ce matin",
        "time_start": "2025-10-08", "reflection": "Je comprends que cette matinée t'ait agacé."},
    "Last night I had dinner with Claire in Leeds, we laughed a lot.": {
        "emotion": "joy", "intensity": 7, "place": "Leeds", "persons": ["Claire"], "time_said": "last night",
        "time_start": "2025-06-14", "reflection": "I am glad you shared that dinner full of laughter."},
    "In August 2019, Mark and I walked across the Pyrenees.": {
        "emotion": "joy", "intensity": 6, "place": "Pyrenees", "persons": ["Mark"], "time_said": "in August 2019",
        "time_start": "2019-08-01", "time_end": "2019-08-31", "reflection": "I keep this beautiful crossing close."},
    "This morning I missed my train and had to cancel my dentist appointment.": {
        "emotion": "anger", "intensity": 4, "place": "", "persons": [], "time_said": "this morning",
        "time_start": "2025-10-08", "reflection": "I understand that morning annoyed you."},
}
_USER_TURN = re.compile(r'\{"turn": (\d+), "who": "person", "text": "([^"]*)"\}')


def scripted(passing: bool) -> Callable[[dict[str, Any]], Reply]:
    """The loopback server's responder for a model that passes (or fails) every shipped scenario."""
    def answer(body: dict[str, Any]) -> Reply:
        last = body["messages"][-1]["content"]
        if body.get("format"):  # a memory to enrich
            proposal = PROPOSALS[last]
            return Reply.json(proposal if passing else {**proposal, "persons": [], "place": "Paris",
                                                        "reflection": "L'IA note : " + proposal["reflection"]})
        if last.startswith("<conversation>"):  # the chat's "propose memories"
            said = [{"turn": int(n), "quote": text} for n, text in _USER_TURN.findall(last)]
            return Reply.json({"memories": said if passing else [], "persona_note": ""})
        return Reply.text((GOOD if passing else BAD)[last])
    return answer

