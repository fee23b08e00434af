"""newsframe on Ray: Ray Data reads JSON Lines files (local, a cluster's
shared disk, or object storage), ``map_batches`` runs :func:`newsframe.extract`
on each batch in a pool of workers and writes the per-document tables as
Parquet parts, then the cross-document step builds ``entities`` once from the
small per-document entity lists.

Output: ``OUTPUT/TABLE/*.parquet`` for documents, mentions, amounts, dates,
quotes, relations, problems and entities (one Parquet dataset per table).

Run it from the command line (``python -m newsframe.on_ray --help``) or call
:func:`run` from a driver. With ``ray.init(address="auto")`` (or
``RAY_ADDRESS``) it runs on an existing cluster; inputs and output may be
``s3://`` / ``gs://`` URIs (Ray and pyarrow open them).
"""

from __future__ import annotations

import argparse
import json
import os
import posixpath
import time
import uuid
from typing import List, Optional, Sequence

import pyarrow as pa

import newsframe


class Extractor:
    """The map step (a Ray actor per worker: the models load once per worker)."""

    def __init__(self, output: str, root: Optional[str], fields: dict):
        self.output = output
        self.root = root
        self.fields = fields

    def _doc_ids(self, batch: pa.Table) -> List[str]:
        ids = batch[self.fields["id"]].cast(pa.string()).to_pylist()
        paths = batch["path"].to_pylist()
        out = []
        for path, key in zip(paths, ids):
            rel = posixpath.relpath(path, self.root) if self.root else posixpath.basename(path)
            if key is None or not key.strip():
                raise ValueError(f"{path}: a record has no {self.fields['id']!r} field; the Ray job needs an id per record")
            out.append(f"{rel}#{key.strip()}")
        return out

    def __call__(self, batch: pa.Table) -> pa.Table:
        f = self.fields
        col = lambda name: batch[name] if name in batch.column_names else None  # noqa: E731
        tables = newsframe.extract(
            col(f["text"]),
            ids=self._doc_ids(batch),
            dates=col(f["date"]),
            titles=col(f["title"]),
            urls=col(f["url"]),
            source_paths=self._source_paths(batch),
        )
        doc_entities = tables.pop("doc_entities")
        newsframe.write_tables(tables, self.output, f"part-{uuid.uuid4().hex}")
        return doc_entities

    def _source_paths(self, batch: pa.Table) -> Optional[List[str]]:
        return batch["path"].to_pylist()


def run(
    inputs: Sequence[str],
    output: str,
    workers: int = 2,
    batch_size: int = 256,
    root: Optional[str] = None,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "date",
    title_field: str = "title",
    url_field: str = "url",
    threads_per_worker: Optional[int] = None,
) -> dict:
    """Extract JSON Lines files ``inputs`` with ``workers`` Ray workers into ``output``.

    Document ids are ``FILE#ID`` with FILE relative to ``root`` (as the CLI
    names records of files under its ``--input`` folder). Each worker
    extracts a batch with ``threads_per_worker`` threads (default: all cores;
    1 when several workers share a machine's cores). Returns timings
    and counts. Ray must be initialised (``ray.init(...)``) by the caller,
    with CPUs to spare beyond the ``workers`` actors (one CPU each) for the
    read tasks: a local ``ray.init(num_cpus=workers + 2)`` on a small machine.
    """
    import ray

    remote_args = {}
    if threads_per_worker:
        remote_args["runtime_env"] = {"env_vars": {"RAYON_NUM_THREADS": str(threads_per_worker)}}
    fields = {"text": text_field, "id": id_field, "date": date_field, "title": title_field, "url": url_field}
    t0 = time.perf_counter()
    ds = ray.data.read_json(list(inputs), include_paths=True)
    doc_entities = ds.map_batches(
        Extractor,
        fn_constructor_kwargs={"output": output, "root": root, "fields": fields},
        batch_format="pyarrow",
        batch_size=batch_size,
        compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=1,
        **remote_args,
    ).materialize()
    t_map = time.perf_counter() - t0
    parts = ray.get(doc_entities.to_arrow_refs())
    entities = newsframe.entities(parts)
    newsframe.write_tables({"entities": entities}, output, "part-0")
    return {
        "map_seconds": t_map,
        "total_seconds": time.perf_counter() - t0,
        "entities": entities.num_rows,
        "doc_entity_rows": doc_entities.count(),
    }


def main(argv=None) -> None:
    p = argparse.ArgumentParser(prog="python -m newsframe.on_ray", description=__doc__.split("\n\n")[0])
    p.add_argument("inputs", nargs="+", help="JSON Lines files or folders (local paths or s3://, gs:// URIs)")
    p.add_argument("--output", required=True, help="output folder or URI (OUTPUT/TABLE/*.parquet)")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--batch-size", type=int, default=256)
    p.add_argument("--root", help="ids are FILE#ID with FILE relative to this folder (default: the file name)")
    p.add_argument("--threads-per-worker", type=int, help="extraction threads per worker (default: all cores)")
    p.add_argument("--address", help="Ray cluster address (default: RAY_ADDRESS, else a local Ray)")
    for name in ("text", "id", "date", "title", "url"):
        p.add_argument(f"--{name}-field", default=name)
    a = p.parse_args(argv)
    import ray

    address = a.address or os.environ.get("RAY_ADDRESS")
    ray.init(address=address, num_cpus=None if address else max(os.cpu_count() or 1, a.workers + 2))
    out = run(
        a.inputs, a.output, a.workers, a.batch_size, a.root, a.text_field, a.id_field, a.date_field, a.title_field, a.url_field, a.threads_per_worker
    )
    print(json.dumps(out))


if __name__ == "__main__":
    main()
