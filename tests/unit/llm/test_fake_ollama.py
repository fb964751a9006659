import ollama
import pytest

from tests.helpers.fake_ollama import FakeOllama, Reply


def test_the_real_client_speaks_to_the_fake(fake: FakeOllama) -> None:
    client = ollama.Client(host=fake.url)
    try:
        fake.script(Reply.text("bonjour"), Reply.text("salut à toi"))
        assert client.generate(model="gemma3:4b", prompt="x").response == "bonjour"
        parts = client.generate(model="gemma3:4b", prompt="x", stream=True)
        assert "".join(p.response for p in parts) == "salut à toi"
        with pytest.raises(ollama.ResponseError) as error:
            client.chat(model="absent", messages=[{"role": "user", "content": "x"}])
        assert error.value.status_code == 404
        assert [r.path for r in fake.requests] == ["/api/generate", "/api/generate", "/api/chat"]
    finally:
        client.close()
