"""Typed errors that reach the user; every other failure inside a document is handled."""


class CleanerError(Exception):
    """Base class of every error ``cleaner`` raises on purpose."""


class ModelError(CleanerError):
    """The line classifier could not be loaded (missing, corrupt or incompatible file)."""


class InputError(CleanerError):
    """The input is not something cleaner can read (wrong type, too large)."""


class ConfigError(CleanerError, ValueError):
    """A Cleaner was set up wrongly (e.g. an unknown label in ``keep``).

    Also a ValueError, so code written against the earlier untyped error keeps working.
    """
