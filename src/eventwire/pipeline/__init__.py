"""The stage contract, the registry, and running a pipeline of stages over spaCy's parse."""

from eventwire.pipeline.document import Document
from eventwire.pipeline.run import Pipeline, check_order
from eventwire.pipeline.stage import Stage, register, registered

__all__ = ["Document", "Pipeline", "Stage", "check_order", "register", "registered"]
