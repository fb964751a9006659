"""The memory domain: what a memory is and how it lives. Imports no Qt."""
from .emotions import STYLES, Emotion, colour, label, parse_emotion
from .lifecycle import STATUS_WORDS, Status, TransitionError, check_transition
from .model import EventTime, InvalidMemory, Memory, MemoryFields, MemoryVersion, Source, check_text

__all__ = [
    "STATUS_WORDS", "STYLES", "Emotion", "EventTime", "InvalidMemory", "Memory", "MemoryFields", "MemoryVersion",
    "Source", "Status", "TransitionError", "check_text", "check_transition", "colour", "label",
    "parse_emotion",
]
