"""Recall on real components in a tmp dir: the ledger, a Qdrant Edge index, the offline embedder."""
from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from liblitz_app.enrichment.persona import KnownPerson, WhoIsWho
from liblitz_app.memory import Emotion, EventTime, MemoryFields, Source, Status
from liblitz_app.memory.terms import match_expression
from liblitz_app.paths import DataDir
from liblitz_app.recall import Recall, RecallWeights
from liblitz_app.store import schema
from liblitz_app.store.ledger import NewMemory
from liblitz_app.store.library import MemoryLibrary
from liblitz_app.store.query import MemoryQuery
from liblitz_app.store.words import reading
from tests.helpers.library import library_in

TODAY = date(2026, 11, 30)


def _memory(text: str, day: date | None = None, persons: tuple[str, ...] = (), place: str = "",
            emotion: Emotion | None = None, intensity: int | None = None, source: Source = Source()) -> NewMemory:
    return NewMemory(text, MemoryFields(emotion=emotion, intensity=intensity, place=place, persons=persons,
                                        time=EventTime("", day)), source, status=Status.COMMITTED)


DIARY = [
    _memory("Mon chat Pixel est mort ce matin, la maison est vide sans lui.", date(2024, 2, 3),
            emotion=Emotion.SADNESS, intensity=9),
    _memory("On a fêté l'anniversaire de Marc au restaurant italien.", date(2024, 6, 14), ("Marc",)),
    _memory("J'ai commencé la poterie le mardi soir, j'adore modeler l'argile.", date(2023, 9, 12)),
    _memory("Le train de 8h pour Paris était en retard, encore.", date(2023, 5, 8)),
    _memory("Réunion budgétaire interminable au bureau.", date(2023, 5, 22)),
    _memory("Pique-nique au parc de la Tête d'Or.", date(2023, 5, 27), place="Lyon"),
    _memory("Léa m'a confié qu'elle voulait quitter son travail pour ouvrir une librairie.", date(2024, 3, 2),
            ("Léa",), "Lyon"),
    _memory("Soirée jeux de société chez Karim, j'ai perdu à chaque partie.", date(2024, 1, 20), ("Karim",)),
    _memory("I went hiking in the Alps with Nadia; the view from the top was stunning.", date(2025, 7, 5),
            ("Nadia",)),
    _memory("Nadia started taking photography lessons after our trip.", date(2025, 8, 1), ("Nadia",)),
]



@pytest.fixture
def library(tmp_path: Path, embedder) -> MemoryLibrary:
    opened = library_in(tmp_path, embedder)
    for memory in DIARY:
        opened.add(memory)
    yield opened
    opened.close()


def _ids(hits) -> list[int]:
    return [h.memory.id for h in hits]


def test_a_question_sharing_no_word_is_found_by_meaning(library: MemoryLibrary) -> None:
    hits = Recall(library).recall("le deuil de mon animal de compagnie", limit=3, today=TODAY)
    assert hits[0].memory.text.startswith("Mon chat Pixel")
    assert hits[0].why.meaning and not hits[0].why.words


def test_a_question_sharing_only_a_name_is_found_by_words(library: MemoryLibrary) -> None:
    hits = Recall(library).recall("Et Karim ?", limit=3, today=TODAY)
    assert hits[0].memory.text.startswith("Soirée jeux")
    assert "karim" in hits[0].why.words


def test_a_question_sharing_only_a_date_is_found_by_words(library: MemoryLibrary) -> None:
    weights = RecallWeights(time=0.0)  # the date words alone, without the period bonus
    hits = Recall(library, weights=weights).recall("Qu'ai-je noté le 12 septembre 2023 ?", limit=3, today=TODAY)
    assert hits[0].memory.text.startswith("J'ai commencé la poterie")
    assert {"12", "septembre", "2023"} <= set(hits[0].why.words)


def test_words_are_stemmed_folded_and_any_may_match(library: MemoryLibrary) -> None:
    hits = Recall(library).recall("ANNIVERSAIRES restaurants chinois", limit=3, today=TODAY)
    assert hits[0].memory.text.startswith("On a fêté l'anniversaire")


def test_a_question_naming_a_month_ranks_that_months_memories_first(library: MemoryLibrary) -> None:
    hits = Recall(library).recall("qu'est-ce qui s'est passé en mai 2023 ?", limit=10, today=TODAY)
    days = [h.memory.fields.time.start for h in hits[:3]]
    assert all(d is not None and (d.year, d.month) == (2023, 5) for d in days), days
    assert hits[0].why.time == "mai 2023"
    relative = Recall(library).recall("le train il y a trois ans et demi", limit=3, today=date(2026, 11, 8))
    assert relative[0].memory.text.startswith("Le train")


