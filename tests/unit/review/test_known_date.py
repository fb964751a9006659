"""A reviewed memory keeps its date: import a chat export, release, prepare, accept — end to end."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from liblitz_app.enrichment import FlagKind
from liblitz_app.intake import run_import
from liblitz_app.intake.feeder import Feeder
from liblitz_app.llm import OllamaService
from liblitz_app.memory import Status
from liblitz_app.review import accept, enrich, first_item
from liblitz_app.store.library import MemoryLibrary
from tests.helpers.fake_ollama import FakeOllama, Reply

MODEL = "gemma3:4b"
# Rows with a timestamp and no time phrase in their words: the timestamp is the memory's only date.
CHAT = (
    "Timestamp,From,Text,Reaction,ID\n"
    "2021-03-04T10:00:00Z,Me,\"Ma sœur Léa m'a appelée, j'étais si contente\",,1\n"
    "2021-03-04T10:00:05Z,Rep,\"Ça a l'air super !\",Love,2\n"
    "2021-05-20T18:30:00Z,Me,\"J'ai enfin fini le puzzle de mille pièces\",,3\n"
)


def _import_and_release(library: MemoryLibrary, tmp_path: Path, text: str = CHAT, name: str = "chat.csv",
                        rows: int = 2) -> list[int]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    run_import(library.ledger, path)
    return Feeder(library.ledger).release_now(rows)


def test_offline_review_keeps_the_imported_date(library: MemoryLibrary, tmp_path: Path) -> None:
    first, second = _import_and_release(library, tmp_path)
    item = enrich(library.ledger, first)
    assert item.proposal is not None
    proposed = item.proposal.proposal
    assert proposed.fields.time.start == date(2021, 3, 4)  # shown in the review editor, not erased
    assert proposed.origins.get("time") == "memory"
    committed = accept(library, first, proposed.fields, item.proposal.id)
    assert committed.status is Status.COMMITTED
    assert committed.fields.time.start == date(2021, 3, 4)
    assert library.ledger.get(second).fields.time.start == date(2021, 5, 20)


def test_a_model_that_says_nothing_of_the_time_keeps_the_date(library: MemoryLibrary, tmp_path: Path,
                                                              service: OllamaService, fake: FakeOllama) -> None:
    fake.script(Reply.json({"emotion": "joy", "intensity": 6, "persons": ["Léa"], "place": "",
                            "time_said": "", "reflection": "Je suis heureuse que Léa t'ait appelée."}))
    memory_id = _import_and_release(library, tmp_path)[0]
    item = enrich(library.ledger, memory_id, service, MODEL)
    assert item.proposal is not None and not item.flags
    committed = accept(library, memory_id, item.proposal.proposal.fields, item.proposal.id)
    assert committed.fields.time.start == date(2021, 3, 4)
    assert committed.fields.persons == ("Léa",)


def test_a_proposal_that_moves_a_known_date_is_flagged(library: MemoryLibrary, tmp_path: Path,
                                                       service: OllamaService, fake: FakeOllama) -> None:
    fake.script(Reply.json({"emotion": "joy", "intensity": 6, "persons": ["Léa"], "place": "",
                            "time_said": "le 3 juillet 2020", "reflection": "Je suis heureuse pour toi."}))
    memory_id = _import_and_release(library, tmp_path)[0]
    item = enrich(library.ledger, memory_id, service, MODEL)
    assert FlagKind.TIME_CHANGED in {flag.kind for flag in item.flags}
    [moved] = [flag for flag in item.flags if flag.field == "time"]  # one flag about the date, the clearest
    assert moved.message_fr.startswith("Ce souvenir est daté du ")
    assert first_item(library.ledger) is not None


# A diary kept in a spreadsheet (semicolons, French day-first dates, who and where in columns of their own).
DIARY = (
    "Date;Texte;Avec;Lieu\n"
    "12/06/2024;Pique-nique au bord de la Saône, il faisait si beau;Léa;Lyon\n"
    "01/07/2024;Léa m'a dit à Lyon qu'elle reviendrait pour Noël;Léa;Lyon\n"
    "02/07/2024;Hier soir, dîner chez Léa;Léa;Lyon\n"
    "03/07/2024;Retrouvé les photos de Lyon, en août 2019 avec Léa;Léa;Lyon\n"
)


def test_the_files_own_date_and_people_are_not_lost_without_a_flag(library: MemoryLibrary, tmp_path: Path) -> None:
    """Offline, as a new user tried it: « Tout accepter sans signalement » must not take these two."""
    picnic, christmas, dinner, photos = (enrich(library.ledger, i) for i in _import_and_release(library, tmp_path, DIARY, "journal.csv", 4))
    assert "Léa" not in picnic.proposal.proposal.fields.persons  # the text never names her: the file does
    assert any(f.kind is FlagKind.PERSON_DROPPED and "« Léa » venait avec ce souvenir" in f.message_fr
               for f in picnic.flags)
    assert christmas.proposal.proposal.fields.time.start != date(2024, 7, 1)  # a plan's feast, not the day
    [moved] = [f for f in christmas.flags if f.kind is FlagKind.TIME_CHANGED]
    assert moved.message_fr.startswith("Ce souvenir est daté du 01/07/2024") and "« Noël »" in moved.message_fr
    assert dinner.proposal.proposal.fields.time.start == date(2024, 7, 1) and not dinner.flags  # "hier soir"
    assert dinner.proposal.proposal.fields.place == "chez Léa, Lyon"  # the file's town kept in the text's place
    assert photos.proposal.proposal.fields.time.start == date(2019, 8, 1)  # a day the words write out, year and all
    assert not [f for f in photos.flags if f.kind is FlagKind.TIME_CHANGED]


def test_the_people_and_place_a_memory_came_with_kept_by_the_proposal_are_not_invented() -> None:
    """The other side of the rule above: a model that keeps the file's « Avec » and « Lieu » is faithful."""
    from liblitz_app.enrichment import Proposal, check_proposal
    from liblitz_app.memory import EventTime, MemoryFields

    known = MemoryFields(persons=("Léa", "Florence"), place="Lyon", time=EventTime("12/06/2024", date(2024, 6, 12)))
    kept = Proposal(fields=MemoryFields(persons=("Léa", "Florence"), place="Lyon",
                                        time=EventTime("12/06/2024", date(2024, 6, 12)),
                                        reflection="Quel beau pique-nique, je suis heureuse pour toi."))
    flags = check_proposal("Pique-nique au bord de la Saône, il faisait si beau", date(2024, 6, 12), kept,
                           known=known)
    assert not [f for f in flags if f.field == "persons"]

