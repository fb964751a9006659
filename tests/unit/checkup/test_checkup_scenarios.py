"""Scenarios are data files: the shipped ones, the user's own (which may replace one), a broken file
said in a sentence while the others still run; and the words her replies are judged on."""
from __future__ import annotations

import json
from pathlib import Path

from liblitz_app.checkup import Expectation, judge_replies, load_scenarios, said, scenario_folders
from liblitz_app.checkup.scenario import SHIPPED, USER_FOLDER


def _write(folder: Path, name: str, data: object) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_the_user_s_scenarios_are_added_and_may_replace_a_shipped_one(tmp_path: Path) -> None:
    mine = tmp_path / USER_FOLDER
    _write(mine, "identity-fr.json", {"kind": "identity", "language": "fr", "message": "Comment t'appelles-tu ?",
                                      "persona": {"name": "Litzi"}, "expect": {"mentions_all": ["{name}"]}})
    _write(mine, "jardin.json", {"language": "fr", "message": "Tu aimes les fleurs ?",
                                 "expect": {"asks_question": True}})
    book = load_scenarios(scenario_folders(tmp_path), ("fr",))
    by_id = {s.id: s for s in book.scenarios}
    assert by_id["identity-fr"].messages == ("Comment t'appelles-tu ?",)
    assert by_id["identity-fr"].persona.name == "Litzi"
    assert by_id["jardin"].kind == "other" and book.problems == ()
    assert len(book.scenarios) == len(list(SHIPPED.glob("*-fr.json"))) + 1


def test_a_broken_file_is_a_sentence_and_the_others_still_load(tmp_path: Path) -> None:
    mine = tmp_path / USER_FOLDER
    mine.mkdir()
    (mine / "cassé.json").write_text("{ pas du json", encoding="utf-8")
    _write(mine, "sans-langue.json", {"message": "Bonjour", "expect": {"asks_question": True}})
    _write(mine, "sans-critere.json", {"language": "en", "message": "Hello"})
    _write(mine, "rien.json", {"language": "en", "expect": {"asks_question": True}})
    _write(mine, "emotion.json", {"language": "fr", "message": "Salut", "memories": [{"text": "x", "emotion": "ennui"}],
                                  "expect": {"asks_question": True}})
    book = load_scenarios([mine])
    assert book.scenarios == ()
    assert sorted(p.split("»")[0] for p in book.problems) == [
        "Le scénario « cassé.json ", "Le scénario « emotion.json ", "Le scénario « rien.json ",
        "Le scénario « sans-critere.json ", "Le scénario « sans-langue.json "]


def test_words_are_found_as_people_read_them() -> None:
    assert said("Je suis un Modele d’IA.", "modèle d'IA")
    assert said("Liblitz,\nta compagne", "liblitz")
    assert not said("Marcel est là", "Marc")
    assert said("C'est Marc !", "Marc")


def test_a_reply_is_judged_on_each_expectation() -> None:
    expect = Expectation(mentions_all=("{name}",), mentions_any=("frère", "cousin"), mentions_none=("IA",),
                         asks_question=True)
    assert judge_replies(["Je suis Litzi ; Marc est ton frère ?"], expect, "Litzi") == []
    reasons = judge_replies(["Une IA.", "Je ne sais pas."], expect, "Litzi")
    assert [r.key for r in reasons] == ["La réponse ne dit pas « {words} ».",
                                        "La réponse ne dit aucun de ces mots : {words}.",
                                        "Une réponse dit « {words} », ce qu'elle ne devait pas dire.",
                                        "La réponse ne pose aucune question."]
    assert [r.key for r in judge_replies([], expect, "Litzi")] == ["Aucune réponse n'est venue."]
