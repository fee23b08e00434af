"""Every table of a run read by pyarrow, pandas (with filters=) and DuckDB, checked
against the CSV and the data dictionary; the Excel workbook read by openpyxl; the
data dictionary validated by frictionless (issue 13, points 1, 3 and 4).

The input is a few sentences of our own, written to a temporary folder.
"""

import csv
import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

csv.field_size_limit(sys.maxsize)
BIN = os.environ.get("NEWSFRAME_BIN", str(Path(__file__).resolve().parents[2] / "target/release/newsframe"))

ARTICLES = {
    "harbour.txt": (
        "Maria Lopez, the mayor of Porto Fino, said on Tuesday that the city would spend $40 million "
        "on the harbour in the third quarter of 2019, and 12 percent more in 2020.\n\n"
        '"=SUM(A1:A3) is not a formula here," Lopez said. "+1 for the plan," said Tom Hardy of Northwind Mills. '
        "The council approved the plan in March 2019, in the week of April 8, 2019."
    ),
    "mill.txt": "Northwind Mills hired 300 workers in 2018, its chief executive Tom Hardy said on Monday.",
    # Longer than a spreadsheet cell holds.
    "long.txt": ("Anna Berg of Oslo Freight said the port moved 5,000 containers. " * 700).strip(),
}
META = "doc_id,title,published_date\nharbour.txt,Harbour plan,2019-04-16\nmill.txt,Mill,2018-05-01\nlong.txt,Long,2019-01-02\n"

# Table Schema type -> the Arrow type pyarrow must read, the DuckDB type.
ARROW = {"string": "string", "integer": "int64", "number": "double", "boolean": "bool", "date": "date32[day]", "array": "list<string>"}


def arrow_kind(t):
    """An Arrow type as ARROW names it (a list's item field name aside)."""
    import pyarrow as pa

    return f"list<{t.value_type}>" if pa.types.is_list(t) else str(t)
DUCK = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN", "date": "DATE", "array": "VARCHAR[]"}


def run(args):
    return subprocess.run([BIN, *args], capture_output=True, text=True)


