"""The quote-styles benchmark's markup and matching (benchmarks/quote_styles.py), without running the engine."""

from __future__ import annotations

from tests.benchmarks.scripts import load_benchmark

styles = load_benchmark("quote_styles")


def test_markup_gives_the_text_without_marks_and_each_quote_at_its_offsets() -> None:
    source = (
        "# comment\n=== x-1 | 2026-01-02 | AP\n"
        'TOWN (AP) — ⟦"We will stay,"⟧{Ann Roe} said Ann Roe. Police said ⟦two men fled⟧{}.\n'
    )
    (sample,) = styles.parse(source)
    assert sample.id == "x-1" and sample.style == "AP" and str(sample.published) == "2026-01-02"
    assert "⟦" not in sample.text and "{" not in sample.text
    assert [(sample.text[q.start : q.end], q.speaker) for q in sample.quotes] == [
        ('"We will stay,"', "Ann Roe"),
        ("two men fled", None),
    ]


def test_every_article_of_the_data_file_parses() -> None:
    samples = styles.parse(styles.DATA.read_text(encoding="utf-8"))
    assert len(samples) >= 30 and len({s.id for s in samples}) == len(samples)
    assert all(s.quotes for s in samples)


def test_matching_takes_half_the_shorter_span_and_names_drop_titles() -> None:
    assert styles.matched([(0, 10), (20, 30)], [(5, 12), (29, 40)]) == [(0, 0)]
    assert styles.names_match("Gov. Oleh Syniehubov", "Syniehubov")
    assert not styles.names_match("Oleh Syniehubov", "the regional governor")
