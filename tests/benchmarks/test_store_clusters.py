"""The topic blocks of benchmarks/store_clusters.py: whole topics, in order, nearly equal counts."""

from __future__ import annotations

from tests.benchmarks.scripts import load_benchmark

store_clusters = load_benchmark("store_clusters")


def test_topic_of_strips_a_suffix_after_the_topic_number() -> None:
    assert store_clusters.topic_of("20ecb") == "20"
    assert store_clusters.topic_of("20plus") == "20"
    assert store_clusters.topic_of("379166") == "379166"
    assert store_clusters.topic_of("fire-3") == "fire-3"


def test_topic_blocks_keep_a_topic_whole_and_order_topics_by_number() -> None:
    gold = {
        "a": "10ecb",
        "b": "2ecb",
        "c": "2plus",
        "d": "1ecb",
        "e": "10plus",
        "f": "3ecb",
    }
    assert store_clusters.topic_blocks(gold, 2) == [["b", "c", "d"], ["a", "e", "f"]]


def test_topic_blocks_of_plain_clusters_cut_them_into_runs() -> None:
    gold = {f"doc{i}": str(100 + i) for i in range(5)}
    blocks = store_clusters.topic_blocks(gold, 2)
    assert blocks == [["doc0", "doc1", "doc2"], ["doc3", "doc4"]]
