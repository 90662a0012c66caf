"""Resolution stages: mentions to world facts with explicit context (the publication date, the
gazetteer, the rest of the article).

Importing this package registers its stages: dates, places, quotes (speakers), events, verbal events and
the quotes' events.
"""

from eventwire.resolve import dates, events, places, quote_events, speakers, verbal_events

__all__ = ["dates", "events", "places", "quote_events", "speakers", "verbal_events"]
