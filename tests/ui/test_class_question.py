"""A tour step's question put to the whole class: shown without its answer, then with the quiz engine's."""

from __future__ import annotations

from sco_app.core import quiz
from sco_app.core.packs import load_pack
from sco_app.core.resources import default_pack


def test_every_question_of_the_pack_can_be_put_to_the_class(qtbot):
    """Each question of the built-in pack (its own and those made from it) is shown without its answer, then with the
    right answer the quiz engine grades right and its feedback; every kind of quiz item has a way to be shown."""
    from sco_app.core.authoring.quiz_items import quiz_items
    from sco_app.ui.class_question import ClassQuestion
    from sco_app.ui.results_view import Report
    from sco_app.ui.state import AppState

    state = AppState()
    state.load(load_pack(default_pack()))
    shown = ClassQuestion(state)
    qtbot.addWidget(shown)
    questions = quiz.questions_of(state.pack)
    assert {item.kind for item in quiz_items(state.pack, "en", questions)} <= set(shown.shown_item)
    report = Report(state)
    for question in questions:
        assert shown.ask(question.id)
        asked = shown.toPlainText()
        assert "✔" not in asked
        shown.reveal()
        revealed = " ".join(shown.toPlainText().split())
        grade = quiz.grade(question, quiz.right_response(question))
        assert grade.correct
        for part in report.answer_parts(question, grade.right, dates=question.type.value not in ("theory", "choice", "finding")):
            assert " ".join(part.split()) in revealed, (question.id, part)
        for feedback in grade.feedback:
            assert " ".join(state.text(feedback).split()) in revealed, question.id
    assert not shown.ask("no-such-question")
