"""Raw input to articles: every input becomes ``Article`` objects or ``Rejection`` objects with a reason.

``read_paths(paths)`` reads files, folders (recursively, sorted, hidden entries skipped; in folders only
known suffixes) and ``-`` (standard input); ``read_file(path)`` reads one file; ``count_inputs(paths)``
says cheaply how many items ``read_paths`` will yield, for a progress bar. A bad file or line is a
``Rejection`` and reading goes on, whatever the bytes: nothing an input holds makes a reader raise. A
path that does not exist raises ``eventwire.errors.InputError`` before anything is read.

Formats, by suffix (a file named explicitly with another suffix, and standard input, are sniffed:
HTML, JSONL, else text). Any input may be gzipped: gzip data is known by its magic number, whatever
the name (``.jsonl.gz``, ``.txt.gz``, ``.html.gz`` are the suffixes read in folders).

- Plain text (``.txt``, ``.text``): an optional header ``date YYYY-MM-DD`` at the very start (leading
  whitespace allowed, ``Date:`` too), then an optional ``Title: ...`` line, then the article text.
  Line endings are normalised to ``\\n`` and surrounding whitespace is stripped; offsets index into
  that text. id = the file stem, origin = the path (``stdin`` and ``<stdin>`` for standard input).
- JSONL (``.jsonl``, ``.ndjson``): one object a line with ``text`` (required, kept as given), ``id``
  (default ``<file stem>:<line>``), ``published`` (``YYYY-MM-DD``, an ISO timestamp whose date is taken
  as written, or null), ``title``, ``url``, ``source``; other keys are ignored. origin = ``path:line``.
  A line that is not JSON (or nested too deep, or with an integer of over 4,300 digits), not an
  object, has no or an empty ``text`` or a bad ``published`` is a rejection and the next lines are
  read; blank lines are skipped. Lone surrogate escapes become U+FFFD, with a warning.
- HTML (``.html``, ``.htm``): trafilatura extracts the main text (paragraphs separated by a blank
  line; comments and tables left out), the title, the publication date declared in the markup, the
  site name (source) and the canonical URL, without any network access. No text is a rejection.
- WARC (``.warc``, ``.warc.gz``; ``warc``): each HTML response record, read as an HTML page, with the record's
  URL and (when the page declares none) its date. origin = ``path#n``.
- Feeds (``.rss``, ``.atom``, or sniffed) and URL lists (``.urls``), and ``http(s)://`` URLs among the paths
  (``web``, ``fetch``): pages fetched with ``FetchSettings`` (timeouts, size limit, bounded redirects,
  robots.txt, no private addresses by default); each page that cannot be fetched is a rejection.

Decoding (``decode``): UTF-8, UTF-16 and UTF-32 with a byte-order mark; without a mark, UTF-8, else
the legacy encoding charset-normalizer guesses (cp1252, latin-1, cp1251, ...), with a warning naming
it. NUL bytes or a text full of control characters is binary data: a rejection. HTML pages in
another charset are decoded from their declaration. Warnings (input read, but not exactly as written)
go to the ``eventwire.ingest`` logger (``notices``); the CLI prints them.

Limits (``ReadLimits``, a parameter of the readers): one input may hold at most ``max_file_bytes``
(200 MB) and decompress to at most ``max_decompressed_bytes`` (200 MB); past either it is a rejection
naming the limit (lines of a JSONL input read before that are kept). The pipeline has its own limit
on article length. A missing date is fine (``published`` is None).
"""

from __future__ import annotations

from eventwire.ingest.formats import InputFormat, format_of, read_file
from eventwire.ingest.limits import ReadLimits
from eventwire.ingest.notices import LOGGER_NAME
from eventwire.ingest.paths import count_inputs, read_paths
from eventwire.ingest.sources import STDIN

__all__ = ["LOGGER_NAME", "STDIN", "InputFormat", "ReadLimits", "count_inputs", "format_of", "read_file", "read_paths"]
