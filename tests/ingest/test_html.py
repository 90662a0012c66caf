"""HTML pages: main text and metadata through trafilatura, offline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from eventwire.ingest import read_file
from eventwire.model import Article, Rejection

FIXTURES = Path(__file__).parent / "fixtures"


def test_main_text_and_metadata_of_a_news_page() -> None:
    path = FIXTURES / "river-flood.html"
    (page,) = read_file(path)
    assert isinstance(page, Article)
    assert page.id == "river-flood"
    assert page.origin == str(path)
    assert page.title == "River bursts its banks in Lowmoor"
    assert page.published == date(2021, 3, 14)
    assert page.source == "The Valley Courier"
    assert page.url == "https://courier.example/news/2021/03/river-bursts-its-banks"
    assert "The river Wend burst its banks in Lowmoor early on Sunday" in page.text
    assert "Firefighters rescued an elderly couple" in page.text
    for boilerplate in ("cookies", "Copyright", "Most read", "Sport"):
        assert boilerplate not in page.text
    assert "said.\n\nFirefighters" in page.text  # paragraphs are separated by a blank line


def test_a_page_in_latin1_is_decoded_from_its_declared_charset(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="iso-8859-1"><title>Grève</title></head><body><article>'
        "<p>Les employés du café de la gare se sont mis en grève jeudi matin, a indiqué le syndicat.</p>"
        "<p>La direction a refusé de commenter la décision prise par les salariés réunis en assemblée.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "greve.html"
    path.write_bytes(html.encode("latin-1"))
    (page,) = read_file(path)
    assert isinstance(page, Article)
    assert "Les employés du café de la gare" in page.text
    assert page.published is None  # no date in the markup, and none guessed from the text


def test_a_page_without_text_is_a_rejection(tmp_path: Path) -> None:
    path = tmp_path / "empty-page.htm"
    path.write_text("<html><head><title>Nothing</title></head><body><script>var x;</script><div></div></body></html>")
    (item,) = read_file(path)
    assert isinstance(item, Rejection)
    assert item.origin == str(path)
    assert "no article text" in item.reason


def test_binary_data_named_html_is_a_rejection(tmp_path: Path) -> None:
    path = tmp_path / "photo.html"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    (item,) = read_file(path)
    assert isinstance(item, Rejection) and "binary" in item.reason
