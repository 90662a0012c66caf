"""Bytes to text: UTF-8 (a byte-order mark is dropped) or UTF-16 with a byte-order mark.

Anything else (NUL bytes, bytes that are not UTF-8) raises ``RejectedInput`` with a one-line reason
that says what is wrong and how to fix it. Readers turn it into a ``Rejection`` and go on.
"""

from __future__ import annotations

import codecs
from pathlib import Path

UTF8_BOM = codecs.BOM_UTF8
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
FORMATS_READ = "eventwire reads UTF-8 text, JSONL and HTML"


class RejectedInput(Exception):
    """Input that cannot become an article; ``str(error)`` is the reason a user reads."""

    @property
    def reason(self) -> str:
        return str(self)


def read_bytes(path: Path) -> bytes:
    """The whole content of a file, or ``RejectedInput`` naming the operating system's complaint."""
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise RejectedInput("is a folder, not a file") from None
    except OSError as error:
        raise RejectedInput(f"cannot read the file ({error.strerror or error})") from None


def decode_text(data: bytes, offset: int = 0) -> str:
    """``data`` as text; ``offset`` is where ``data`` starts in its file (for the byte positions in reasons)."""
    if data.startswith(UTF8_BOM):
        return _decode_utf8(data[len(UTF8_BOM) :], offset + len(UTF8_BOM))
    if data.startswith(UTF16_BOMS):
        return _decode_utf16(data)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise RejectedInput(f"binary data, not text (NUL byte at offset {offset + nul}); {FORMATS_READ}")
    return _decode_utf8(data, offset)


def _decode_utf8(data: bytes, offset: int) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        byte = data[error.start]
        raise RejectedInput(
            f"not UTF-8 (byte 0x{byte:02x} at offset {offset + error.start}); "
            "convert it with iconv -f <its encoding> -t UTF-8"
        ) from None


def _decode_utf16(data: bytes) -> str:
    try:
        return data.decode("utf-16")  # the codec reads and drops the byte-order mark
    except UnicodeDecodeError as error:
        raise RejectedInput(
            f"broken UTF-16 (at byte offset {error.start}); convert it with iconv -f UTF-16 -t UTF-8"
        ) from None
