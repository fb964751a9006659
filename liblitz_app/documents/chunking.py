"""Cutting pages into chunks small enough to embed and to quote, never across two pages.

Paragraphs are packed greedily up to TARGET characters; a paragraph longer than that is cut at
sentence ends (a sentence longer still, at spaces). The last sentence of a chunk opens the next one,
so an idea cut at the boundary is whole in one of them. ~900 characters is ~250 tokens: under
e5-small's 512, and a passage the prompt can quote several of.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .model import ChunkText, Page

TARGET = 900
_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?…;:])\s+")


def chunk_pages(pages: Iterable[Page], target: int = TARGET) -> list[ChunkText]:
    return [ChunkText(text, page.number, page.section) for page in pages for text in chunk_text(page.text, target)]


def chunk_text(text: str, target: int = TARGET) -> list[str]:
    pieces = [p for paragraph in _PARAGRAPH.split(text) for p in _pieces(_one_line(paragraph), target)]
    chunks: list[str] = []
    current: list[str] = []
    for piece in pieces:
        if current and len(" ".join(current)) + len(piece) + 1 > target:
            chunks.append(" ".join(current))
            overlap = _last_sentence(current[-1])
            current = [overlap] if overlap and len(overlap) + len(piece) + 1 <= target else []
        current.append(piece)
    if current:
        chunks.append(" ".join(current))
    return chunks


def _one_line(paragraph: str) -> str:
    return " ".join(paragraph.split())


def _pieces(paragraph: str, target: int) -> list[str]:
    """The paragraph whole if it fits, else its sentences (a too long one cut at spaces)."""
    if not paragraph:
        return []
    if len(paragraph) <= target:
        return [paragraph]
    pieces: list[str] = []
    for sentence in _SENTENCE_END.split(paragraph):
        while len(sentence) > target:
            cut = sentence.rfind(" ", 0, target)
            cut = cut if cut > target // 2 else target
            pieces.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        if sentence:
            pieces.append(sentence)
    return pieces


def _last_sentence(piece: str) -> str:
    sentences = _SENTENCE_END.split(piece)
    last = sentences[-1] if len(sentences) > 1 else ""
    return last if len(last) <= TARGET // 4 else ""
