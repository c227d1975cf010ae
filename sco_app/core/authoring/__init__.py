"""Tools for instructors who write lesson packs: start one, import events, share it, export its quiz.

Everything here is plain Python with no Qt; the ``sco-app`` subcommands in ``sco_app.cli_authoring``
call it and print what it reports.
"""

QUIZ_FORMATS = ("gift", "moodle-xml")  # what export-quiz writes (here, not in quiz_export: the command line's parser
# names them at every start, and quiz_export imports the whole quiz)


class AuthoringError(Exception):
    """What an authoring command cannot do, said in one message (with the problems, when it has them)."""

    def __init__(self, message: str, problems: list | None = None) -> None:
        super().__init__(message)
        self.problems = list(problems or ())
