"""The LocalCluster ``eventwire batch`` makes: its workers run without the profiler, the fast tick and glibc's
trimming that Dask's defaults give them (CPU time a batch's tasks lose)."""

from __future__ import annotations

import os

import dask
import pytest

from eventwire.batch import local_cluster


def _worker_setup() -> tuple[str | None, bool, str]:
    return (
        os.environ.get("MALLOC_TRIM_THRESHOLD_"),
        dask.config.get("distributed.worker.profile.enabled"),
        dask.config.get("distributed.admin.tick.interval"),
    )


def test_the_batch_cluster_workers_are_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    from distributed import Client

    # what an earlier cluster with Dask's defaults leaves in this process's environment
    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "65536")
    with local_cluster(1) as cluster, Client(cluster) as client:
        (setup,) = client.run(_worker_setup).values()
    assert setup == (None, False, "1s")
    assert dask.config.get("distributed.worker.profile.enabled")  # the caller's own configuration is as it was
    assert os.environ["MALLOC_TRIM_THRESHOLD_"] == "65536"  # and its environment
