"""Short answer: the student types a name, a word or a date. The pack lists the accepted answers, for every
language or per language; an answer is right when it matches one of them, whatever its case, accents and
spacing ("tiongkok" matches "Tiongkok", "Sao Tome" matches "São Tomé")."""

from __future__ import annotations

import unicodedata
from types import MappingProxyType
from typing import Iterator
from xml.etree import ElementTree as ET

from sco_app.core.model import ANY, LessonPack, Question, QuestionType
from sco_app.core.packs.crossref import Finding, _list
from sco_app.core.question_kinds import checks, lms
from sco_app.core.question_kinds.base import BuildContext, Grade, PackRefs, ResponseError, TextResponseKind, Verdict
from sco_app.core.question_kinds.items import WRITE_IN, QuizItem
from sco_app.core.question_kinds.options import explanation

EDGE_PUNCTUATION = " .,;:!?\"'"


def normalised(text: str) -> str:
    """``text`` as answers are compared: accents dropped, case folded, spaces single, no punctuation at the ends."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(plain.casefold().split()).strip(EDGE_PUNCTUATION)


def _listed(value) -> list:
    return [value] if isinstance(value, str) else _list(value)


class ShortAnswerKind(TextResponseKind):
    type = QuestionType.SHORT_ANSWER
    xapi_type = "fill-in"

    def check(self, path: tuple, raw: dict, refs: PackRefs) -> Iterator[Finding]:
        yield from checks.needs_prompt(path, raw, "short-answer")
        answer = raw.get("answer")
        by_language = answer if isinstance(answer, dict) else {None: answer}
        if answer is None or not by_language:
            yield Finding(path + ("type",), "a short-answer question needs an 'answer': the accepted answers",
                          "write answer: [Shanghai], or per language: answer: {en: [China], id: [Tiongkok]}")
            return
        for language, accepted in by_language.items():
            where = path + ("answer",) + ((language,) if language is not None else ())
            if language is not None and refs.languages and language not in refs.languages:
                yield Finding(where, f"answers in {language!r}, which is not a language of the pack",
                              f"the pack's languages are: {', '.join(refs.languages)}", at_key=True)
            texts = [a for a in _listed(accepted) if isinstance(a, str)]
            if texts and not all(normalised(a) for a in texts):
                yield Finding(where, "an accepted answer is empty once its spaces and punctuation are left out")

    def build(self, raw: dict, context: BuildContext) -> Question:
        answer = raw["answer"]
        by_language = answer if isinstance(answer, dict) else {ANY: answer}
        accepted = MappingProxyType({lang: tuple(_listed(texts)) for lang, texts in by_language.items()})
        every = tuple(dict.fromkeys(a for texts in accepted.values() for a in texts))
        return Question(raw["id"], self.type, context.text(raw["prompt"]), every, event=raw.get("event"),
                        events=tuple(raw.get("events") or ()), explanation=context.opt_text(raw.get("explanation")),
                        accepted=accepted)

    def generate(self, pack: LessonPack, authored: tuple[Question, ...]) -> list[Question]:
        return []  # what to ask for in words is the pack author's choice

    def validate(self, question: Question, response) -> str | None:
        if response is None:
            return None
        if not isinstance(response, str):
            raise ResponseError(f"{question.id}: a text, not {response!r}")
        return " ".join(response.split()) or None

    def grade(self, question: Question, response) -> Grade:
        """Right when the text matches any accepted answer, in any of the pack's languages."""
        correct = normalised(response) in {normalised(a) for a in question.answer}
        return Grade(correct, float(correct), explanation(question), question.answer,
                     Verdict.RIGHT if correct else Verdict.WRONG)

    def answer_parts(self, question: Question, answer, words, dates: bool = False) -> list[str]:
        """A response as typed; the right answer as the answers accepted in ``words``'s language."""
        if isinstance(answer, str):
            return [answer]
        for language in (words.language, ANY, *words.fallbacks):
            if question.accepted.get(language):
                return list(question.accepted[language])
        return list(answer or ())


    def item(self, question: Question, words) -> QuizItem:
        """Every accepted answer (the app takes each in any language), those of ``words``'s language first."""
        first = [a for lang in (words.language, ANY) for a in question.accepted.get(lang, ())]
        answers = tuple(dict.fromkeys(first + list(question.answer)))
        return QuizItem(question.id, self.type, WRITE_IN, words.t(question.prompt), words.context(question),
                        answers=answers, explanation=words.t(question.explanation),
                        theory=self.theory(question, words.pack) or "", language=words.language)

    def gift(self, item: QuizItem) -> list[str]:
        return lms.gift_short(item)

    def moodle(self, item: QuizItem, question: ET.Element) -> str:
        return lms.moodle_short(item, question)

    def xapi_interaction(self, question: Question, words_by_language) -> dict:
        """A fill-in interaction; each accepted answer is a correct response, whatever its case, in its language."""
        return {"interactionType": self.xapi_type, "correctResponsesPattern": [
            "{case_matters=false}" + ("" if lang == ANY else f"{{lang={lang}}}") + answer
            for lang, answers in question.accepted.items() for answer in answers]}

    def xapi_response(self, response) -> str:
        return response


KIND = ShortAnswerKind()
