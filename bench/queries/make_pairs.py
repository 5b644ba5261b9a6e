#!/usr/bin/env python3
"""Two-word queries for the 100k benchmark index, taken by a fixed rule from the
real test queries of the two collections the index is made of, so that the
"typical two-word query" of docs/performance.md is not hand-picked.

Rule: in each query, in file order, the first two adjacent words (letters only,
3 letters or more, lower-cased) of which neither is on the stop list below; the
first 20 distinct pairs of SciFact's test queries, then the first 20 distinct
pairs of CACM's topics.

Usage: bench/queries/make_pairs.py [COLLECTIONS_DIR] > bench/queries/100k-pairs.txt
"""
import json
import re
import sys
from pathlib import Path

STOP = set("""a about above after again against all am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for
from further had has have having he her here hers him his how i if in into is it its itself
just me more most my no nor not now of off on once only or other our out over own same she
should so some such than that the their them then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you
your also using used use based may show shows shown associated increased decreased reduced
higher lower high low results result effect effects role patients article articles paper
papers interested""".split())


def first_pair(text):
    words = re.findall(r"[A-Za-z]+", text)
    for a, b in zip(words, words[1:]):
        if len(a) >= 3 and len(b) >= 3 and a.lower() not in STOP and b.lower() not in STOP:
            return f"{a.lower()} {b.lower()}"
    return None


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[3] / "shared" / "collections")
    test_ids = {line.split("\t")[0] for line in (root / "scifact" / "queries.test.tsv").read_text().splitlines() if line}
    scifact = []
    for line in (root / "scifact" / "queries.jsonl").read_text().splitlines():
        q = json.loads(line)
        p = first_pair(q["text"]) if q["_id"] in test_ids else None
        if p and p not in scifact:
            scifact.append(p)
    cacm = []
    topics = (root / "cacm" / "topics.cacm.txt").read_text()
    for m in re.finditer(r"<DOCNO>.*?</DOCNO>(.*?)</DOC>", topics, re.S):
        p = first_pair(m.group(1))
        if p and p not in cacm and p not in scifact[:20]:
            cacm.append(p)
    print("\n".join(scifact[:20] + cacm[:20]))


if __name__ == "__main__":
    main()
