"""Raw input to articles: every file becomes ``Article`` objects or ``Rejection`` objects with a reason.

``read_paths(paths)`` reads files and folders (recursively, sorted, hidden entries skipped; in folders
only known suffixes); ``read_file(path)`` reads one file; ``count_inputs(paths)`` says cheaply how many
items ``read_paths`` will yield, for a progress bar. A bad file or line is a ``Rejection`` and reading
goes on; a path that does not exist raises ``eventwire.errors.InputError`` before anything is read.

Formats, by suffix (a file named explicitly with another suffix is sniffed: HTML, JSONL, else text):

- Plain text (``.txt``, ``.text``): an optional header ``date YYYY-MM-DD`` at the very start (leading
  whitespace allowed, ``Date:`` too), then an optional ``Title: ...`` line, then the article text.
  Line endings are normalised to ``\\n`` and surrounding whitespace is stripped; offsets index into
  that text. id = the file stem, origin = the path, no source.
- JSONL (``.jsonl``, ``.ndjson``, also gzipped as ``.jsonl.gz``/``.ndjson.gz``): one object a line
  with ``text`` (required, kept exactly as given), ``id`` (default ``<file stem>:<line>``),
  ``published`` (``YYYY-MM-DD``, an ISO timestamp whose date is taken as written, or null), ``title``,
  ``url``, ``source``; other keys are ignored. origin = ``path:line``. A line that is not JSON, not an
  object, has no or an empty ``text`` or a bad ``published`` is a rejection; blank lines are skipped.
- HTML (``.html``, ``.htm``): trafilatura extracts the main text (paragraphs separated by a blank
  line; comments and tables left out), the title, the publication date declared in the markup, the
  site name (source) and the canonical URL, without any network access. No text is a rejection.

Decoding: UTF-8, with a byte-order mark dropped; UTF-16 with a byte-order mark is read too. An empty
file, a binary file (NUL bytes) or one that is not UTF-8 is a rejection that says how to fix it (HTML
pages in another charset are decoded from their declaration). There is no size limit here: the
pipeline has its own. A missing date is fine (``published`` is None).
"""

from __future__ import annotations

from eventwire.ingest.formats import InputFormat, format_of, read_file
from eventwire.ingest.paths import count_inputs, read_paths

__all__ = ["InputFormat", "count_inputs", "format_of", "read_file", "read_paths"]
