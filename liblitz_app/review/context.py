"""Proposing with what the user already said: answers to questions, and proposals refused before.

`OllamaService.propose` knows only the memory; when there is more to say, the same prompt gets a
section added to its system message, and the answer is read the same way (one retry if malformed).
"""
from __future__ import annotations

from ..enrichment import PROPOSAL_SCHEMA, MalformedOutput, Proposal, Provenance, enrich_messages, read_output
from ..enrichment.prompts import memory_language
from ..i18n import tr
from ..llm import CancelFlag, Cancelled, OllamaService
from ..llm.service import FORMAT_ATTEMPTS
from .request import EnrichmentRequest

_HEADINGS = {
    "fr": ("Précisions données par la personne (tiens-en compte, elles priment) :",
           "Question", "Réponse",
           "Propositions déjà refusées par la personne (ne les refais pas à l'identique) :", "raison"),
    "en": ("What the person told you (take it into account; it comes first):",
           "Question", "Answer",
           "Proposals the person already rejected (do not make them again as they were):", "reason"),
}


def context_section(request: EnrichmentRequest, language: str) -> str:
    answers, question, answer, refused, reason = _HEADINGS.get(language, _HEADINGS["fr"])
    lines: list[str] = []
    if request.answers:
        lines.append(answers)
        lines += [f"- {question} : {a.question} — {answer} : {a.answer}" for a in request.answers]
    if request.refusals:
        lines.append(refused)
        lines += [f"- {_summary(r.proposal)} — {reason} : {r.reason or '-'}" for r in request.refusals]
    return "\n".join(lines)


def _summary(proposal: Proposal) -> str:
    fields = proposal.fields
    parts = [fields.emotion.value if fields.emotion else "", fields.place, ", ".join(fields.persons),
             fields.time.said, f"« {fields.reflection} »" if fields.reflection else ""]
    return " ; ".join(p for p in parts if p) or "(vide)"


def messages_for(request: EnrichmentRequest) -> tuple[Provenance, list[dict[str, str]]]:
    language = memory_language(request.text, request.persona)
    prompt, messages = enrich_messages(request.text, request.memory_date, request.persona, request.people, language)
    section = context_section(request, language)
    if section:
        messages[0] = {**messages[0], "content": messages[0]["content"].rstrip() + "\n\n" + section + "\n"}
    return Provenance(request.model, prompt.id, prompt.version), messages


def propose_with_context(service: OllamaService, request: EnrichmentRequest,
                         cancel: CancelFlag | None = None) -> Proposal:
    base, messages = messages_for(request)
    outputs: list[str] = []
    error = ""
    for _ in range(FORMAT_ATTEMPTS):
        raw = "".join(service.chat_stream(request.model, messages, cancel, PROPOSAL_SCHEMA, {"temperature": 0}))
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        provenance = Provenance(base.model, base.prompt_id, base.prompt_version, raw, tuple(outputs))
        try:
            return read_output(raw, provenance)
        except MalformedOutput as malformed:
            outputs.append(raw)
            error = malformed.describe()
    provenance = Provenance(base.model, base.prompt_id, base.prompt_version, outputs[-1], tuple(outputs[:-1]))
    return Proposal.failure(tr("Réponse du modèle illisible après {n} essais : {error}", n=FORMAT_ATTEMPTS,
                               error=error), provenance)