def test_a_turn_whose_answer_is_in_the_previous_turn_is_found_through_its_neighbour(
        tmp_path: Path, embedder) -> None:
    library = library_in(tmp_path, embedder)
    chat = [("Tu te souviens du nom du chien de ma grand-mère ?", 1), ("Oui, il s'appelait Caramel.", 2),
            ("On parle de la météo demain ?", 3), ("Il va pleuvoir toute la journée.", 4)]
    for text, row in chat:
        library.add(_memory(text, date(2025, 4, 2), source=Source("import", "chat.csv", row)))
    for memory in DIARY:
        library.add(memory)
    hits = Recall(library).recall("le chien de grand-mère", limit=3, today=TODAY)
    answer = next(h for h in hits if h.memory.text.startswith("Oui, il s'appelait"))
    assert answer.why.neighbour == hits[0].memory.id and not answer.why.words
    library.close()


def test_a_person_named_by_a_nickname_is_found(library: MemoryLibrary) -> None:
    assert Recall(library).recall("qu'est-ce que Léa m'a dit à Lyon ?", limit=1,
                                  today=TODAY)[0].memory.text.startswith("Léa m'a confié")
    people = WhoIsWho((KnownPerson("Léa", "ma sœur", ("Lili",)),))
    hits = Recall(library, people=people).recall("Qu'est-ce que Lili m'a dit à Lyon ?", limit=3, today=TODAY)
    assert hits[0].memory.text.startswith("Léa m'a confié")
    assert hits[0].why.persons == ("Léa",)


def test_forgotten_memories_never_come_back(library: MemoryLibrary) -> None:
    recall = Recall(library)
    pixel = recall.recall("Pixel mon chat est mort", limit=1, today=TODAY)[0].memory
    library.forget(pixel.id)
    for query in ("Pixel mon chat est mort", "le deuil de mon animal", "en février 2024"):
        assert pixel.id not in _ids(recall.recall(query, limit=None, today=TODAY))
    library.unforget(pixel.id)
    assert recall.recall("Pixel", limit=1, today=TODAY)[0].memory.id == pixel.id
    library.forget(pixel.id)
    library.empty_forgotten()
    assert pixel.id not in _ids(recall.recall("Pixel chat mort", limit=None, today=TODAY))


def test_editing_a_memory_updates_its_words_without_a_rebuild(library: MemoryLibrary) -> None:
    recall = Recall(library)
    train = recall.recall("train Paris", limit=1, today=TODAY)[0].memory
    assert train.id not in _ids(recall.recall("Gare de Lyon Perrache", limit=None, today=TODAY)[:1])
    library.edit(train.id, MemoryFields(place="Perrache", time=train.fields.time))
    assert library.catch_up_words() == 0  # the edit's own transaction already rewrote its words
    assert recall.recall("Perrache", limit=1, today=TODAY)[0].memory.id == train.id


def test_an_edit_is_seen_by_the_ranking_though_the_traits_read_before_are_kept(library: MemoryLibrary) -> None:
    recall = Recall(library)
    query = "le pique-nique avec Sofia, le jour où j'étais en colère"
    picnic = recall.recall(query, limit=1, today=TODAY)[0]
    assert picnic.memory.text.startswith("Pique-nique") and not picnic.parts["person"] and not picnic.parts["emotion"]
    fields = picnic.memory.fields
    library.edit(picnic.memory.id, MemoryFields(emotion=Emotion.ANGER, intensity=10, place=fields.place,
                                                persons=("Sofia",), time=fields.time))
    for again in (recall, Recall(library)):
        edited = next(h for h in again.recall(query, limit=3, today=TODAY) if h.memory.id == picnic.memory.id)
        assert edited.parts["person"] == again.weights.person and edited.why.persons == ("Sofia",)
        assert edited.parts["emotion"] == again.weights.emotion and edited.why.feeling


def test_memories_not_committed_never_take_the_place_of_committed_word_matches(library: MemoryLibrary) -> None:
    rejected = [library.add(NewMemory(f"Poterie, poterie et encore poterie, jour {n}.", status=Status.REJECTED)).id
                for n in range(3)]
    pottery = next(m.id for m in library.ledger.find(MemoryQuery()) if m.text.startswith("J'ai commencé la poterie"))
    rejected_only = MemoryQuery(statuses=frozenset({Status.REJECTED}))
    with reading(library.ledger) as reads:  # the rejected ones say "poterie" more often, but have no word row
        best = reads.word_hits(match_expression("poterie"), MemoryQuery(), 2, RecallWeights().columns)
        among_rejected = reads.word_hits(match_expression("poterie"), rejected_only, 2, RecallWeights().columns)
        indexed = {r[0] for r in reads._conn.execute("SELECT rowid FROM recall_words")}
    assert [i for i, _ in best] == [pottery]
    assert among_rejected == [] and not indexed & set(rejected)


