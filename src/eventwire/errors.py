"""eventwire's exceptions: one tree, each saying what happened and how to fix it."""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""


class SettingsError(EventwireError):
    """A setting has a bad name or value."""


class InputError(EventwireError):
    """Input that cannot be read as articles (missing file, unknown format, ...)."""


class PipelineError(EventwireError):
    """A pipeline cannot be built (unknown stage, unmet requirement) or a stage failed."""


class ModelNotInstalledError(PipelineError):
    """The spaCy model named in the settings is not installed."""


class StoreError(EventwireError):
    """The store cannot be opened, migrated, written or read."""
