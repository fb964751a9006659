"""`liblitz doctor`: what state Liblitz is in, in plain sentences, without changing anything."""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from .embedding.choose import build_embedder
from .errors import describe
from .index import IndexedModel, IndexLocked, index_folder_for, open_index
from .llm import DEFAULT_URL, OllamaService, RetryPolicy
from .paths import DataDir
from .review.identity import ENV_OLLAMA_URL, OllamaSettings
from .store.ledger import LedgerReader
from .store.opening import IndexSettings


def ollama_url(ledger: LedgerReader | None) -> str:
    if ledger is not None:
        return OllamaSettings.read(ledger).url
    return os.environ.get(ENV_OLLAMA_URL) or DEFAULT_URL


@dataclass
class Line:
    topic: str
    text: str


def _ledger_lines(data: DataDir) -> tuple[list[Line], LedgerReader | None]:
    if not data.ledger.exists():
        return [Line("registre", "aucun registre encore (il sera créé au premier lancement)")], None
    reader = LedgerReader(data.ledger)
    counts = reader.count_by_status()
    summary = ", ".join(f"{status.value}: {n}" for status, n in sorted(counts.items())) or "vide"
    return [Line("registre", f"{data.ledger} (schéma {reader.schema_version()}) — {summary}")], reader


def _embedding_lines(data: DataDir, reader: LedgerReader | None) -> tuple[list[Line], IndexedModel | None]:
    setting = reader.setting("embedding.model", "default") if reader else "default"
    try:
        embedder = build_embedder(setting, data.models)
        embedder.embed_query("bonjour")
    except Exception as error:  # noqa: BLE001 — doctor reports, never crashes
        return [Line("embeddings", f"{setting} : indisponible — {describe(error)}")], None
    return [Line("embeddings", f"{embedder.model_id} ({embedder.dim} dimensions), disponible")], \
        IndexedModel(embedder.model_id, embedder.dim)


def _index_lines(data: DataDir, reader: LedgerReader | None, model: IndexedModel | None) -> list[Line]:
    settings = IndexSettings.read(reader) if reader else IndexSettings()
    lines = [Line("qdrant", settings.mode)]
    if model is None:
        return lines
    folder = index_folder_for(data.root / "index", model)
    if not settings.url and not folder.exists():
        return lines + [Line("index", f"aucun index encore pour {model.model_id} (il sera construit au lancement)")]
    try:
        if settings.url:
            index = open_index(model, url=settings.url, api_key=settings.api_key or None)
        else:
            index = open_index(model, folder=folder)
    except IndexLocked:
        return lines + [Line("index", "ouvert par Liblitz en ce moment (compte disponible dans la fenêtre)")]
    except Exception as error:  # noqa: BLE001
        return lines + [Line("index", f"illisible — {describe(error)}")]
    try:
        lines.append(Line("index", f"{index.count()} souvenir(s) indexé(s) pour {model.model_id}"))
    finally:
        index.close()
    return lines


def _ollama_lines(url: str) -> list[Line]:
    service = OllamaService(url, timeout=3.0, retry=RetryPolicy(attempts=1))
    try:
        health = service.health()
        if not health.ok:
            return [Line("ollama", f"injoignable à {url} — lancez-le avec « ollama serve »")]
        names = ", ".join(m.name for m in service.models()) or "aucun modèle (ollama pull gemma3)"
    except Exception as error:  # noqa: BLE001 — an unusable Ollama is an answer, not a failure
        return [Line("ollama", f"joignable à {url} mais inutilisable — {describe(error)}")]
    finally:
        service.close()
    return [Line("ollama", f"joignable à {url} (version {health.version}) — modèles : {names}")]


def diagnose(data: DataDir) -> list[Line]:
    lines = [Line("données", str(data.root))]
    ledger_lines, reader = _ledger_lines(data)
    lines += ledger_lines
    try:
        embedding_lines, model = _embedding_lines(data, reader)
        lines += embedding_lines
        lines += _index_lines(data, reader, model)
        lines += _ollama_lines(ollama_url(reader))
    finally:
        if reader:
            reader.close()
    return lines


def run_doctor(data: DataDir, write: Callable[[str], None] = print) -> int:
    for line in diagnose(data):
        write(f"{line.topic:>11} : {line.text}")
    return 0
