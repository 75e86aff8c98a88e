"""Extract the HTML pages of WARC files with PySpark and decruft.

Each Spark task gets some WARC paths (``mapPartitions``), builds one
``decruft.Extractor`` for its partition and streams the records: every
``response`` record with a 2xx status and an HTML Content-Type is extracted
(decoded with that header's charset, links resolved against its
``WARC-Target-URI``). A page decruft refuses gives a row with ``error`` set;
the job goes on.

    spark-submit spark_warc.py OUT_DIR crawl-00000.warc.gz crawl-00001.warc.gz ...
    python spark_warc.py --master 'local[2]' OUT_DIR *.warc.gz

Paths with a scheme (``s3://``, ``https://``…) are opened with fsspec, which
must then be installed on the workers; plain paths must be readable by every
worker. Needs pyspark, warcio and decruft on the driver and the workers.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, Dict, Iterable, Iterator, List, Optional

HTML_TYPES = ("text/html", "application/xhtml+xml")

# The columns of the result; `error` is None for a page that was read.
COLUMNS = ["url", "title", "text", "language", "date", "authors", "encoding", "error"]


def _open(path: str):
    if "://" in path and not path.startswith("file://"):
        import fsspec

        return fsspec.open(path, "rb").open()
    return open(path[len("file://"):] if path.startswith("file://") else path, "rb")


def html_records(stream) -> Iterator[tuple]:
    """(url, body, content_type) of every 2xx HTML response in a WARC stream."""
    from warcio.archiveiterator import ArchiveIterator

    for record in ArchiveIterator(stream):
        if record.rec_type != "response" or record.http_headers is None:
            continue
        status = record.http_headers.get_statuscode() or ""
        content_type = record.http_headers.get_header("Content-Type") or ""
        if not status.startswith("2") or content_type.split(";")[0].strip().lower() not in HTML_TYPES:
            continue
        yield record.rec_headers.get_header("WARC-Target-URI"), record.content_stream().read(), content_type


def extract_partition(paths: Iterable[str], options: Dict[str, Any]) -> Iterator[Dict[str, Any]]:
    """The rows of one partition's WARC files: one Extractor for them all."""
    import decruft

    extractor = decruft.Extractor(**options)
    markdown = options.get("markdown", False)
    for path in paths:
        with _open(path) as stream:
            for url, body, content_type in html_records(stream):
                try:
                    a = extractor.extract(body, url=url, content_type=content_type)
                except decruft.Error as e:
                    yield dict.fromkeys(COLUMNS) | {"url": url, "error": str(e)}
                    continue
                yield {
                    "url": url,
                    "title": a.title,
                    "text": a.markdown if markdown else a.text,
                    "language": a.language,
                    "date": a.date,
                    "authors": a.authors,
                    "encoding": a.encoding,
                    "error": None,
                }


def extract_warcs(spark, paths: List[str], partitions: Optional[int] = None, **options: Any):
    """A DataFrame of the HTML pages in `paths` (columns: COLUMNS).
    `options` are decruft.Extractor's keywords."""
    from pyspark.sql.types import ArrayType, StringType, StructField, StructType

    schema = StructType(
        [StructField(c, ArrayType(StringType()) if c == "authors" else StringType()) for c in COLUMNS]
    )
    if __name__ != "__main__":
        # Imported as a module: ship it to the workers, which import it to
        # run extract_partition (spark-submit ships the main script itself).
        spark.sparkContext.addPyFile(__file__)
    rdd = spark.sparkContext.parallelize(paths, partitions or len(paths) or 1)
    rows = rdd.mapPartitions(lambda part: ([row[c] for c in COLUMNS] for row in extract_partition(part, options)))
    return spark.createDataFrame(rows, schema)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", help="output directory (Parquet)")
    parser.add_argument("warcs", nargs="+", help="WARC or WARC.gz files")
    parser.add_argument("--master", help="Spark master, e.g. local[4] (default: spark-submit's)")
    parser.add_argument("--markdown", action="store_true", help="text as Markdown")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("decruft-warc")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        df = extract_warcs(spark, args.warcs, markdown=args.markdown)
        df.write.mode("overwrite").parquet(args.output)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