def test_a_memory_enters_the_word_index_when_committed_and_leaves_it_when_forgotten(library: MemoryLibrary) -> None:
    """Recall reads committed memories only, so only they are indexed: an import's staged rows (100,000 of them
    in a large chat export) cost the store nothing until they arrive and are kept."""
    waiting = library.add(NewMemory("Le cerf-volant rouge s'est envolé au-dessus de la dune.", status=Status.IN_REVIEW))

    def kite() -> list[int]:
        with reading(library.ledger) as reads:
            return [i for i, _ in reads.word_hits(match_expression("cerf-volant"), MemoryQuery(), 5, (1.0,) * 6)]
    assert kite() == []
    library.ledger.set_status(waiting.id, Status.COMMITTED)
    assert kite() == [waiting.id]
    library.forget(waiting.id)
    assert kite() == []


def test_an_existing_ledger_gets_its_word_index_from_the_migration(tmp_path: Path, embedder) -> None:
    data = DataDir.open(tmp_path)
    conn = sqlite3.connect(data.ledger, isolation_level=None)
    schema.migrate(conn, target=4)  # a ledger from before recall
    conn.execute("INSERT INTO memories (text, status, created_at) VALUES "
                 "('Le marché de Noël de Strasbourg sous la neige.', 'committed', '2024-12-10T10:00:00+00:00')")
    conn.close()
    library = library_in(tmp_path, embedder)
    library.quick_reconcile()
    assert Recall(library).recall("Strasbourg", limit=1, today=TODAY)[0].memory.id == 1
    library.close()


def test_for_the_chat_painful_memories_are_marked_and_not_pushed_when_the_user_is_low(
        library: MemoryLibrary) -> None:
    recall = Recall(library)
    calm = recall.recall("mon chat", limit=3, today=TODAY)
    assert calm[0].painful and calm[0].memory.text.startswith("Mon chat Pixel")
    low = recall.recall("mon chat", conversation=["Je suis tellement triste ce soir, je pleure."], limit=3,
                        today=TODAY)
    pixel = next(h for h in low if h.memory.text.startswith("Mon chat Pixel"))
    assert pixel.painful and pixel.parts["care"] < 0
    assert {"relevance", "recency", "intensity", "congruence"} <= set(pixel.parts)


def test_weights_are_a_settings_group_kept_in_the_ledger(library: MemoryLibrary) -> None:
    RecallWeights(person=0.4, fusion="ranks").save(library.ledger)
    assert RecallWeights.read(library.ledger) == RecallWeights(person=0.4, fusion="ranks")
    assert Recall(library).weights.person == 0.4


@pytest.mark.parametrize("question", ["météo de demain", "What's the weather tomorrow?"])
def test_a_question_nothing_speaks_to_brings_no_memory(tmp_path: Path, embedder, question: str) -> None:
    """A small library typed in one day: the nearest memories by meaning are not answers, and their day together is
    no reason either (a grief memory came with every chat reply)."""
    opened = library_in(tmp_path, embedder)
    for text in ("Mon chat Pistache est mort l'hiver dernier, j'ai beaucoup pleuré.",
                 "J'ai fini le puzzle de mille pièces.", "My grandmother died in March."):
        opened.add(NewMemory(text, status=Status.COMMITTED))
    try:
        assert Recall(opened).recall(question, limit=10, today=TODAY) == []
        assert Recall(opened).recall(question, ["Bonjour !"], limit=10, today=TODAY) == []  # the chat's way
        assert _ids(Recall(opened).recall("Pistache", limit=10, today=TODAY)) == [1]
    finally:
        opened.close()


def test_a_pasted_letter_is_read_from_its_beginning(library: MemoryLibrary) -> None:
    from liblitz_app.recall.finder import QUERY_CHARACTERS

    letter = "Tu te souviens de la soirée chez Karim ? " + "Il pleuvait des cordes ce jour-là. " * 2000 + "Léa"
    hits = Recall(library).recall(letter, limit=3, today=TODAY)
    assert hits[0].memory.text.startswith("Soirée jeux")
    assert all("léa" not in h.why.words for h in hits)  # named only after the first QUERY_CHARACTERS
    assert len(letter) > 50 * QUERY_CHARACTERS
