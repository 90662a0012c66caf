"""Extraction stages: pure functions of the parsed document, one small stage per module.

Importing this package registers its stages.
"""

from eventwire.extract import entities, sentences

__all__ = ["entities", "sentences"]
