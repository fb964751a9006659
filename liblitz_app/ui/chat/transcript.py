"""A conversation as Markdown for the chat's QTextBrowser: who said what, and under each reply the
memories it was given, each with links to open it in the browser, correct it, or forget it.

Links are `memory:ID`, `correct:ID`, `forget:ID` and `retry:` (the pane handles them; none leaves the app).
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ...enrichment.persona import DEFAULT_NAME
from ...i18n import language, tr
from ...memory import Memory, label
from ...store.conversations import Role, Turn

EXCERPT = 48
_MARKUP = re.compile(r"[<>]")
_DEFAULT_NAME = re.compile(rf"\b{DEFAULT_NAME}\b")


def turn_markdown(turn: Turn, memories: Mapping[int, Memory], name: str, last: bool = False) -> str:
    who = tr("Vous") if turn.role is Role.USER else name
    at = turn.created_at.astimezone().strftime("%H:%M")
    parts = [f"**{who}** · {at}", "", safe(turn.text)]
    if turn.partial:
        cut = tr("(réponse interrompue)")
        parts += ["", f"*{cut}*" + (f" · [{tr('Réessayer')}](retry:)" if last else "")]
    elif last and turn.role is Role.USER:  # no reply came (the window closed before her first word)
        parts += ["", f"*{tr('(pas de réponse)')}* · [{tr('Réessayer')}](retry:)"]
    if turn.memory_ids:
        parts += ["", given_line(turn.memory_ids, memories)]
    return "\n".join(parts)


def given_line(memory_ids: Sequence[int], memories: Mapping[int, Memory]) -> str:
    """"Souvenirs donnés : [n°3 · La poterie…](memory:3) (corriger · oublier)", one link each."""
    links = []
    for memory_id in memory_ids:
        memory = memories.get(memory_id)
        if memory is None:
            links.append(tr("n°{id} (oublié)", id=memory_id))
            continue
        emotion = f" · {label(memory.fields.emotion, language())}" if memory.fields.emotion else ""
        number = tr("n°{id}", id=memory_id)
        links.append(f"[{number} · {safe(excerpt(memory.text))}{emotion}](memory:{memory_id}) "
                     f"([{tr('corriger')}](correct:{memory_id}) · [{tr('oublier')}](forget:{memory_id}))")
    return tr("Souvenirs donnés : ") + tr(" ; ").join(links)


def transcript(turns: Sequence[Turn], memories: Mapping[int, Memory], name: str,
               under: Mapping[int, str] | None = None, waiting: bool = False) -> str:
    """`under`: turn id → Markdown shown under that turn (0: before the first), e.g. the documents a
    reply was given and a page read for it (shared_lines.under_turns). `waiting`: her reply to the last
    turn is on its way (no « Réessayer » under it)."""
    may_retry = turns[-1].id if turns and (turns[-1].role is Role.COMPANION or not waiting) else None
    under = under or {}
    blocks = [under.get(0, "")] + ["\n\n".join(filter(None, (turn_markdown(t, memories, name, t.id == may_retry),
                                                              under.get(t.id, "")))) for t in turns]
    return "\n\n---\n\n".join(block for block in blocks if block)


def excerpt(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= EXCERPT else line[:EXCERPT - 1].rstrip() + "…"


def in_her_name(sentence: str, name: str) -> str:
    """A sentence written elsewhere with her default name (a document's reader: « Liblitz ne sait pas lire… »),
    said with the name her card gives her now."""
    return _DEFAULT_NAME.sub(lambda _found: name, sentence) if name and name != DEFAULT_NAME else sentence


def safe(text: str) -> str:
    """What the user or a model wrote is shown, never run as markup (no raw HTML, no link brackets)."""
    return _MARKUP.sub(lambda m: "&lt;" if m.group() == "<" else "&gt;", text).replace("](", "]\u200b(")