class Tables(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        root = Path(cls.tmp.name)
        cls.inp, cls.out = root / "in", root / "out"
        cls.inp.mkdir()
        for name, text in ARTICLES.items():
            (cls.inp / name).write_text(text, encoding="utf-8")
        (cls.inp / "metadata.csv").write_text(META, encoding="utf-8")
        r = run(["run", "--input", str(cls.inp), "--output", str(cls.out), "--format", "csv,parquet,xlsx", "-q"])
        assert r.returncode == 0, r.stderr
        cls.manifest = json.loads((cls.out / "manifest.json").read_text())
        # The dictionary of a Parquet-first run: list columns are arrays.
        cls.pq_out = root / "out-parquet"
        r = run(["run", "--input", str(cls.inp), "--output", str(cls.pq_out), "--format", "parquet,csv", "-q"])
        assert r.returncode == 0, r.stderr
        cls.package = json.loads((cls.pq_out / "datapackage.json").read_text())

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def csv_rows(self, table):
        with open(self.out / f"{table}.csv", newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))

    def fields(self, table):
        res = next(r for r in self.package["resources"] if r["name"] == table)
        return [(f["name"], f["type"]) for f in res["schema"]["fields"]]

    def test_every_table_reads_the_same_in_pyarrow_pandas_and_duckdb(self):
        import duckdb
        import pandas as pd
        import pyarrow.parquet as pq

        self.assertEqual(len(self.manifest["tables"]), 8)
        for table in self.manifest["tables"]:
            with self.subTest(table=table):
                path = self.out / f"{table}.parquet"
                rows = self.csv_rows(table)
                names = [n for n, _ in self.fields(table)]
                with open(self.out / f"{table}.csv", newline="", encoding="utf-8") as f:
                    self.assertEqual(next(csv.reader(f)), names)

                t = pq.read_table(path)
                self.assertEqual(t.column_names, names)
                self.assertEqual(t.num_rows, len(rows))
                for name, kind in self.fields(table):
                    self.assertEqual(arrow_kind(t.schema.field(name).type), ARROW[kind], f"{table}.{name}")

                df = pd.read_parquet(path)
                self.assertEqual(list(df.columns), names)
                self.assertEqual(len(df), len(rows))
                self.assertEqual(len(pd.read_csv(self.out / f"{table}.csv")), len(rows))

                con = duckdb.connect()
                desc = con.execute(f"DESCRIBE SELECT * FROM read_parquet('{path}')").fetchall()
                self.assertEqual([(d[0], d[1]) for d in desc], [(n, DUCK[k]) for n, k in self.fields(table)])
                self.assertEqual(con.execute(f"SELECT count(*) FROM read_parquet('{path}')").fetchone()[0], len(rows))

                # filters= works on every table (pushdown through pyarrow's dataset API).
                key = names[0]
                if rows:
                    first = rows[0][key]
                    want = sum(1 for r in rows if r[key] == first)
                    self.assertEqual(len(pd.read_parquet(path, filters=[(key, "==", first)])), want)
                    self.assertEqual(pq.read_table(path, filters=[(key, "==", first)]).num_rows, want)

    def test_rows_are_nonempty_and_offsets_slice_the_text(self):
        import pandas as pd

        docs = pd.read_parquet(self.out / "documents.parquet").set_index("doc_id")["text"]
        for table in ["mentions", "amounts", "dates", "quotes"]:
            df = pd.read_parquet(self.out / f"{table}.parquet")
            self.assertGreater(len(df), 0, table)
            for r in df.itertuples():
                self.assertEqual(docs[r.doc_id][r.start : r.end], r.text, table)
        aliases = pd.read_parquet(self.out / "entities.parquet")["aliases"]
        self.assertTrue(all(a is None or all(isinstance(x, str) for x in a) for a in aliases))

    def test_dates_are_dates_in_every_reader(self):
        import datetime

        import duckdb
        import pandas as pd

        dates = pd.read_parquet(self.out / "dates.parquet")
        q3 = dates[dates["value"] == "2019-Q3"].iloc[0]
        self.assertEqual((q3["date_start"], q3["date_end"]), (datetime.date(2019, 7, 1), datetime.date(2019, 9, 30)))
        con = duckdb.connect()
        year = con.execute(f"SELECT date_start, date_end FROM read_parquet('{self.out}/dates.parquet') WHERE value = '2018'").fetchone()
        self.assertEqual(year, (datetime.date(2018, 1, 1), datetime.date(2018, 12, 31)))
        types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('{self.out}/quotes.parquet'))").fetchall())
        self.assertEqual(types["posted_at"], "DATE")
        types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('{self.out}/relations.parquet'))").fetchall())
        self.assertEqual((types["date_start"], types["date_end"]), ("DATE", "DATE"))

    def test_the_data_package_is_valid(self):
        from frictionless import Package, validate

        report = validate(str(self.out / "datapackage.json"))
        self.assertTrue(report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"]))
        package = Package(str(self.out / "datapackage.json"))
        self.assertEqual(sorted(r.name for r in package.resources), sorted(self.manifest["tables"]))
        mentions = package.get_resource("mentions")
        self.assertTrue(any(fk["reference"]["resource"] == "entities" for fk in mentions.schema.foreign_keys))

    def test_the_workbook_is_safe_and_typed(self):
        import datetime

        import openpyxl

        wb = openpyxl.load_workbook(self.out / "tables.xlsx")
        order = ["documents", "entities", "mentions", "amounts", "dates", "quotes", "relations", "problems"]
        self.assertEqual(wb.sheetnames, order)
        self.assertEqual(sorted(order), sorted(self.manifest["tables"]))
        quotes = wb["quotes"]
        self.assertEqual(quotes.freeze_panes, "A2")
        header = [c.value for c in quotes[1]]
        text = header.index("text") + 1
        cells = [quotes.cell(row=r, column=text) for r in range(2, quotes.max_row + 1)]
        formula = [c for c in cells if str(c.value).startswith("=")]
        self.assertTrue(formula, "the quote starting with = is in the sheet")
        self.assertTrue(all(c.data_type == "s" for c in formula), "a leading = stays text")
        docs = wb["documents"]
        dh = [c.value for c in docs[1]]
        self.assertIn("truncated", dh)
        for r in range(2, docs.max_row + 1):
            row = {h: docs.cell(row=r, column=i + 1).value for i, h in enumerate(dh)}
            self.assertIsInstance(row["published_date"], datetime.datetime)
            if row["doc_id"] == "long.txt":
                self.assertEqual(len(row["text"]), 32767)
                self.assertIn("text: cut at 32767 of", row["truncated"])
            else:
                self.assertIsNone(row["truncated"])
        self.assertGreater(docs.column_dimensions["A"].width, 8)


    def test_partitioned_parquet_reads_with_one_glob(self):
        import duckdb
        import pandas as pd
        import pyarrow.dataset as ds

        out = Path(self.tmp.name) / "out-partitioned"
        r = run(["run", "--input", str(self.inp), "--output", str(out), "--format", "parquet,csv", "--partition", "3", "-q"])
        self.assertEqual(r.returncode, 0, r.stderr)
        for table in ["documents", "mentions", "amounts", "dates", "quotes", "relations"]:
            with self.subTest(table=table):
                with open(out / f"{table}.csv", newline="", encoding="utf-8") as f:
                    want = sum(1 for _ in csv.DictReader(f))
                con = duckdb.connect()
                got = con.execute(f"SELECT count(*) FROM read_parquet('{out}/{table}/*/*.parquet', hive_partitioning = true)").fetchone()[0]
                self.assertEqual(got, want)
                buckets = con.execute(f"SELECT DISTINCT bucket FROM read_parquet('{out}/{table}/*/*.parquet', hive_partitioning = true)").fetchall()
                self.assertTrue(all(0 <= b[0] < 3 for b in buckets))
                self.assertEqual(len(pd.read_parquet(out / table)), want)
                self.assertEqual(ds.dataset(out / table, format="parquet", partitioning="hive").count_rows(), want)
        package = json.loads((out / "datapackage.json").read_text())
        mentions = next(r for r in package["resources"] if r["name"] == "mentions")
        self.assertEqual(mentions["path"], [f"mentions/bucket={k}/part-0.parquet" for k in range(3)])


if __name__ == "__main__":
    unittest.main()
