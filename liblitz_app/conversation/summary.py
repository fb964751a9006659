"""The rolling summary: turns too old for the budget fold into a few sentences kept in the ledger
(editable by the user; each earlier text journaled). The model writes it; the user may rewrite it.

When to fold is the prompt's call (prompt._recent: `Prompt.fold_upto`), made ahead of need, so that a
turn the summary does not cover yet is always still in the prompt."""
from __future__ import annotations

import json

from ..enrichment.persona import Persona
from ..store import conversations as kept
from ..store.conversations import Conversation, Role
from ..store.ledger import Ledger
from .prompt import SUMMARY_CLOSE, SUMMARY_OPEN, _escaped
from .wording import TEXTS


def fold_in(ledger: Ledger, conversation_id: int, summary: str, upto: int) -> bool:
    """Keep the model's new summary, unless it is empty or one kept since already covers as far (two folds
    asked close together): a summary never moves back."""
    if not summary.strip() or kept.conversation(ledger, conversation_id).summary_upto >= upto:
        return False
    kept.set_summary(ledger, conversation_id, summary.strip(), upto, "model")
    return True


def summary_messages(persona: Persona, conversation: Conversation, upto: int) -> list[dict[str, str]]:
    """Ask for a new summary of everything up to turn `upto`: the summary so far, then the turns after it."""
    texts = TEXTS.get(persona.language, TEXTS["fr"])
    turns = [t for t in conversation.turns if conversation.summary_upto < t.id <= upto and not t.partial]
    lines = [_escaped(json.dumps({"who": "person" if t.role is Role.USER else persona.name, "text": t.text},
                                 ensure_ascii=False)) for t in turns]
    earlier = f"{SUMMARY_OPEN}\n{_escaped(conversation.summary)}\n{SUMMARY_CLOSE}\n" if conversation.summary else ""
    return [{"role": "system", "content": texts.identity.format(name=persona.name) + "\n" + texts.summarise},
            {"role": "user", "content": earlier + "<conversation>\n" + "\n".join(lines) + "\n</conversation>"}]
