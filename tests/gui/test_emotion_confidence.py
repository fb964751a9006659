"""The review editor shows the emotion reader's confidence beside the emotion it proposed."""
from __future__ import annotations

from liblitz_app.memory import Emotion, MemoryFields
from liblitz_app.ui.review.proposal_editor import ProposalEditor


def test_the_readers_confidence_is_shown_until_the_user_picks_another_emotion(qtbot) -> None:
    editor = ProposalEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_fields(MemoryFields(emotion=Emotion.ANGER), (), emotion_confidence=0.724)
    assert editor.confidence.isVisible() and editor.confidence.text() == "confiance 72 %"
    editor.emotion.set_emotion(Emotion.JOY)
    assert not editor.confidence.isVisible()  # it spoke of anger, not of the user's choice


def test_no_confidence_is_shown_for_a_models_emotion(qtbot) -> None:
    editor = ProposalEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_fields(MemoryFields(emotion=Emotion.JOY), ())
    assert not editor.confidence.isVisible()
