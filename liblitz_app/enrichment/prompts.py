"""Versioned prompt files in resources/prompts/, and the chat messages built from them."""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from string import Template

from .language import detect_language
from .persona import Persona, WhoIsWho

_HEADER = re.compile(r"<!--\s*id:\s*(?P<id>[\w.\-]+);\s*version:\s*(?P<version>\d+)\s*-->")
_FILE = re.compile(r"(?P<name>\w+)\.(?P<language>fr|en)\.v(?P<version>\d+)\.md")
SUPPORTED_LANGUAGES = ("fr", "en")


class PromptError(LookupError):
    pass


def resources_dir() -> Path:
    """resources/ beside the package in a checkout, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


@dataclass(frozen=True)
class PromptTemplate:
    id: str  # "enrich.fr"
    version: int
    language: str
    body: str

    def render(self, **values: str) -> str:
        return Template(self.body).safe_substitute(values)


def _read(path: Path) -> PromptTemplate:
    first, _, body = path.read_text(encoding="utf-8").partition("\n")
    header = _HEADER.fullmatch(first.strip())
    name = _FILE.fullmatch(path.name)
    if not header or not name:
        raise PromptError(f"Le fichier de consigne {path.name} n'a pas d'en-tête « id; version ».")
    return PromptTemplate(header["id"], int(header["version"]), name["language"], body.strip() + "\n")


@lru_cache(maxsize=32)
def load_prompt(name: str, language: str, version: int | None = None,
                folder: Path | None = None) -> PromptTemplate:
    """The prompt `name` in `language`: the given version, or the latest one."""
    folder = folder or resources_dir() / "prompts"
    candidates = sorted(
        (int(m["version"]), path) for path in folder.glob(f"{name}.{language}.v*.md")
        if (m := _FILE.fullmatch(path.name))
    )
    if version is not None:
        candidates = [c for c in candidates if c[0] == version]
    if not candidates:
        raise PromptError(f"Aucune consigne « {name} » en « {language} » dans {folder}.")
    return _read(candidates[-1][1])


_CARD_LABELS = {
    "fr": ("nom", "pronom", "voix", "relation", "limite"),
    "en": ("name", "pronoun", "voice", "relationship", "boundary"),
}


def persona_card(persona: Persona, language: str = "fr") -> str:
    name, pronoun, voice, relationship, boundary = _CARD_LABELS.get(language, _CARD_LABELS["fr"])
    lines = [f"- {name}: {persona.name}"]
    if persona.pronoun:
        lines.append(f"- {pronoun}: {persona.pronoun}")
    lines += [f"- {voice}: {persona.voice}", f"- {relationship}: {persona.relationship}"]
    lines += [f"- {boundary}: {b}" for b in persona.boundaries]
    return "\n".join(lines)


def who_is_who_card(people: WhoIsWho, language: str) -> str:
    if not people.people:
        return "(personne)" if language == "fr" else "(nobody)"
    return "\n".join(
        f"- {p.name} — {p.relation or '?'} — {', '.join(p.aliases) or '-'}" for p in people.people
    )


def memory_language(text: str, persona: Persona) -> str:
    found = detect_language(text) or persona.language
    return found if found in SUPPORTED_LANGUAGES else "fr"


def enrich_messages(text: str, memory_date: date, persona: Persona, people: WhoIsWho,
                    language: str | None = None) -> tuple[PromptTemplate, list[dict[str, str]]]:
    """The prompt used and the chat messages: system = rules and cards, user = the memory verbatim."""
    language = language or memory_language(text, persona)
    prompt = load_prompt("enrich", language)
    system = prompt.render(
        name=persona.name, persona_card=persona_card(persona, language),
        who_is_who=who_is_who_card(people, language), memory_date=memory_date.isoformat(),
    )
    return prompt, [{"role": "system", "content": system}, {"role": "user", "content": text}]
