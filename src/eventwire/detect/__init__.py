"""Detection stages: pure functions of the parsed document, one small stage per concern, each finding
mentions or candidates that the resolution stages (``resolve``) turn into facts.

Importing this package registers its stages: structure, sentences, entities, quotations, date_mentions,
place_mentions, quote_mentions, casualties, event_mentions.
"""

from eventwire.detect import casualties, dates, entities, events, places, quoted_text, quotes, sentences, structure

__all__ = ["casualties", "dates", "entities", "events", "places", "quoted_text", "quotes", "sentences", "structure"]
