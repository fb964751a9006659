from __future__ import annotations

import pytest

from liblitz_app.embedding import nano


@pytest.fixture
def e5(embedder):
    """The real offline embedder the shipped emotion reader was trained on."""
    if embedder.model_id != nano.MODEL_ID:
        pytest.skip("the reader is trained on multilingual-e5-small, not installed on this platform")
    return embedder
