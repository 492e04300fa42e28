"""The one exception type that reaches the user as a single clear line."""


class KGError(Exception):
    """An error the user can act on; the CLI prints its message and exits non-zero."""
