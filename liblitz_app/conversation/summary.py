"""The rolling summary: turns too old for the budget fold into a few sentences kept in the ledger
(editable by the user; each earlier text journaled). The model writes it; the user may rewrite it.

When to fold is the prompt's call (prompt._recent: `Prompt.fold_upto`), made ahead of need, so that a
turn the summary does not cover yet is always still in the prompt."""
from __future__ import annotations

import json
from dataclasses import dataclass

from ..enrichment.persona import Persona
from ..store import conversations as kept
from ..store.conversations import Conversation, Role
from ..store.ledger import Ledger
from .prompt import SUMMARY_CLOSE, SUMMARY_OPEN, Budget, _escaped, _shortened, estimate_tokens
from .wording import TEXTS


def fold_in(ledger: Ledger, conversation_id: int, summary: str, upto: int) -> bool:
    """Keep the model's new summary, unless it is empty or one kept since already covers as far (two folds
    asked close together): a summary never moves back."""
    if not summary.strip() or kept.conversation(ledger, conversation_id).summary_upto >= upto:
        return False
    kept.set_summary(ledger, conversation_id, summary.strip(), upto, "model")
    return True


@dataclass(frozen=True)
class FoldRequest:
    messages: list[dict[str, str]]
    upto: int  # the newest turn this summary covers: the one to keep with it


def summary_messages(persona: Persona, conversation: Conversation, upto: int,
                     budget: Budget = Budget()) -> FoldRequest:
    """Ask for a new summary of everything up to turn `upto`: the summary so far, then the turns after it.
    Only as many turns as the model's context holds are asked at once (the oldest first, a turn too long
    for it alone shortened): the summary then covers up to the last of them, and the next fold goes on
    from there, so a long conversation never summarised (the model kept failing) is folded in parts."""
    texts = TEXTS.get(persona.language, TEXTS["fr"])
    system = texts.identity.format(name=persona.name) + "\n" + texts.summarise
    earlier = f"{SUMMARY_OPEN}\n{_escaped(conversation.summary)}\n{SUMMARY_CLOSE}\n" if conversation.summary else ""
    room = budget.prompt - estimate_tokens(system) - estimate_tokens(earlier + "<conversation>\n</conversation>")
    lines, covered = [], conversation.summary_upto
    for turn in (t for t in conversation.turns if conversation.summary_upto < t.id <= upto and not t.partial):
        line = _line(persona, turn.role, turn.text)
        if estimate_tokens(line) > room:
            if lines:
                break  # the rest is for the next fold
            line = _line(persona, turn.role, _shortened(turn.text, room - estimate_tokens(_line(persona, turn.role, ""))))
        lines.append(line)
        room -= estimate_tokens(line)
        covered = turn.id
    return FoldRequest([{"role": "system", "content": system},
                        {"role": "user", "content": earlier + "<conversation>\n" + "\n".join(lines) + "\n</conversation>"}],
                       covered if lines else upto)


def _line(persona: Persona, role: Role, text: str) -> str:
    return _escaped(json.dumps({"who": "person" if role is Role.USER else persona.name, "text": text},
                               ensure_ascii=False))
