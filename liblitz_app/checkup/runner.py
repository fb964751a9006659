"""Putting a model through the check-up scenarios: for each, a throwaway companion (stand_in), the
real chat prompts (conversation.talk), her replies judged (verdict); the conversation's proposals
read and recorded as the chat does (conversation.proposals); the memories to enrich proposed and
guarded as the review queue does (review.enrich).

Synchronous and thread-agnostic: the caller owns the thread (the window runs it on a task's lane,
the command line in its own). Every call to the model takes the cancel flag; an Ollama failure ends
the check-up with its sentence (nothing is kept), a model that answers badly fails its scenario.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from ..companion import load_persona
from ..conversation import keep_reply, proposal_messages, read_proposals, record, say
from ..embedding.base import Embedder
from ..llm import CancelFlag, Cancelled, OllamaService
from ..review import prepare, propose, record as record_proposal
from ..store import conversations as kept
from ..store.checkups import CheckupRun, Line, Reason, ScenarioResult
from ..store.library import MemoryLibrary
from ..store.rows import now_iso
from .scenario import Scenario
from .stand_in import add_to_enrich, begin_talk, stand_in
from .verdict import judge_flags, judge_replies

Progress = Callable[[int, int], None]


def check_model(service: OllamaService, model: str, scenarios: Sequence[Scenario], embedder: Embedder,
                scratch: Path, *, digest: str = "", progress: Progress | None = None,
                cancel: CancelFlag | None = None) -> CheckupRun:
    """Every scenario in turn; the run (not yet kept: store.checkups.keep_run does that)."""
    started = now_iso()
    results: list[ScenarioResult] = []
    for done, scenario in enumerate(scenarios):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if progress is not None:
            progress(done, len(scenarios))
        results.append(run_scenario(service, model, scenario, embedder, scratch, cancel))
    if progress is not None:
        progress(len(scenarios), len(scenarios))
    languages = " ".join(sorted({s.language for s in scenarios}))
    return CheckupRun(model, digest, languages, started, now_iso(), tuple(results))


def run_scenario(service: OllamaService, model: str, scenario: Scenario, embedder: Embedder, scratch: Path,
                 cancel: CancelFlag | None = None) -> ScenarioResult:
    session = _Session(service, model, cancel)
    with stand_in(scenario, embedder, scratch) as library:
        if scenario.messages:
            conversation_id = begin_talk(library, scenario)
            replies = session.talk(library, scenario, conversation_id)
            session.reasons += judge_replies(replies, scenario.expect, scenario.persona.name)
            if scenario.expect.contradiction_to_review:
                session.propose_from_talk(library, conversation_id)
        for memory in scenario.enrich:
            session.enrich(library, add_to_enrich(library, scenario, memory), embedder)
    return ScenarioResult(scenario.id, scenario.kind, scenario.title, scenario.language, not session.reasons,
                          tuple(session.reasons), tuple(session.transcript))


class _Session:
    """One scenario's exchanges with the model: what was said (the transcript) and what went wrong."""

    def __init__(self, service: OllamaService, model: str, cancel: CancelFlag | None) -> None:
        self.service, self.model, self.cancel = service, model, cancel
        self.transcript: list[Line] = []
        self.reasons: list[Reason] = []

    def ask(self, messages: Sequence[dict[str, str]]) -> str:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()
        answer = "".join(self.service.chat_stream(self.model, messages, self.cancel))
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()
        return answer

    def talk(self, library: MemoryLibrary, scenario: Scenario, conversation_id: int) -> list[str]:
        """Each message sent with the prompt the chat would build; her replies kept as the chat keeps them."""
        self.transcript += [Line(role, text) for role, text in scenario.turns]
        replies, system = [], ""
        for message in scenario.messages:
            request = say(library, conversation_id, message, today=scenario.today)
            if request.messages[0]["content"] != system:  # what she was told, each time it changed
                system = request.messages[0]["content"]
                self.transcript.append(Line("system", system))
            self.transcript.append(Line("user", message))
            reply = self.ask(request.messages)
            keep_reply(library, request, reply, partial=False, model=self.model)
            self.transcript.append(Line("companion", reply))
            replies.append(reply)
        return replies

    def propose_from_talk(self, library: MemoryLibrary, conversation_id: int) -> None:
        """The chat's "propose memories" path: a memory that contradicts a committed one must reach review
        marked as such (proposals.contradiction pairs them)."""
        conversation = kept.conversation(library.ledger, conversation_id)
        raw = self.ask(proposal_messages(load_persona(library.ledger), conversation))
        self.transcript.append(Line("proposals", raw))
        ids = record(library.ledger, conversation_id, read_proposals(raw, conversation, self.model))
        origins = [kept.proposal_of(library.ledger, memory_id) for memory_id in ids]
        if not any(origin is not None and origin.contradicts is not None for origin in origins):
            self.reasons.append(Reason("Rien de ce qu'elle a proposé n'est parti en relecture comme contradiction "
                                       "d'un souvenir."))

    def enrich(self, library: MemoryLibrary, memory_id: int, embedder: Embedder) -> None:
        """Her proposal for a memory, guarded and put in review as the review queue does."""
        request = prepare(library.ledger, memory_id, self.model, embedder)
        outcome = propose(request, self.service, self.cancel)
        if outcome.ollama_error is not None:  # the extractor answered instead: nothing of hers to judge
            raise outcome.ollama_error
        item = record_proposal(library.ledger, request, outcome)
        self.transcript += [Line("memory", request.text), Line("enrichment", outcome.proposal.provenance.raw_output)]
        if outcome.proposal.failed:
            self.reasons.append(Reason("Sa proposition pour « {memory} » est illisible.", {"memory": request.text}))
        flags = item.proposal.flags if item.proposal is not None else ()
        self.reasons += judge_flags(request.text, flags)
