"""Resolution stages: mentions to world facts with explicit context (the publication date, the
gazetteer, the rest of the article).

Importing this package registers its stages: dates, places, quotes (speakers), events.
"""

from eventwire.resolve import dates, events, places, speakers

__all__ = ["dates", "events", "places", "speakers"]
