"""Fine-tuning sets the user controls: chosen memories and conversation excerpts as chat-format JSON Lines
(the persona as system message), and an Ollama Modelfile for a base model with her card.

    chosen = Choice(emotions={Emotion.JOY}, person="Léa", cap_per_memory=2, conversations=(3,))
    training = build_set(reader, chosen)          # examples, counts, warnings
    write_jsonl(training, path); modelfile(base, training.system)
"""
from .choice import Choice
from .examples import TOO_MANY, TrainingSet, build_set, write_jsonl
from .modelfile import FinetuneError, create_model, modelfile

__all__ = ["Choice", "FinetuneError", "TOO_MANY", "TrainingSet", "build_set", "create_model", "modelfile",
           "write_jsonl"]
