"""Enrichment: what a model or the offline extractor proposes for a memory, and the guards
that flag what looks wrong before the user reviews it. Pure Python: imports no Qt."""
from .extractor import extract
from .guards import Flag, FlagKind, GuardContext, Span, check_proposal
from .language import detect_language
from .persona import KnownPerson, Persona, WhoIsWho
from .prompts import PromptTemplate, enrich_messages, load_prompt, resources_dir
from .proposal import EXTRACTOR, Proposal, Provenance, model_origin
from .schema import PROPOSAL_SCHEMA, MalformedOutput, read_output

__all__ = [
    "EXTRACTOR", "PROPOSAL_SCHEMA", "Flag", "FlagKind", "GuardContext", "KnownPerson",
    "MalformedOutput", "Persona", "PromptTemplate", "Proposal", "Provenance", "Span", "WhoIsWho",
    "check_proposal", "detect_language", "enrich_messages", "extract", "load_prompt",
    "model_origin", "read_output", "resources_dir",
]
