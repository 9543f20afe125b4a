"""Subcommands of the `simplify` CLI, one module each (see :mod:`simplify.cli`)."""
