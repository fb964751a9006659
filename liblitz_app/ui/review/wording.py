"""The review pane's sentences: the counter, where a proposal came from, what spans point at."""
from __future__ import annotations

import re

from ...i18n import tr, tr_n
from ...review import QueueCounts, ReviewItem, StoredProposal
from ...review.flags import span_texts


def counter_sentence(queue: QueueCounts) -> str:
    if not queue.waiting and not queue.released:
        return tr("Rien n'attend.")
    parts = [tr("{n} à relire", n=queue.waiting)]
    details = [(queue.flagged, tr_n("{n} signalé", "{n} signalés", n=queue.flagged)),
               (queue.questions, tr_n("{n} question", "{n} questions", n=queue.questions)),
               (queue.failed, tr_n("{n} échec", "{n} échecs", n=queue.failed))]
    said = [text for n, text in details if n]
    if said:
        parts[0] += " (" + ", ".join(said) + ")"
    if queue.released:
        parts.append(tr_n("{n} libéré à préparer", "{n} libérés à préparer", n=queue.released))
    return " · ".join(parts)


def origin_sentence(proposal: StoredProposal | None) -> str:
    if proposal is None:
        return tr("Aucune proposition : remplissez les champs vous-même, ou redemandez.")
    if proposal.failed:
        return tr("La proposition a échoué ({why}). Redemandez, ou remplissez les champs vous-même.",
                  why=proposal.proposal.error)
    source = proposal.proposal.provenance
    if proposal.from_extractor and proposal.note:
        return tr(proposal.note)  # it already says the extractor proposed, and why
    if proposal.from_extractor:
        said = tr("Proposé par l'extracteur hors ligne.")
    elif talk := _FROM_CONVERSATION.match(proposal.note or ""):
        return tr("Proposé par {model} d'après la conversation n°{n}.", model=source.model, n=talk[1])
    else:
        said = tr("Proposé par {model}.", model=source.model)  # the prompt's id stays in the history
    return f"{said} {tr(proposal.note)}" if proposal.note else said


# How conversation/proposals.py notes where a proposal came from (kept as data, shown in the user's words).
_FROM_CONVERSATION = re.compile(r"^conversation (\d+), tour \d+$")


def span_values(item: ReviewItem) -> dict[str, str]:
    """The text each span target points at, for highlighting."""
    return span_texts(item.memory.text, item.proposal.proposal if item.proposal is not None else None)
