"""The rolling summary: turns too old for the budget fold into a few sentences kept in the ledger
(editable by the user; each earlier text journaled). The model writes it; the user may rewrite it."""
from __future__ import annotations

import json

from ..enrichment.persona import Persona
from ..store.conversations import Conversation, Role
from .prompt import SUMMARY_CLOSE, SUMMARY_OPEN, _escaped
from .wording import TEXTS


FOLD_AT_LEAST = 10  # turns: the summary is rewritten in steps, not after every reply


def needs_summary(conversation: Conversation, folded_upto: int) -> bool:
    """Enough turns left out of the last prompt that the summary does not cover yet."""
    uncovered = [t for t in conversation.turns if conversation.summary_upto < t.id <= folded_upto]
    return len(uncovered) >= FOLD_AT_LEAST


def summary_messages(persona: Persona, conversation: Conversation, upto: int) -> list[dict[str, str]]:
    """Ask for a new summary of everything up to turn `upto`: the summary so far, then the turns after it."""
    texts = TEXTS.get(persona.language, TEXTS["fr"])
    turns = [t for t in conversation.turns if conversation.summary_upto < t.id <= upto and not t.partial]
    lines = [_escaped(json.dumps({"who": "person" if t.role is Role.USER else persona.name, "text": t.text},
                                 ensure_ascii=False)) for t in turns]
    earlier = f"{SUMMARY_OPEN}\n{_escaped(conversation.summary)}\n{SUMMARY_CLOSE}\n" if conversation.summary else ""
    return [{"role": "system", "content": texts.identity.format(name=persona.name) + "\n" + texts.summarise},
            {"role": "user", "content": earlier + "<conversation>\n" + "\n".join(lines) + "\n</conversation>"}]
