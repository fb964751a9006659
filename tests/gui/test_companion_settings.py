"""The companion's settings, shared by the whole window: one write, one signal, the model worker follows."""
from __future__ import annotations

import threading

from liblitz_app.companion import CompanionSettings, IndexSettings, OllamaSettings
from liblitz_app.store.ledger import LedgerReader
from liblitz_app.ui.main_window import MainWindow
from tests.helpers.fake_ollama import Reply, fake_ollama

TIMEOUT = 30000


def stored(window: MainWindow, key: str) -> object:
    reader = LedgerReader(window.data.ledger)
    try:
        return reader.setting(key)
    finally:
        reader.close()


def test_the_window_reads_the_settings_once_the_store_is_ready(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.companion.loaded, timeout=TIMEOUT)
    assert isinstance(window.companion.current, CompanionSettings)
    assert window.llm.url == window.companion.current.ollama.url


def test_a_change_is_durable_then_announced_and_the_model_worker_follows(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.companion.changed, timeout=TIMEOUT,
                          check_params_cb=lambda settings: settings.ollama.chat_model == "gemma3:4b"):
        window.companion.change(OllamaSettings, chat_model="gemma3:4b", timeout=30)
    assert window.llm.model_for("chat") == "gemma3:4b"
    assert stored(window, "ollama.model.chat") == "gemma3:4b" and stored(window, "ollama.timeout") == 30


def test_the_review_pane_chooses_its_model_through_the_shared_settings(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.companion.changed, timeout=TIMEOUT):
        window.review.choose_model("mistral:7b")
    assert window.llm.model_for("enrich") == "mistral:7b" and stored(window, "ollama.model.enrich") == "mistral:7b"


def test_an_api_key_set_from_the_window_never_reaches_the_journal(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.companion.changed, timeout=TIMEOUT):
        window.companion.change(IndexSettings, api_key="k-123")
    reader = LedgerReader(window.data.ledger)
    try:
        assert reader.setting("qdrant.api_key") == "k-123" and "k-123" not in str(reader.journal())
    finally:
        reader.close()


def test_the_model_worker_waits_as_long_as_the_settings_say_and_says_so(qtbot, window: MainWindow) -> None:
    release = threading.Event()
    with fake_ollama(models=["gemma3:4b"]) as fake:
        fake.script(Reply.slow("Bonjour.", release))
        with qtbot.waitSignal(window.companion.changed, timeout=TIMEOUT):
            window.companion.change(OllamaSettings, url=fake.url, timeout=0.5)
        assert window.llm.timeout == 0.5
        try:
            with qtbot.waitSignal(window.llm.chat("gemma3:4b", [{"role": "user", "content": "Salut"}]).failed,
                                  timeout=TIMEOUT) as failed:
                pass
        finally:
            release.set()
    assert "0.5 s" in failed.args[0] and "délai d'attente" in failed.args[0]


def test_the_ollama_dialog_refuses_a_wrong_address_then_keeps_address_and_waiting_time(
        qtbot, window: MainWindow) -> None:
    from liblitz_app.ui.ollama_dialog import OllamaDialog

    assert window.ollama_action.isEnabled()  # the settings are read (the fixture waited for them)
    window.ollama_action.trigger()
    dialog = window.review.findChild(OllamaDialog)
    assert dialog is not None and dialog.isVisible() and dialog.address.text() == window.llm.url
    dialog.address.setText("pas une adresse")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "n'est pas une adresse" in dialog.problem.text()
    assert stored(window, "ollama.url") is None  # nothing kept
    dialog.address.setText("http://127.0.0.1:9/")
    dialog.wait.setValue(300)
    with qtbot.waitSignal(window.companion.changed, timeout=TIMEOUT):
        dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert stored(window, "ollama.url") == "http://127.0.0.1:9" and stored(window, "ollama.timeout") == 300
    assert window.llm.url == "http://127.0.0.1:9" and window.llm.timeout == 300


def test_an_address_set_in_the_environment_is_shown_but_not_offered_for_change(
        qtbot, window: MainWindow, monkeypatch) -> None:
    from liblitz_app.companion import ENV_OLLAMA_URL
    from liblitz_app.ui.ollama_dialog import OllamaDialog

    monkeypatch.setenv(ENV_OLLAMA_URL, "http://127.0.0.1:9")
    dialog = OllamaDialog(window.companion, window)
    assert not dialog.address.isEnabled() and ENV_OLLAMA_URL in dialog.address.toolTip()
    dialog.wait.setValue(45)
    with qtbot.waitSignal(window.companion.changed, timeout=TIMEOUT):
        dialog.buttons.accepted.emit()
    assert stored(window, "ollama.timeout") == 45 and stored(window, "ollama.url") is None
