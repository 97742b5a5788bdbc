"""The "naive peer" of bench/speed.py: what one would write without factcheck.

For each whole document, in one process: quantulum3.parser.parse(text) for figures and units, and
dateparser.search.search_dates(text, languages=["en"]) for dates. No sentence splitting, no candidate
filter, no hedges: the two libraries are simply handed the full text.

    .venv/bin/python bench/naive_peer.py FILE...

Prints one JSON line: documents, characters, quantities and dates found, and the seconds spent in each
library (wall time of the whole process is measured by the caller).
"""

from __future__ import annotations

import json
import sys
import time
import warnings


def main(paths: list[str]) -> int:
    started = time.perf_counter()
    # quantulum3 warns once that its optional classifier is not installed; that is the setup under test.
    warnings.filterwarnings("ignore", module="quantulum3")
    import dateparser.search
    import quantulum3.parser

    imported = time.perf_counter()
    characters = quantities = dates = 0
    in_quantulum = in_dateparser = 0.0
    for path in paths:
        with open(path, encoding="utf-8-sig") as handle:
            text = handle.read()
        characters += len(text)
        t0 = time.perf_counter()
        quantities += len(quantulum3.parser.parse(text))
        t1 = time.perf_counter()
        dates += len(dateparser.search.search_dates(text, languages=["en"]) or [])
        t2 = time.perf_counter()
        in_quantulum += t1 - t0
        in_dateparser += t2 - t1
    print(
        json.dumps(
            {
                "documents": len(paths),
                "characters": characters,
                "quantities": quantities,
                "dates": dates,
                "import_seconds": round(imported - started, 4),
                "quantulum3_seconds": round(in_quantulum, 4),
                "dateparser_seconds": round(in_dateparser, 4),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
