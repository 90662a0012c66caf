"""Named entities, from spaCy's NER, as mentions with spans."""

from __future__ import annotations

from eventwire.model import EntityMention, Provenance, Span
from eventwire.pipeline import ENTITIES, PARSE, Document, register

VERSION = "1"


@register(ENTITIES, version=VERSION, requires=(PARSE,))
def entities(document: Document) -> tuple[EntityMention, ...]:
    provenance = Provenance("entities", VERSION, rule="spacy-ner")
    return tuple(
        EntityMention(Span(ent.start_char, ent.end_char), ent.text, ent.label_, provenance) for ent in document.doc.ents
    )
