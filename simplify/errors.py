"""Errors for bad input: the CLI prints them as one line and exits with code 2."""


class InputError(Exception):
    """The input cannot be processed; the message says what came in and what to do."""


class UsageError(InputError):
    """An option or argument is wrong or cannot be served (missing model, unknown backend)."""
