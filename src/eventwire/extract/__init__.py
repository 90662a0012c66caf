"""Extraction stages: pure functions of the parsed document, one small stage per concern.

Importing this package registers its stages: sentences, entities, date_mentions, place_mentions,
quote_mentions, casualties, event_mentions.
"""

from eventwire.extract import casualties, dates, entities, events, places, quotes, sentences

__all__ = ["casualties", "dates", "entities", "events", "places", "quotes", "sentences"]
