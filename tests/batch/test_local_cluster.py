"""The LocalCluster ``eventwire batch`` makes: its workers run without the profiler, the fast tick and glibc's
trimming that Dask's defaults give them (CPU time a batch's tasks lose), forked with the pipeline built."""

from __future__ import annotations

import multiprocessing
import os

import dask
import pytest

from eventwire import batch
from eventwire.batch import local_cluster
from eventwire.engine import STAGE_PACKAGES
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings


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


def _preloaded() -> tuple[bool, bool]:

    return batch._PIPELINE is not None, (Settings(), STAGE_PACKAGES) == batch._PRELOADED


@pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(), reason="no forkserver here")
def test_the_batch_cluster_workers_are_forked_with_the_pipeline_built() -> None:
    from distributed import Client

    with local_cluster(1, Settings()) as cluster, Client(cluster) as client:
        (preloaded,) = client.run(_preloaded).values()
    assert preloaded == (True, True)  # built by the forkserver before the worker was forked: no load of its own
    assert batch.PRELOAD not in os.environ  # the caller's environment is as it was


def test_the_plugin_keeps_a_preloaded_pipeline_of_the_same_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    preloaded = Pipeline(Settings(), STAGE_PACKAGES)
    monkeypatch.setattr(batch, "_PIPELINE", preloaded)
    monkeypatch.setattr(batch, "_PRELOADED", (Settings(), STAGE_PACKAGES))
    batch.PipelinePlugin(Settings(), STAGE_PACKAGES).setup(None)
    assert batch._PIPELINE is preloaded
    other = Settings(batch_size=4)
    batch.PipelinePlugin(other, STAGE_PACKAGES).setup(None)
    assert batch._PIPELINE is not preloaded and batch._PIPELINE.settings == other
