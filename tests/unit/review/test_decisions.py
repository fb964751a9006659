"""The user's decisions: what is approved is exactly what is committed; nothing is ever dropped."""
from __future__ import annotations

from dataclasses import replace

import pytest

from liblitz_app.llm import OllamaService
from liblitz_app.memory import Emotion, Status
from liblitz_app.review import (
    ProposalState, ReviewBook, ReviewError, accept, accept_all_clean, counts, enrich, prepare, reject, skip,
    to_prepare, waiting_ids,
)
from liblitz_app.store import review_records
from liblitz_app.store.ledger import Ledger, LedgerReader
from liblitz_app.store.library import MemoryLibrary
from tests.helpers.fake_ollama import FakeOllama, Reply

from .conftest import released
from .test_enrich import GOOD, MODEL, RENAMED


def test_accepting_commits_exactly_what_was_approved(library: MemoryLibrary, service: OllamaService,
                                                    fake: FakeOllama) -> None:
    fake.script(Reply.json(RENAMED))
    ledger = library.ledger
    memory_id = released(ledger)
    item = enrich(ledger, memory_id, service, MODEL)
    fixed = replace(item.proposal.proposal.fields, emotion=Emotion.TRUST,
                    reflection="Je suis contente que tu m'aies parlé de Marc.")
    memory = accept(library, memory_id, fixed, item.proposal.id)
    assert memory.status is Status.COMMITTED and memory.fields == fixed.validated()
    version = ledger.history(memory_id)[-1]
    assert version.author == "user" and version.action == "committed"
    assert version.provenance["model"] == MODEL and version.provenance["prompt_id"] == "enrich.fr"
    assert version.provenance["edited"] == ["emotion", "reflection"]
    assert "companion_renamed" in version.provenance["flags_acknowledged"]
    assert ReviewBook(ledger).all_for(memory_id)[0].state is ProposalState.ACCEPTED
    assert memory_id in library.index.versions() and waiting_ids(ledger) == []


def test_rejecting_keeps_the_reason_and_the_next_proposal_is_told(ledger: Ledger, service: OllamaService,
                                                                 fake: FakeOllama) -> None:
    fake.script(Reply.json(RENAMED), Reply.json(GOOD))
    memory_id = released(ledger)
    item = enrich(ledger, memory_id, service, MODEL)
    memory = reject(ledger, memory_id, "Ce n'était pas de la joie.", item.proposal.id)
    assert memory.status is Status.REJECTED
    assert ledger.journal(memory_id)[0]["detail"]["reason"] == "Ce n'était pas de la joie."
    stored = ReviewBook(ledger).all_for(memory_id)[0]
    assert stored.state is ProposalState.REJECTED and stored.reason == "Ce n'était pas de la joie."
    assert to_prepare(ledger) == []  # never re-proposed on its own
    ledger.set_status(memory_id, Status.RELEASED, reason="la personne le redonne")
    assert prepare(ledger, memory_id, MODEL).refusals[0].reason == "Ce n'était pas de la joie."
    enrich(ledger, memory_id, service, MODEL)
    system = fake.bodies("/api/chat")[1]["messages"][0]["content"]
    assert "déjà refusées" in system and "Ce n'était pas de la joie." in system


def test_skip_puts_the_item_behind_the_others(ledger: Ledger) -> None:
    first, second = released(ledger), released(ledger, "Un dimanche de pluie, j'étais triste.")
    enrich(ledger, first)
    enrich(ledger, second)
    skip(ledger, first)
    assert waiting_ids(ledger) == [second, first]


def test_accept_all_commits_only_the_clean_items(library: MemoryLibrary, service: OllamaService,
                                                 fake: FakeOllama) -> None:
    ledger = library.ledger
    fake.script(Reply.json(RENAMED), Reply.json(GOOD), Reply.json({"question": "Qui est Marc ?"}))
    flagged, clean, asking = (released(ledger) for _ in range(3))
    for memory_id in (flagged, clean, asking):
        enrich(ledger, memory_id, service, MODEL)
    assert counts(ledger).clean == 1
    assert accept_all_clean(library) == [clean]
    assert ledger.get(clean).status is Status.COMMITTED
    assert ledger.get(clean).fields.reflection == GOOD["reflection"]
    assert waiting_ids(ledger) == [flagged, asking]


def test_a_decision_on_a_proposal_that_changed_meanwhile_is_refused(ledger: Ledger) -> None:
    memory_id = released(ledger)
    old = enrich(ledger, memory_id).proposal.id
    enrich(ledger, memory_id)
    with pytest.raises(ReviewError, match="relisez-la"):
        reject(ledger, memory_id, "", old)
    assert ledger.get(memory_id).status is Status.IN_REVIEW


def test_a_failure_between_commit_and_decision_leaves_neither(library: MemoryLibrary,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    ledger = library.ledger
    memory_id = released(ledger)
    item = enrich(ledger, memory_id)
    versions = len(ledger.history(memory_id))

    def crash(*_args: object) -> None:  # the decision's write fails after the commit's was made
        raise OSError("disque plein")
    monkeypatch.setattr(review_records, "_decide", crash)
    with pytest.raises(OSError, match="disque plein"):
        accept(library, memory_id, item.proposal.proposal.fields, item.proposal.id)
    reader = LedgerReader(ledger.path)  # what is on disk, as the next start would find it
    try:
        assert reader.get(memory_id).status is Status.IN_REVIEW and len(reader.history(memory_id)) == versions
        assert ReviewBook(reader).pending(memory_id).id == item.proposal.id
    finally:
        reader.close()
    assert ledger.pending_index_ops() == [] and memory_id not in library.index.versions()
    monkeypatch.undo()
    accept(library, memory_id, item.proposal.proposal.fields, item.proposal.id)  # the user tries again
    assert ledger.get(memory_id).status is Status.COMMITTED and ReviewBook(ledger).pending(memory_id) is None
    assert ReviewBook(ledger).all_for(memory_id)[0].state is ProposalState.ACCEPTED
    assert memory_id in library.index.versions()
