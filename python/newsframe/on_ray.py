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

    def _records(self, batch: pa.Table) -> List[dict]:
        """Each line of the batch parsed as the CLI parses a JSON Lines record:
        scalar fields as text (numbers and booleans as JSON writes them)."""
        out = []
        for path, line in zip(batch["path"].to_pylist(), batch["text"].to_pylist()):
            try:
                r = json.loads(line)
            except ValueError as e:
                raise ValueError(f"{path}: a line is not JSON ({e})") from None
            if not isinstance(r, dict):
                raise ValueError(f"{path}: a line is not a JSON object")
            out.append({k: _scalar(v) for k, v in r.items()} | {"path": path})
        return out

    def _doc_id(self, r: dict) -> str:
        path, key = r["path"], r.get(self.fields["id"])
        rel = posixpath.relpath(path, self.root) if self.root else posixpath.basename(path)
        if key is None or not key.strip():
            raise ValueError(f"{path}: a record has no {self.fields['id']!r} field; the Ray job needs an id per record")
        return f"{rel}#{key.strip()}"

    def __call__(self, batch: pa.Table) -> pa.Table:
        f = self.fields
        records = self._records(batch)
        field = lambda name: [r.get(f[name]) for r in records]  # noqa: E731
        tables = newsframe.extract(
            field("text"),
            ids=[self._doc_id(r) for r in records],
            dates=field("date"),
            titles=field("title"),
            urls=field("url"),
            source_paths=[r["path"] for r in records],
        )
        doc_entities = tables.pop("doc_entities")
        newsframe.write_tables(tables, self.output, f"part-{uuid.uuid4().hex}")
        return doc_entities


def _scalar(v) -> Optional[str]:
    """A JSON value as the CLI reads a record field: strings as they are,
    numbers and booleans as JSON writes them, anything else absent."""
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return json.dumps(v)
    return None


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
    # Lines are read as text and parsed in the map step, as the CLI parses
    # them: pyarrow's JSON reader would type each file's fields on its own
    # (a date column as timestamps in one file, strings in the next), and
    # Ray cannot join such blocks into one batch.
    ds = ray.data.read_text(list(inputs), include_paths=True)
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
