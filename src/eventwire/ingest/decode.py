"""Bytes to text: Unicode with or without a byte-order mark, else a guessed legacy encoding.

In order:

1. A byte-order mark names the encoding: UTF-8, UTF-16 or UTF-32 (little or big endian); the mark is dropped.
2. Without one, NUL bytes mean binary data (or UTF-16/32 without a mark): a rejection.
3. Valid UTF-8 is UTF-8.
4. UTF-8 with a few broken bytes (more well-formed non-ASCII characters than bad bytes) stays UTF-8 and
   each bad byte becomes U+FFFD, with a note; guessing a legacy encoding there would garble every
   other non-ASCII character.
5. Anything else is handed to charset-normalizer, whose guess (cp1252, latin-1, cp1251, ...) is used
   with a note naming it; when it finds no encoding, or the result is full of control characters,
   the bytes are binary data: a rejection.

A ``RejectedInput`` carries a one-line reason that says what is wrong and how to fix it; readers turn
it into a ``Rejection`` and go on. Notes are what the readers report as warnings.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
FORMATS_READ = "eventwire reads text, JSONL and HTML (UTF-8, UTF-16/32 with a byte-order mark, or a legacy encoding)"
# Control characters (Unicode category Cc) other than the ones text uses to break lines and pages.
CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
MAX_CONTROL_SHARE = 0.01  # a decoded text with more control characters than this is binary data
SURROGATE = re.compile("[\ud800-\udfff]")
NON_ASCII = re.compile("[^\x00-\x7f]")
WESTERN = "cp1252"
# The C1 control characters that stand for cp1252's punctuation in text that was decoded as Latin-1 where it was
# cp1252 ("Benghazi\x92s" for "Benghazi’s", "\x93fire\x94" for "“fire”"): no text means them as controls.
_C1_AS_CP1252 = {c: bytes([c]).decode(WESTERN) for c in range(0x80, 0xA0) if c not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
C1_PUNCTUATION = re.compile("[" + "".join(map(chr, _C1_AS_CP1252)) + "]")


class RejectedInput(Exception):
    """Input that cannot become an article; ``str(error)`` is the reason a user reads."""

    @property
    def reason(self) -> str:
        return str(self)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, the encoding read, and a note when it was guessed or bytes were replaced."""

    text: str
    encoding: str = "utf-8"
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ByteOrderMark:
    """A byte-order mark at the start of some bytes: its length, the codec it names and that codec's name."""

    length: int
    codec: str
    name: str


def byte_order_mark(head: bytes) -> ByteOrderMark | None:
    """The byte-order mark that ``head`` starts with, or None."""
    for mark, codec, name in BOMS:
        if head.startswith(mark):
            return ByteOrderMark(len(mark), codec, name)
    return None


def decode_text(data: bytes, offset: int = 0) -> Decoded:
    """``data`` as text; ``offset`` is where ``data`` starts in its file (for the byte positions in reasons)."""
    mark = byte_order_mark(data)
    if mark is not None:
        return Decoded(decode_marked(data[mark.length :], mark, offset + mark.length), mark.codec)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise RejectedInput(
            f"binary data, not text (NUL byte at offset {offset + nul}; UTF-16/32 needs a byte-order mark); "
            f"{FORMATS_READ}"
        )
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        return _decode_not_utf8(data, offset, error)


def decode_unicode(data: bytes) -> str | None:
    """``data`` as text if it is UTF-8 or marked UTF-16/32, else None (nothing is guessed)."""
    mark = byte_order_mark(data)
    try:
        if mark is not None:
            return decode_marked(data[mark.length :], mark, mark.length)
        return data.decode("utf-8")
    except (RejectedInput, UnicodeDecodeError):
        return None


def decode_marked(data: bytes, mark: ByteOrderMark, offset: int) -> str:
    """``data`` (after its byte-order mark) in the encoding the mark names."""
    try:
        return data.decode(mark.codec)
    except UnicodeDecodeError as error:
        raise RejectedInput(
            f"broken {mark.name} (at byte offset {offset + error.start}); convert it with iconv -f {mark.name} -t UTF-8"
        ) from None


def _decode_not_utf8(data: bytes, offset: int, error: UnicodeDecodeError) -> Decoded:
    where = f"byte 0x{data[error.start]:02x} at offset {offset + error.start}"
    escaped = data.decode("utf-8", errors="surrogateescape")  # each byte that is not UTF-8 becomes a surrogate
    bad = len(SURROGATE.findall(escaped))
    if len(NON_ASCII.findall(escaped)) - bad > bad:
        note = f"not valid UTF-8 ({bad} bad byte(s), the first {where}); read as UTF-8 with U+FFFD in their place"
        return Decoded(data.decode("utf-8", errors="replace"), "utf-8 with U+FFFD", note)
    return _guess_encoding(data, where)


def _guess_encoding(data: bytes, where: str) -> Decoded:
    encoding = guessed_encoding(data)
    text = _decode_as(data, encoding) if encoding is not None else None
    if encoding is None or text is None or _is_binary(text):
        raise RejectedInput(
            f"binary data, not text (not UTF-8: {where}, and no encoding fits); "
            "if it is text, convert it with iconv -f <its encoding> -t UTF-8"
        )
    note = f"not UTF-8 ({where}); read as {encoding} (charset-normalizer's guess; convert it to be sure)"
    return Decoded(text, encoding, note)


def guessed_encoding(data: bytes) -> str | None:
    """charset-normalizer's best guess at the encoding of ``data``, or None when nothing fits.

    Between guesses it rates exactly as good (short texts often decode the same in several code pages,
    or score the same), cp1252 is taken: the web's default legacy encoding (WHATWG), the usual one of
    Western news archives.
    """
    from charset_normalizer import from_bytes  # imported on first use: most input is UTF-8

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    if WESTERN in best.could_be_from_charset:
        return WESTERN
    tied = (m for m in matches if m.encoding == WESTERN and (m.chaos, m.coherence) == (best.chaos, best.coherence))
    return WESTERN if next(tied, None) is not None else best.encoding


def _decode_as(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _is_binary(text: str) -> bool:
    return len(CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text)


def repair_c1(text: str) -> tuple[str, int]:
    """``text`` with each C1 control character that stands for cp1252 punctuation put back as that character (one
    character for one: offsets hold), and how many there were."""
    if text.isascii():
        return text, 0
    count = len(C1_PUNCTUATION.findall(text))
    return (text.translate(_C1_AS_CP1252), count) if count else (text, 0)


def replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with each lone surrogate (which no UTF encoding can write) replaced by U+FFFD, and how many."""
    if text.isascii():
        return text, 0
    return SURROGATE.subn("\ufffd", text)
