"""newsframe in Python: news articles to tables, in a notebook or on Ray/Spark.

All the work is done by the Rust crate (the same code as the ``newsframe``
CLI) through the ``_newsframe`` extension, with the GIL released; this module
only converts inputs and opens the returned tables with pyarrow.

- ``extract(texts, ids=..., ...)``: the per-document tables of a batch.
- ``entities(doc_entities)``: the corpus-level entities table, after a
  distributed map, from the ``doc_entities`` tables ``extract`` returned.
- ``load(output_dir)``: the tables of a ``newsframe run``.
"""

from __future__ import annotations

import io
import json
import os
from typing import Dict, Iterable, Optional, Sequence, Union

import pyarrow as pa
import pyarrow.parquet as pq

from . import _newsframe

__version__ = _newsframe.__version__
EXTRACTOR_FINGERPRINT = _newsframe.EXTRACTOR_FINGERPRINT

#: The per-document tables ``extract`` returns (as the CLI writes them).
DOC_TABLES = ("documents", "mentions", "amounts", "dates", "quotes", "relations")
#: Every table of a CLI run, as ``load`` returns them.
TABLES = ("documents", "entities", "mentions", "amounts", "dates", "quotes", "relations", "problems")

Column = Union[Sequence[Optional[str]], pa.Array, pa.ChunkedArray, None]


def _strings(name: str, values: Column) -> Optional[list]:
    """A column as a list of str or None (pyarrow arrays of any string or date type, or a sequence)."""
    if values is None:
        return None
    if isinstance(values, (pa.Array, pa.ChunkedArray)):
        if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
            values = values.cast(pa.string())
        return values.to_pylist()
    if isinstance(values, (str, bytes)):
        raise TypeError(f"{name} must be a sequence of strings, not a single {type(values).__name__}")
    out = []
    for v in values:
        if v is None or isinstance(v, str):
            out.append(v)
        elif hasattr(v, "isoformat"):
            out.append(v.isoformat())
        else:
            out.append(str(v))
    return out


def _table(data: bytes) -> pa.Table:
    return pq.read_table(io.BytesIO(data))


def _convert(tables: Dict[str, pa.Table], as_: str):
    if as_ == "arrow":
        return tables
    if as_ == "polars":
        import polars as pl

        return {k: pl.from_arrow(v) for k, v in tables.items()}
    raise ValueError(f"as_ must be 'arrow' or 'polars', not {as_!r}")


def extract(
    texts: Column,
    ids: Column = None,
    dates: Column = None,
    titles: Column = None,
    urls: Column = None,
    *,
    authors: Column = None,
    publishers: Column = None,
    source_paths: Column = None,
    as_: str = "arrow",
) -> dict:
    """Extract a batch of documents.

    ``texts`` is a list of str or a pyarrow string array (plain text, or a web
    page's HTML, whose main text is then extracted). ``ids`` are the doc_ids
    (default: "1", "2", ... by position; give your own when batches are
    combined); ``dates`` are publication dates in any form the CLI reads in a
    record (ISO, RFC 2822, Unix seconds; datetime.date objects too).
    Each record is read exactly as the CLI reads a JSON Lines record with
    these fields.

    Returns a dict of tables: ``documents``, ``mentions``, ``amounts``,
    ``dates``, ``quotes``, ``relations`` (the CLI's columns and types, rows
    in input order), ``doc_entities`` (each document's entity list, the input
    of :func:`entities`) and ``problems`` (records that were skipped, and why).
    ``as_="polars"`` gives polars DataFrames instead of pyarrow Tables.
    """
    texts_l = _strings("texts", texts)
    if texts_l is None:
        raise TypeError("texts is required")
    files = _newsframe.extract(
        texts_l,
        _strings("ids", ids),
        _strings("dates", dates),
        _strings("titles", titles),
        _strings("urls", urls),
        _strings("authors", authors),
        _strings("publishers", publishers),
        _strings("source_paths", source_paths),
    )
    return _convert({name: _table(data) for name, data in files}, as_)


def _parquet_bytes(t) -> bytes:
    if not isinstance(t, pa.Table):
        to_arrow = getattr(t, "to_arrow", None)  # polars DataFrame
        t = to_arrow() if to_arrow is not None else pa.Table.from_pandas(t, preserve_index=False)
    sink = io.BytesIO()
    pq.write_table(t, sink, compression="none")
    return sink.getvalue()


def entities(doc_entities, *more, as_: str = "arrow"):
    """The corpus-level ``entities`` table, as ``newsframe run`` writes it.

    ``doc_entities`` is the ``doc_entities`` table of :func:`extract` (a
    pyarrow Table, polars or pandas DataFrame), or a list of them (one per
    batch, in any order); further tables may also be passed as arguments.
    Ids are stable (``person/sam-altman``), so mentions from any batch join
    on ``entity_id``; counts, aliases and ``canonical_id`` are corpus-wide.
    """
    parts = list(doc_entities) if isinstance(doc_entities, (list, tuple)) else [doc_entities]
    parts += list(more)
    data = _newsframe.entities([_parquet_bytes(p) for p in parts])
    return _convert({"entities": _table(data)}, as_)["entities"]


def write_tables(tables: dict, base: str, part: str, filesystem=None) -> None:
    """Write a batch's tables as ``BASE/TABLE/PART.parquet`` (one folder per table).

    ``base`` may be a local folder or any URI pyarrow opens (``s3://bucket/run``,
    ``gs://...``, ``hdfs://...``), or a path on ``filesystem``. Each folder is
    then one Parquet dataset that Ray, Spark, DuckDB or polars read whole.
    """
    import pyarrow.fs as pafs

    if filesystem is None:
        filesystem, base = pafs.FileSystem.from_uri(base if "://" in base else os.path.abspath(base))
    for name, t in tables.items():
        if not isinstance(t, pa.Table):
            t = t.to_arrow()
        folder = f"{base.rstrip('/')}/{name}"
        filesystem.create_dir(folder, recursive=True)
        pq.write_table(t, f"{folder}/{part}.parquet", filesystem=filesystem, compression="zstd")


def load(output_dir: Union[str, os.PathLike], as_: str = "arrow") -> dict:
    """The tables of a ``newsframe run`` (its current snapshot), with their types.

    Reads ``OUTPUT/current/NAME.parquet`` for every table the run's
    ``manifest.json`` lists; the run must have written Parquet (the default).
    """
    current = os.path.join(os.fspath(output_dir), "current")
    manifest_path = os.path.join(current, "manifest.json")
    if not os.path.exists(manifest_path):
        raise FileNotFoundError(f"{output_dir} holds no newsframe run (no current/manifest.json)")
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    tables = {}
    for name in manifest["tables"]:
        path = os.path.join(current, f"{name}.parquet")
        if not os.path.exists(path):
            raise FileNotFoundError(f"{path} is missing: run newsframe with --format parquet (the default writes it)")
        tables[name] = pq.read_table(path)
    return _convert(tables, as_)


__all__ = ["extract", "entities", "load", "write_tables", "DOC_TABLES", "TABLES", "EXTRACTOR_FINGERPRINT"]
