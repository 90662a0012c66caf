"""The model's matrix products by numpy's BLAS where blis has no kernels for the CPU.

thinc multiplies the model's matrices (the tok2vec layers, the entity recogniser's own tok2vec, the parser's and
the entity recogniser's precomputed features, the tagger's output) with blis. blis picks its kernels by the
CPU's model, and a CPU it does not know gets its reference ("generic") kernels: the AMD EPYC (Zen 4) of this
machine runs them at about 34 GFLOPS, where numpy's OpenBLAS does the same product (839 x 288 by 288 x 288) on
one thread at about twice that. On such a CPU, and only where numpy's BLAS is an OpenBLAS whose threads can be
set to one (so that a pool of one worker per core does not run two threads a worker), the model's layers use
thinc's own ``NumpyOps(use_blis=False)``: the same layers, their products by ``numpy.dot``. The transition
steps of the parser and the entity recogniser (one row at a time, in spaCy's C code) keep blis.

Two BLAS libraries round a sum in a different order, so this is a faster parse, not the same arithmetic (as
blis's own kernels differ from one CPU to the next). It is on unless ``EVENTWIRE_FAST_PRODUCTS=0`` is set (in
the environment of the process that loads the model: pool and Dask workers inherit it). Measured here: the
parse of a 700-word article 126 -> 93 ms of CPU; of 255 articles (wire-report batches 1-12, gvc-sample, the
Kyiv example) one result differed, an entity's label at a near-tie ("Ukrainian" GPE -> NORP), so a run with
it is not byte-identical to one without; every figure of the nine dev sets of ``benchmarks/quality.py`` was
the same with it and without it (2026-12-07).
"""

from __future__ import annotations

import ctypes
import glob
import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

SWITCH = "EVENTWIRE_FAST_PRODUCTS"
# OpenBLAS's setter of its thread count, by the names its builds export (numpy's wheels: scipy_openblas64).
_SET_THREADS = ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads64_", "openblas_set_num_threads")


def speed_up_products(nlp: Language) -> bool:
    """Unless ``EVENTWIRE_FAST_PRODUCTS=0``, let ``nlp``'s layers multiply with numpy's one-thread OpenBLAS where
    blis runs its generic kernels; False (nothing changed) otherwise."""
    if os.environ.get(SWITCH) == "0" or blis_kernels() != "generic" or not openblas_on_one_thread():
        return False
    from thinc.api import NumpyOps
    from thinc.model import Model

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops
    return True


def blis_kernels() -> str | None:
    """The name of the kernels blis chose for this CPU (``generic``, ``haswell``, ``zen2``, ...), or None."""
    try:
        import blis.cy  # type: ignore[import-untyped]

        library: Any = ctypes.CDLL(blis.cy.__file__)
        library.bli_arch_string.restype = ctypes.c_char_p
        name = library.bli_arch_string(library.bli_arch_query_id())
    except (ImportError, OSError, AttributeError):
        return None
    return name.decode() if isinstance(name, bytes) else None


def openblas_on_one_thread() -> bool:
    """Set numpy's OpenBLAS (as loaded by numpy) to one thread; False when numpy's BLAS is not one found here."""
    import numpy

    libraries = os.path.join(os.path.dirname(os.path.dirname(numpy.__file__)), "numpy.libs", "*openblas*")
    for path in sorted(glob.glob(libraries)):
        try:
            library = ctypes.CDLL(path, mode=getattr(os, "RTLD_NOLOAD", 0) | ctypes.RTLD_GLOBAL)
        except OSError:
            continue
        for name in _SET_THREADS:
            setter = getattr(library, name, None)
            if setter is not None:
                setter(1)
                return True
    return False
