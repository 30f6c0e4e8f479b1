"""Running an extraction job on Dask distributed.

``nlpclaims extract ... --scheduler tcp://HOST:8786`` sends batches of articles to the workers
of a running Dask cluster; ``--dask-local N`` starts a ``LocalCluster`` of N single-threaded
worker processes on this machine first.  Each worker loads the pipeline once: the loader
(:func:`nlpclaims.batch.workers.get_pipeline`) is cached per worker process, keyed by model and
speakers, and a worker plugin warms it when the worker joins.  The client reads the files and
writes the output itself; at most ``2 × worker threads`` batches are in flight, so neither
side ever holds the whole corpus.  Results come back in completion order.

The worker processes of ``--dask-local`` die with the process that started them (see
:func:`nlpclaims.batch.workers.bind_to_parent`); the workers of a cluster given with
``--scheduler`` are not touched.

The model and speaker files must be reachable under the same path on every worker (or be an
installed package name).  Needs ``dask[distributed]`` (``pip install dask[distributed]``, or
``pip install -e '.[dask]'`` in a source checkout).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from .workers import Batch, BatchResult, bind_to_parent, get_pipeline, process_batch

try:
    from distributed.diagnostics.plugin import WorkerPlugin as _PluginBase
except ImportError:  # pragma: no cover - dask not installed; DaskBackend reports it
    _PluginBase = object


class PipelinePlugin(_PluginBase):
    """Worker plugin: load the pipeline when a worker starts, not on its first batch; with
    ``parent_pid``, a worker whose parent is that process (a local cluster) dies with it."""

    name = "nlpclaims-pipeline"

    def __init__(self, model: str | None, speakers: str | None, parent_pid: int | None = None):
        self.model, self.speakers, self.parent_pid = model, speakers, parent_pid
        self.name = f"nlpclaims-pipeline-{model}-{speakers}"

    def setup(self, worker) -> None:  # noqa: D401 - dask API
        if self.parent_pid is not None and os.getppid() == self.parent_pid:
            bind_to_parent(self.parent_pid)
        get_pipeline(self.model, self.speakers)

    def teardown(self, worker) -> None:
        pass


class DaskBackend:
    """Batches to Dask workers via ``client.submit``, with bounded in-flight futures."""

    def __init__(self, model: str | None, speakers: str | None, batch_size: int, *,
                 scheduler: str | None = None, n_workers: int | None = None, client=None,
                 preload: bool = True):
        try:
            from distributed import Client, LocalCluster
        except ImportError as err:  # pragma: no cover - depends on the environment
            raise RuntimeError("--scheduler and --dask-local need Dask: pip install 'dask[distributed]' "
                               "(in a source checkout: pip install -e '.[dask]')") from err
        self.model, self.speakers, self.batch_size = model, speakers, batch_size
        self.cluster = None
        self.own_client = client is None
        if client is not None:
            self.client = client
        elif scheduler:
            try:
                self.client = Client(scheduler, timeout="20s")
            except (OSError, TimeoutError) as err:
                raise RuntimeError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from err
        else:
            import logging

            self.cluster = LocalCluster(n_workers=n_workers or 1, threads_per_worker=1, processes=True,
                                        host="127.0.0.1", protocol="tcp://", dashboard_address=None,
                                        silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        if preload:
            local = os.getpid() if self.cluster is not None else None
            self.client.register_plugin(PipelinePlugin(model, speakers, local))
        threads = sum(self.client.nthreads().values()) or 1
        self.workers = threads

    def run(self, batches: Iterable[Batch]) -> Iterator[BatchResult]:
        from distributed import as_completed

        pending = as_completed()
        metas = {}
        in_flight = 0
        limit = 2 * max(1, self.workers)
        for meta, tasks in batches:
            fut = self.client.submit(process_batch, tasks, self.model, self.speakers, self.batch_size, pure=False)
            metas[fut.key] = meta
            pending.add(fut)
            in_flight += 1
            while in_flight >= limit:
                done = next(pending)
                in_flight -= 1
                yield (metas.pop(done.key), *done.result())
                done.release()
        for done in pending:
            yield (metas.pop(done.key), *done.result())
            done.release()

    def close(self, interrupted: bool = False) -> None:
        if self.own_client:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
