"""A stage package for the worker-pool tests: the stage ``worker_faults`` ends its worker process at once
(``os._exit``, as the kernel's OOM killer would) on an article whose text holds ``END-THIS-WORKER``, and
raises on one that holds ``RAISE-IN-STAGE``; on other articles it produces nothing."""

from __future__ import annotations

import os

from eventwire.pipeline import Document, Layer, register

WORKER_FAULTS: Layer[object] = Layer("worker_faults")


@register(WORKER_FAULTS, version="1")
def worker_faults(document: Document) -> tuple[object, ...]:
    if "END-THIS-WORKER" in document.text:
        os._exit(9)
    if "RAISE-IN-STAGE" in document.text:
        raise ValueError("a stage that fails on this article")
    return ()
