"""Memories proposed from a conversation: the model rereads it and names what the user confided, each
with the turn it came from; each becomes a proposal in the review queue (never a silent write), under
the same guards as any proposal. One that contradicts a committed memory ("Marc est mon frère" /
"Marc est mon cousin") is kept with a link to it, so review can show the two side by side.

`proposal_messages` and `read_proposals` are pure; `record` runs on the store's owner thread.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from typing import Any

from ..companion import load_people, load_persona
from ..companion.notes import NOTE_KIND, note_for_review
from ..enrichment import Flag, FlagKind, Proposal, Provenance, check_proposal, extract
from ..enrichment.persona import Persona, WhoIsWho
from ..enrichment.schema import MalformedOutput, json_object
from ..memory import Memory, MemoryFields, Source, Status, parse_emotion
from ..memory.folding import fold
from ..review.book import submit
from ..store import conversations as kept
from ..store.conversations import Conversation, Role, Turn
from ..store.ledger import Ledger, LedgerReader, NewMemory
from ..store.query import MemoryQuery
from .prompt import _escaped
from .wording import TEXTS

PROMPT_ID = "conversation-proposals"
PROMPT_VERSION = 1
SHAPE = ('{"memories": [{"turn": <numéro du tour>, "quote": "<ses mots exacts>", "emotion": "<joie, tristesse…>"}], '
         '"persona_note": "<une note pour ta fiche, ou rien>"}')


@dataclass(frozen=True)
class ProposedMemory:
    turn: Turn
    text: str  # the user's own words, verbatim (a quote found in the turn, else the whole turn)
    emotion: str = ""


@dataclass(frozen=True)
class ConversationProposals:
    memories: tuple[ProposedMemory, ...]
    persona_note: str
    persona_turn: Turn | None  # the last user turn: where a persona note is said to come from
    raw: str
    model: str


def proposal_messages(persona: Persona, conversation: Conversation) -> list[dict[str, str]]:
    """Ask the model to reread the conversation; the turns are quoted as data, one JSON line each."""
    texts = TEXTS.get(persona.language, TEXTS["fr"])
    lines = [_escaped(json.dumps({"turn": t.id, "who": "person" if t.role is Role.USER else persona.name,
                                  "text": t.text}, ensure_ascii=False)) for t in conversation.turns if not t.partial]
    system = "\n".join((texts.identity.format(name=persona.name), texts.propose, SHAPE))
    return [{"role": "system", "content": system},
            {"role": "user", "content": "<conversation>\n" + "\n".join(lines) + "\n</conversation>"}]


def read_proposals(raw: str, conversation: Conversation, model: str) -> ConversationProposals:
    """What the model proposed, kept only where it holds: a turn of the user's in this conversation,
    and words the user really said. Unreadable output proposes nothing (it never invents)."""
    data = _json(raw)
    users = {t.id: t for t in conversation.turns if t.role is Role.USER}
    found: list[ProposedMemory] = []
    for item in data.get("memories") or []:
        if not isinstance(item, dict):
            continue
        turn = users.get(_int(item.get("turn")))
        if turn is None:
            continue
        text = _verbatim(str(item.get("quote") or ""), turn.text)
        if all(p.text != text for p in found):
            found.append(ProposedMemory(turn, text, str(item.get("emotion") or "")))
    note = str(data.get("persona_note") or "").strip()
    last = next((t for t in reversed(conversation.turns) if t.role is Role.USER), None)
    return ConversationProposals(tuple(found), note, last, raw, model)


def record(ledger: Ledger, conversation_id: int, proposals: ConversationProposals) -> list[int]:
    """Each proposed memory into review with its turn (a memory already proposed from that turn with
    the same words is not proposed twice); the ids of the memories put in review."""
    persona, people = load_persona(ledger), load_people(ledger)
    turn_ids = sorted({p.turn.id for p in proposals.memories} | ({proposals.persona_turn.id}
                                                                 if proposals.persona_turn else set()))
    already = {(p.turn_id, ledger.get(p.memory_id).text) for p in kept.proposals_from(ledger, turn_ids)}
    recorded = []
    for proposed in proposals.memories:
        if (proposed.turn.id, proposed.text) in already:
            continue
        contradicted = contradiction(ledger, proposed.text)
        recorded.append(kept.proposed_from_turn(
            ledger, proposed.turn.id, lambda p=proposed, c=contradicted: _keep(ledger, conversation_id, p, proposals,
                                                                               persona, people, c),
            contradicts=contradicted))
    if proposals.persona_note and proposals.persona_turn is not None:  # for her card, once accepted (not a memory)
        text = note_for_review(persona, proposals.persona_note)
        if (proposals.persona_turn.id, text) not in already and proposals.persona_note not in persona.notes:
            persona_note = ProposedMemory(proposals.persona_turn, text)
            recorded.append(kept.proposed_from_turn(
                ledger, proposals.persona_turn.id,
                lambda: _keep(ledger, conversation_id, persona_note, proposals, persona, people, None),
                kind=NOTE_KIND))
    return recorded


# --- contradictions -------------------------------------------------------------------------------

_NAME = r"([A-ZÀ-Ý][\w'-]+)"
_RELATION = r"([a-zà-ÿ'-]+)"
_CLAIMS = (re.compile(_NAME + r" (?:est|était) (?:mon|ma) " + _RELATION),
           re.compile(r"\b(?:[Mm]on|[Mm]a) " + _RELATION + " " + _NAME),
           re.compile(_NAME + r" (?:is|was) my " + _RELATION),
           re.compile(r"\b[Mm]y " + _RELATION + " " + _NAME))


def relation_claims(text: str) -> dict[str, str]:
    """{folded name: folded relation} for what the text says someone is to the user."""
    claims: dict[str, str] = {}
    for number, pattern in enumerate(_CLAIMS):
        for match in pattern.finditer(text):
            name, relation = match.groups() if number in (0, 2) else reversed(match.groups())
            claims[fold(name)] = fold(relation)
    return claims


def contradiction(ledger: LedgerReader, text: str) -> int | None:
    """A committed memory that says someone named here is something else to the user, if any."""
    for name, relation in relation_claims(text).items():
        for memory in ledger.find(MemoryQuery(words=name, statuses=frozenset({Status.COMMITTED})), limit=200):
            said = relation_claims(memory.text).get(name)
            if said is not None and said != relation:
                return memory.id
    return None


def contradiction_flag(ledger: LedgerReader, memory_id: int) -> Flag:
    earlier = ledger.get(memory_id).text
    return Flag(FlagKind.CONTRADICTS,
                f"Contredit le souvenir n°{memory_id} : « {earlier} ». Gardez l'un, les deux (un changement "
                "dans le temps), ou aucun.",
                f"Contradicts memory no. {memory_id}: “{earlier}”. Keep one, both (a change over time), "
                "or neither.",
                "text")


# --- internals ------------------------------------------------------------------------------------

def _keep(ledger: Ledger, conversation_id: int, proposed: ProposedMemory, proposals: ConversationProposals,
          persona: Persona, people: WhoIsWho, contradicted: int | None) -> int:
    """The proposed memory (released: it never skips review) and its proposal, flagged by the guards."""
    turn = proposed.turn
    memory = ledger.add(NewMemory(proposed.text, MemoryFields(), Source("chat", f"conversation {conversation_id}",
                                                                        turn.id), status=Status.RELEASED,
                                  author="conversation"))
    day = turn.created_at.astimezone().date()
    proposal = _with_model_emotion(extract(proposed.text, day, persona, people), proposed.emotion, proposals.model)
    proposal = replace(proposal, provenance=Provenance(proposals.model, PROMPT_ID, PROMPT_VERSION, proposals.raw))
    flags = check_proposal(proposed.text, day, proposal, persona, people)
    if contradicted is not None:
        flags.append(contradiction_flag(ledger, contradicted))
    submit(ledger, memory.id, proposal, flags, note=f"conversation {conversation_id}, tour {turn.id}")
    return memory.id


def _with_model_emotion(proposal: Proposal, said: str, model: str) -> Proposal:
    emotion = parse_emotion(said) if said else None
    if emotion is None:
        return proposal
    return replace(proposal, fields=replace(proposal.fields, emotion=emotion),
                   origins={**proposal.origins, "emotion": f"model:{model}"})


def _verbatim(quote: str, turn_text: str) -> str:
    """The quote as the user wrote it, when it is in the turn (spaces, case and accents aside); else
    the whole turn: a memory's text is always the user's own words."""
    words = quote.split()
    if words:
        pattern = r"\s+".join(re.escape(w) for w in words)
        match = re.search(pattern, turn_text, re.IGNORECASE)
        if match:
            return match.group(0)
    return turn_text


def _json(raw: str) -> dict[str, Any]:
    try:
        return json_object(raw)
    except MalformedOutput:
        return {}


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def contradicted(ledger: LedgerReader, memory_id: int) -> Memory | None:
    """The committed memory a proposed one contradicts (still living), if it came from a conversation."""
    origin = kept.proposal_of(ledger, memory_id)
    if origin is None or origin.contradicts is None:
        return None
    earlier = ledger.get(origin.contradicts)
    return None if earlier.forgotten else earlier
