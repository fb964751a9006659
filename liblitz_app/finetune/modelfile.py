"""An Ollama Modelfile for her (FROM a base model, SYSTEM her card, PARAMETERs), and "create this model"
through the Ollama client when Ollama is there."""
from __future__ import annotations

from collections.abc import Mapping

import httpx
import ollama

from ..errors import UserError

PARAMETERS: dict[str, float | int] = {"temperature": 0.7, "top_p": 0.9, "repeat_penalty": 1.1, "num_ctx": 8192}


class FinetuneError(UserError, RuntimeError):
    pass


def modelfile(base: str, system: str, parameters: Mapping[str, float | int] = PARAMETERS) -> str:
    """The Modelfile text (`ollama create NAME -f Modelfile`)."""
    escaped = system.replace('"""', '\\"\\"\\"')  # the only sequence that would end the block early
    lines = [f"FROM {base}", f'SYSTEM """{escaped}"""']
    lines += [f"PARAMETER {name} {value}" for name, value in parameters.items()]
    return "\n".join(lines) + "\n"


def create_model(url: str, name: str, base: str, system: str,
                 parameters: Mapping[str, float | int] = PARAMETERS, timeout: float = 600.0) -> str:
    """Ask Ollama at `url` to create `name` from `base` with her card; Ollama's final status ("success")."""
    client = ollama.Client(host=url, timeout=timeout)
    try:
        answer = client.create(model=name, from_=base, system=system, parameters=dict(parameters), stream=False)
    except ollama.ResponseError as error:
        raise FinetuneError("Ollama n'a pas pu créer le modèle « {name} » : {why}", name=name,
                            why=error.error) from error
    except (httpx.HTTPError, ConnectionError) as error:
        raise FinetuneError("Ollama ne répond pas à {url} : le modèle « {name} » n'a pas été créé.", url=url,
                            name=name) from error
    finally:
        client._client.close()
    return str(answer.status or "")
