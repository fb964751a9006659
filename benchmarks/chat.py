"""The time Liblitz adds before the model's first token, at 10k memories and a 200-turn conversation.

    python benchmarks/chat.py [--memories 10000] [--turns 200] [--messages 60]

Measures, on the real components (ledger with synchronous=FULL, Qdrant Edge, the offline embedder):
  - say: everything between "Envoyer" and the request leaving for Ollama — the user's turn kept
    (committed, fsync'd), its emotion read, recall (words + meaning + the chat's ranking), the prompt
    assembled under the budget;
  - prepare: recall + prompt assembly alone (the turn already kept);
and the prompt's size in estimated tokens (and how many memories and turns it holds).
Prints p50/p95 in ms and the target (p95 < 100 ms), and the query embedding's own time (the
embedder's share). Figures only: nothing is asserted.

As in benchmarks/store.py, only the first memories go through the real model; the rest get vectors
from a pool of real embeddings (filling 10k with e5-small on 2 cores would take minutes). Queries
are embedded by the real model.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from store import PoolEmbedder, french_memories  # noqa: E402  (benchmarks/store.py)

REAL = 500
TARGET_P95_MS = 100.0
USER_LINES = ["Aujourd'hui j'ai revu {p} à {l}, ça m'a fait du bien.", "Je suis fatigué, la semaine a été longue.",
              "Tu te souviens quand on parlait de {p} ?", "J'ai peur pour l'entretien de demain.",
              "On a mangé chez {p} hier soir, c'était drôle.", "Je repense souvent à {l}.",
              "Qu'est-ce que tu penses de ma dispute avec {p} ?", "J'ai envie de partir en vacances à {l}."]
REPLIES = ["Je m'en souviens : tu m'avais dit que {p} comptait beaucoup pour toi. Comment ça s'est passé ?",
           "Ça a l'air d'avoir été une journée chargée. Tu veux m'en dire plus ?",
           "C'est normal d'avoir le trac. Qu'est-ce qui t'inquiète le plus ?"]
PEOPLE = ["Marc", "Léa", "Sophie", "Karim", "Julie", "Thomas"]
PLACES = ["Lyon", "Paris", "Nantes", "la plage", "la gare"]


def _line(rng: random.Random, lines: list[str]) -> str:
    return rng.choice(lines).format(p=rng.choice(PEOPLE), l=rng.choice(PLACES))


def _pct(values: list[float], q: int) -> float:
    return round(float(np.percentile(values, q)), 1)


def run(n_memories: int, n_turns: int, n_messages: int) -> dict:

    from liblitz_app.conversation import retry, say
    from liblitz_app.paths import DataDir
    from liblitz_app.store import conversations as kept
    from liblitz_app.store.conversations import NewTurn, Role
    from liblitz_app.store.opening import open_library

    data = DataDir.open(Path(tempfile.mkdtemp(prefix="liblitz-chat-bench-")))
    library = open_library(data)
    real = library.embedder
    memories = list(french_memories(n_memories))
    for k in range(0, min(REAL, n_memories), 100):
        library.ledger.add_many(memories[k:k + 100])
        library.sync_index()
    library.embedder = PoolEmbedder(real, real.embed_passages([m.text for m in memories[:256]]))
    for k in range(REAL, n_memories, 2000):
        library.ledger.add_many(memories[k:k + 2000])
        library.sync_index()
    library.embedder = real
    library.catch_up_words()
    rng = random.Random(7)
    conversation_id = kept.start(library.ledger)
    for i in range(n_turns):
        role = Role.USER if i % 2 == 0 else Role.COMPANION
        kept.add_turn(library.ledger, conversation_id, NewTurn(role, _line(rng, USER_LINES if role is Role.USER
                                                                                 else REPLIES)))
    say(library, conversation_id, "Bonjour !")  # warm-up: first query embedding, emotion reader loaded
    said, prepared, embedded, tokens, given, quoted = [], [], [], [], [], []
    for _ in range(n_messages):
        text = _line(rng, USER_LINES)
        started = time.perf_counter()
        request = say(library, conversation_id, text)
        said.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        retry(library, conversation_id)  # recall + assembly for the same turn, already kept
        prepared.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        real.embed_query(text)  # the query's embedding alone: the embedder's share of the above
        embedded.append((time.perf_counter() - started) * 1000)
        tokens.append(request.prompt.tokens)
        given.append(len(request.prompt.memory_ids))
        quoted.append(len(request.prompt.turn_ids))
        kept.add_turn(library.ledger, conversation_id, NewTurn(Role.COMPANION, _line(rng, REPLIES)))
    library.close()
    return {"memories": n_memories, "turns_before": n_turns, "messages": n_messages,
            "say_p50_ms": _pct(said, 50), "say_p95_ms": _pct(said, 95),
            "recall_and_prompt_p50_ms": _pct(prepared, 50), "recall_and_prompt_p95_ms": _pct(prepared, 95),
            "query_embedding_p50_ms": _pct(embedded, 50), "query_embedding_p95_ms": _pct(embedded, 95),
            "target_p95_ms": TARGET_P95_MS, "meets_target": _pct(said, 95) < TARGET_P95_MS,
            "prompt_tokens_p50": int(np.median(tokens)), "prompt_tokens_max": int(max(tokens)),
            "memories_given_p50": float(np.median(given)), "turns_quoted_p50": float(np.median(quoted))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memories", type=int, default=10000)
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--messages", type=int, default=60)
    args = parser.parse_args()
    print(json.dumps(run(args.memories, args.turns, args.messages), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
