"""`liblitz doctor`: what state Liblitz is in, in plain sentences (in the user's language), without
changing anything. A line's `topic` is its French name, translated when printed."""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from .companion import ENV_OLLAMA_URL, EmbeddingSettings, IndexSettings, OllamaSettings
from .embedding.choose import build_embedder
from .errors import describe
from .i18n import tr, tr_n
from .index import IndexedModel, IndexLocked, index_folder_for, open_index
from .llm import DEFAULT_URL, OllamaService, RetryPolicy
from .memory import STATUS_WORDS
from .paths import DataDir
from .store.ledger import LedgerReader


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
        return [Line("registre", tr("aucun registre encore (il sera créé au premier lancement)"))], None
    reader = LedgerReader(data.ledger)
    counts = reader.count_by_status()
    summary = ", ".join(tr("{status} : {n}", status=tr(STATUS_WORDS[status]), n=n)
                        for status, n in sorted(counts.items())) or tr("vide")
    return [Line("registre", tr("{path} (schéma {version}) — {summary}", path=data.ledger,
                                version=reader.schema_version(), summary=summary))], reader


def _embedding_lines(data: DataDir, reader: LedgerReader | None) -> tuple[list[Line], IndexedModel | None]:
    setting = (EmbeddingSettings.read(reader) if reader else EmbeddingSettings()).model
    try:
        embedder = build_embedder(setting, data.models)
        embedder.embed_query("bonjour")
    except Exception as error:  # noqa: BLE001 — doctor reports, never crashes
        return [Line("embeddings", tr("{model} : indisponible — {why}", model=setting, why=describe(error)))], None
    return [Line("embeddings", tr("{model} ({dim} dimensions), disponible", model=embedder.model_id,
                                  dim=embedder.dim))], \
        IndexedModel(embedder.model_id, embedder.dim)


def _index_lines(data: DataDir, reader: LedgerReader | None, model: IndexedModel | None) -> list[Line]:
    settings = IndexSettings.read(reader) if reader else IndexSettings()
    lines = [Line("qdrant", settings.mode)]
    if model is None:
        return lines
    folder = index_folder_for(data.index_root, model)
    if not settings.url and not folder.exists():
        return lines + [Line("index", tr("aucun index encore pour {model} (il sera construit au lancement)",
                                         model=model.model_id))]
    try:
        if settings.url:
            index = open_index(model, url=settings.url, api_key=settings.api_key or None)
        else:
            index = open_index(model, folder=folder)
    except IndexLocked:
        return lines + [Line("index", tr("ouvert par Liblitz en ce moment (compte disponible dans la fenêtre)"))]
    except Exception as error:  # noqa: BLE001
        return lines + [Line("index", tr("illisible — {why}", why=describe(error)))]
    try:
        lines.append(Line("index", tr_n("{n} souvenir indexé pour {model}",
                                        "{n} souvenirs indexés pour {model}", n=index.count(),
                                      model=model.model_id)))
    finally:
        index.close()
    return lines


def _ollama_lines(url: str) -> list[Line]:
    service = OllamaService(url, timeout=3.0, retry=RetryPolicy(attempts=1))
    try:
        health = service.health()
        if not health.ok:
            return [Line("ollama", tr("injoignable à {url} — lancez-le avec « ollama serve »", url=url))]
        names = ", ".join(m.name for m in service.models()) or tr("aucun modèle (ollama pull gemma3)")
    except Exception as error:  # noqa: BLE001 — an unusable Ollama is an answer, not a failure
        return [Line("ollama", tr("joignable à {url} mais inutilisable — {why}", url=url, why=describe(error)))]
    finally:
        service.close()
    return [Line("ollama", tr("joignable à {url} (version {version}) — modèles : {names}", url=url,
                              version=health.version, names=names))]


# A page the web reader must cut down to its article: read offline, it proves the reader and the
# data files it needs (trafilatura's settings, jusText's stop lists…) are there, as in a frozen build.
SAMPLE_PAGE = ("<html><head><title>Essai</title></head><body><nav>Accueil · Contact</nav><article><p>"
               "Liblitz lit cette page pour vérifier son lecteur : le menu et le pied de page ne font pas "
               "partie du texte.</p></article><footer>Mentions légales</footer></body></html>").encode()


def _reader_lines() -> list[Line]:
    try:
        import docx  # noqa: F401 — imported only when a DOCX is shared: checked here
        import pypdf  # noqa: F401

        from .documents.web import extract
        _, text = extract(SAMPLE_PAGE, "utf-8", "http://localhost/essai")
    except Exception as error:  # noqa: BLE001 — doctor reports, never crashes
        return [Line("documents", tr("lecteurs indisponibles — {why}", why=describe(error)))]
    if "vérifier son lecteur" not in text or "Mentions" in text:
        return [Line("documents", tr("le lecteur de pages web ne trouve pas le texte d'une page d'essai"))]
    return [Line("documents", tr("PDF, DOCX, Markdown, CSV et pages web lisibles"))]


def diagnose(data: DataDir) -> list[Line]:
    lines = [Line("données", str(data.root))]
    ledger_lines, reader = _ledger_lines(data)
    lines += ledger_lines
    try:
        embedding_lines, model = _embedding_lines(data, reader)
        lines += embedding_lines
        lines += _index_lines(data, reader, model)
        lines += _ollama_lines(ollama_url(reader))
        lines += _reader_lines()
    finally:
        if reader:
            reader.close()
    return lines


def run_doctor(data: DataDir, write: Callable[[str], None] = print) -> int:
    for line in diagnose(data):
        write(tr("{topic} : {text}", topic=f"{tr(line.topic):>11}", text=line.text))
    return 0
