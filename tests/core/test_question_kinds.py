"""The question-kind registry: every kind has every part, each part works, an unknown kind is an error."""

from __future__ import annotations

import inspect
import json
import random
from pathlib import Path

import pytest

from sco_app.core import question_kinds, quiz
from sco_app.core.model import QuestionType
from sco_app.core.packs import check_pack, load_pack
from sco_app.core.question_kinds.base import QuestionKind, ResponseError, Verdict
from sco_app.core.question_kinds.words import Words

EVERY_KIND = Path(__file__).resolve().parents[1] / "packs" / "every-kind"
PARTS = sorted(name for name, member in inspect.getmembers(QuestionKind) if getattr(member, "__isabstractmethod__", False))


@pytest.fixture(scope="module")
def pack():
    return load_pack(EVERY_KIND)


def _sample(pack, kind: QuestionType):
    return next(q for q in pack.questions if q.type is kind)


def test_every_question_type_has_one_kind_and_no_more():
    """The registry holds exactly one kind per member of the closed set of question types."""
    assert list(question_kinds.KINDS) == list(QuestionType)
    assert all(kind.type is type_ for type_, kind in question_kinds.KINDS.items())


@pytest.mark.parametrize("type_", list(QuestionType), ids=lambda t: t.value)
def test_each_kind_implements_every_part_itself(type_):
    """No part of a kind is left abstract, and none falls back to the base class."""
    kind = question_kinds.KINDS[type_]
    for part in PARTS:
        implementation = getattr(type(kind), part)
        assert not getattr(implementation, "__isabstractmethod__", False), (type_.value, part)
        assert implementation is not getattr(QuestionKind, part), (type_.value, part)


def test_the_sample_pack_has_one_question_of_every_kind(pack):
    """The registry's test pack covers every kind and checks clean."""
    assert {q.type for q in pack.questions} == set(QuestionType)
    assert check_pack(EVERY_KIND).problems == []


@pytest.mark.parametrize("type_", list(QuestionType), ids=lambda t: t.value)
def test_each_kinds_parts_work_on_its_sample(pack, type_):
    """Arrange, validate, grade, right answer, storage, theory and wording all work for each kind."""
    kind = question_kinds.KINDS[type_]
    question = _sample(pack, type_)
    listed = set(kind.arrange(question, None))
    assert set(kind.arrange(question, random.Random(3))) == listed
    assert listed <= {o.id for o in question.options} | set(question.events)
    right = kind.right_response(question)
    given = kind.validate(question, right)
    assert given is not None and kind.validate(question, None) is None
    grade = kind.grade(question, given)
    assert grade.correct and grade.score == 1 and grade.verdict is Verdict.RIGHT
    assert kind.decode(json.loads(json.dumps(kind.encode(given)))) == given
    initial = kind.initial_response(question, kind.arrange(question, None))
    assert initial is None or kind.validate(question, initial) is not None
    kind.theory(question, pack)  # a theory id or None, never an error
    for language in pack.languages:
        words = Words(pack, language)
        assert all(isinstance(part, str) and part for part in kind.answer_parts(question, given, words))
        assert all(part for part in kind.answer_parts(question, question.answer, words, dates=True))
    with pytest.raises(ResponseError):
        kind.validate(question, 12345)


def test_an_unknown_kind_is_an_error_everywhere():
    """kind_of refuses a type it does not have, by name or stored string, and says which kinds there are."""
    with pytest.raises(question_kinds.UnknownKind, match="unknown question kind 'essay'; the kinds are theory"):
        question_kinds.kind_of("essay")
    with pytest.raises(question_kinds.UnknownKind):
        quiz.theory_of(type("Fake", (), {"type": "essay"})(), None)


def test_generated_questions_come_from_their_kinds(pack):
    """Theory, map and order questions are made from the pack by their kinds, in registry order."""
    made = quiz.generated_questions(pack, pack.questions)
    assert {q.type for q in made} <= set(QuestionType)
    assert [q.type for q in made] == sorted((q.type for q in made), key=list(QuestionType).index)
    assert all(q.generated for q in made)
