"""The rolling summary and the budget together: no turn is ever in neither the summary nor the prompt,
the summary is asked for ahead of need, and a model's summary never moves back."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from liblitz_app.conversation import Budget, Role, Turn, assemble
from liblitz_app.conversation.prompt import KEEP_SHARE, estimate_tokens
from liblitz_app.conversation.summary import fold_in
from liblitz_app.enrichment.persona import Persona, WhoIsWho
from liblitz_app.store import conversations as kept
from liblitz_app.store.conversations import NewTurn
from liblitz_app.store.ledger import Ledger

from tests.unit.conversation.diary import TODAY

BUDGET = Budget(context=2600, reply=400)
AT = datetime(2026, 11, 30, 10, tzinfo=timezone.utc)


def _turns(count: int, words: int = 30) -> list[Turn]:
    return [Turn(n, 1, Role.USER if n % 2 else Role.COMPANION, f"Tour {n} : " + "blabla " * words, AT)
            for n in range(1, count + 1)]


def _prompt(turns: list[Turn], covered: int, summary: str = "") -> object:
    return assemble(Persona(), WhoIsWho(), turns[:-1], turns[-1].text, [], summary=summary, summary_upto=covered,
                    budget=BUDGET, today=TODAY)


def _missing(prompt, turns: list[Turn], covered: int) -> list[int]:
    """The turns (before the message) in neither the summary (ids up to `covered`) nor the prompt."""
    return [t.id for t in turns[:-1] if t.id > covered and t.id not in prompt.turn_ids]


def test_a_long_conversation_never_loses_a_turn_between_the_summary_and_the_prompt() -> None:
    turns, covered, folds = _turns(160), 0, 0
    for count in range(2, len(turns) + 1):
        prompt = _prompt(turns[:count], covered, "Résumé." if covered else "")
        assert _missing(prompt, turns[:count], covered) == []
        assert prompt.tokens <= BUDGET.prompt
        if prompt.fold_upto:  # the model writes the summary; the next turn sees it
            assert prompt.fold_upto > covered
            covered, folds = prompt.fold_upto, folds + 1
    assert covered > 100 and 1 < folds < 40  # in steps of many turns, not one a reply


def test_the_summary_is_asked_for_before_the_turns_it_does_not_cover_outgrow_the_room() -> None:
    turns = _turns(80)
    first = next(n for n in range(2, 81) if _prompt(turns[:n], 0).fold_upto)
    prompt = _prompt(turns[:first], 0)
    assert _missing(prompt, turns[:first], 0) == [] and prompt.folded_upto == 0  # all still quoted, whole
    after = [t for t in turns[:first - 1] if t.id > prompt.fold_upto]
    assert sum(estimate_tokens(t.text) for t in after) <= BUDGET.prompt * KEEP_SHARE + estimate_tokens(after[0].text)


def test_turns_the_summary_does_not_cover_are_shortened_rather_than_dropped_when_it_keeps_failing() -> None:
    turns = _turns(30, words=60)
    prompt = _prompt(turns, 0)  # no summary was ever written
    assert _missing(prompt, turns, 0) == [] and prompt.tokens <= BUDGET.prompt
    quoted = dict(zip(prompt.turn_ids, (m["content"] for m in prompt.messages[1:-1])))
    assert quoted[turns[0].id].endswith("…") and quoted[turns[-2].id] == turns[-2].text  # the newest whole
    assert prompt.fold_upto >= turns[0].id


def test_turns_the_summary_covers_give_way_first() -> None:
    turns = _turns(45)
    prompt = _prompt(turns, 30, "Ils ont parlé de tout.")
    assert all(turn_id in prompt.turn_ids for turn_id in range(31, 45))
    assert 0 < prompt.folded_upto <= 30 and "Ils ont parlé de tout." in prompt.messages[0]["content"]


def test_a_models_summary_never_moves_back(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    try:
        conversation_id = kept.start(ledger)
        ids = [kept.add_turn(ledger, conversation_id, NewTurn(Role.USER, f"Tour {n}")).id for n in range(6)]
        assert fold_in(ledger, conversation_id, "Jusqu'au tour 4.", ids[4])
        assert not fold_in(ledger, conversation_id, "Jusqu'au tour 2.", ids[2])  # an older fold, answered late
        assert not fold_in(ledger, conversation_id, "  ", ids[5])
        conversation = kept.conversation(ledger, conversation_id)
        assert (conversation.summary, conversation.summary_upto) == ("Jusqu'au tour 4.", ids[4])
    finally:
        ledger.close()
