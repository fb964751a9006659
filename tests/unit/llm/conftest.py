from collections.abc import Iterator

import pytest

from liblitz_app.llm import OllamaService, RetryPolicy
from tests.helpers.fake_ollama import FakeOllama, fake_ollama


@pytest.fixture
def fake() -> Iterator[FakeOllama]:
    with fake_ollama() as server:
        yield server


@pytest.fixture
def waits() -> list[float]:
    return []


@pytest.fixture
def service(fake: FakeOllama, waits: list[float]) -> Iterator[OllamaService]:
    ollama_service = OllamaService(fake.url, timeout=5, retry=RetryPolicy(attempts=3, sleep=waits.append))
    yield ollama_service
    ollama_service.close()
