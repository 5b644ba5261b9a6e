#!/usr/bin/env python3
"""Converts the public test collections of ../shared/collections into one layout for `silkdex eval`.

    scripts/collections-to-beir.py [--from ../shared/collections] [--to eval-data]

For each collection NAME it writes (into a gitignored folder, eval-data/ by default):

    NAME/corpus.jsonl      BEIR corpus: {"_id", "title", "text"} per line
    NAME/queries.jsonl     BEIR queries: {"_id", "text"} per line
    NAME/qrels/SPLIT.tsv   BEIR qrels: header "query-id corpus-id score", then one judgment a line

Only what the source says is kept: text is whitespace-normalised (line breaks of the fixed-width
SMART files become spaces) and nothing else is changed. A collection without titles gets
"title": "" (silkdex then takes the title from the start of the text, as `silkdex index` does).
Fields used:

    scifact    BEIR as distributed (corpus.part1 + part2, queries.jsonl, qrels/test.tsv, qrels/train.tsv)
    nfcorpus   original/test.docs ("MED-id<TAB>text", pre-processed by its authors, no separate title),
               beir/queries.test.tsv, beir/qrels.test.trec
    cacm       cacm.jsonl "contents" (title, abstract, authors, dates as Anserini packs them), topics.cacm.txt,
               qrels.cacm.padded.txt (the unpadded ids of qrels.cacm.txt never match a document)
    npl        doc-text.trec, query-text.trec (lower-cased: the source's upper-case topics would make their
               AND/OR query-syntax operators), qrels
    cranfield  cran.all.1400 .T (title) and .W (abstract), queries.tsv and qrels.trec (sequential query ids,
               graded gains 4..1, 0 = judged non-relevant)
    cisi       CISI.ALL .T and .W, queries.tsv, qrels.trec
    medline    MED.ALL .W, queries.tsv, qrels.trec
    adi        ADI.ALL .T and .W, queries.tsv, qrels.trec (tiny)

Python 3 standard library only. Re-running overwrites the output.
"""

import argparse
import json
import os
import re
import sys


def norm(text):
    return " ".join(text.split())


def write_corpus(path, docs):
    with open(path, "w", encoding="utf-8") as f:
        for doc_id, title, text in docs:
            f.write(json.dumps({"_id": doc_id, "title": norm(title), "text": norm(text)}, ensure_ascii=False) + "\n")
    return len(docs)


def write_queries(path, queries):
    with open(path, "w", encoding="utf-8") as f:
        for qid, text in queries:
            f.write(json.dumps({"_id": qid, "text": norm(text)}, ensure_ascii=False) + "\n")
    return len(queries)


def write_qrels(path, judgments):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("query-id\tcorpus-id\tscore\n")
        for qid, doc_id, rel in judgments:
            f.write(f"{qid}\t{doc_id}\t{rel}\n")
    return len(judgments)


def read_lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read().splitlines()


def read_trec_qrels(path):
    """'qid iter docid rel' (spaces or tabs)."""
    out = []
    for line in read_lines(path):
        cols = line.split()
        if not cols:
            continue
        if len(cols) != 4:
            sys.exit(f"{path}: expected 'qid iter docid rel', got {line!r}")
        out.append((cols[0], cols[2], int(cols[3])))
    return out


def read_beir_qrels(path):
    out = []
    for n, line in enumerate(read_lines(path)):
        cols = line.split("\t")
        if n == 0 and cols[0] == "query-id":
            continue
        if len(cols) == 3:
            out.append((cols[0], cols[1], int(cols[2])))
    return out


def read_tsv_queries(path):
    out = []
    for line in read_lines(path):
        if line.strip():
            qid, _, text = line.partition("\t")
            out.append((qid.strip(), text))
    return out


def read_smart(path, fields):
    """SMART/Glasgow format: '.I n' starts a record, '.X' lines start fields. Returns [(id, {field: text})]."""
    records = []
    current = None
    field = None
    marker = re.compile(r"^\.([A-Z])(?:\s+(\S+))?\s*$")
    for line in read_lines(path):
        m = marker.match(line)
        if m and m.group(1) == "I" and m.group(2):
            current = (m.group(2), {})
            records.append(current)
            field = None
            continue
        if m and not m.group(2):
            field = m.group(1)
            continue
        if current is not None and field in fields:
            current[1][field] = current[1].get(field, "") + line + "\n"
    return records


def read_trec_docs(path, tag):
    """<DOC><DOCNO>id</DOCNO> text </DOC> (NPL) or <top><num>id</num><title>text</title></top> (tag='top')."""
    with open(path, encoding="utf-8", errors="replace") as f:
        data = f.read()
    out = []
    if tag == "DOC":
        for m in re.finditer(r"<DOC>\s*<DOCNO>\s*(.*?)\s*</DOCNO>(.*?)</DOC>", data, re.S):
            out.append((m.group(1), m.group(2)))
    else:
        for m in re.finditer(r"<top>\s*<num>\s*(.*?)\s*</num>\s*<title>(.*?)</title>\s*</top>", data, re.S):
            out.append((m.group(1), m.group(2)))
    return out


def scifact(src, dst):
    docs = []
    for part in ("corpus.part1.jsonl", "corpus.part2.jsonl"):
        for line in read_lines(os.path.join(src, part)):
            if line.strip():
                d = json.loads(line)
                docs.append((d["_id"], d.get("title", ""), d.get("text", "")))
    queries = []
    for line in read_lines(os.path.join(src, "queries.jsonl")):
        if line.strip():
            q = json.loads(line)
            queries.append((q["_id"], q["text"]))
    return docs, queries, {
        "test": read_beir_qrels(os.path.join(src, "qrels", "test.tsv")),
        "train": read_beir_qrels(os.path.join(src, "qrels", "train.tsv")),
    }


def nfcorpus(src, dst):
    docs = []
    for line in read_lines(os.path.join(src, "original", "test.docs")):
        if line.strip():
            doc_id, _, text = line.partition("\t")
            docs.append((doc_id, "", text))
    queries = read_tsv_queries(os.path.join(src, "beir", "queries.test.tsv"))
    return docs, queries, {"test": read_trec_qrels(os.path.join(src, "beir", "qrels.test.trec"))}


def cacm(src, dst):
    docs = []
    for line in read_lines(os.path.join(src, "cacm.jsonl")):
        if line.strip():
            d = json.loads(line)
            docs.append((d["id"], "", d["contents"]))
    queries = read_trec_docs(os.path.join(src, "topics.cacm.txt"), "DOC")
    return docs, queries, {"test": read_trec_qrels(os.path.join(src, "qrels.cacm.padded.txt"))}


def npl(src, dst):
    docs = [(i, "", t) for i, t in read_trec_docs(os.path.join(src, "doc-text.trec"), "DOC")]
    # The topics are upper case while the documents are lower case; lowered here so that their
    # "AND"/"OR" are words, not the query syntax's operators.
    queries = [(i, t.lower()) for i, t in read_trec_docs(os.path.join(src, "query-text.trec"), "top")]
    return docs, queries, {"test": read_trec_qrels(os.path.join(src, "qrels"))}


def smart(all_file, title_field):
    def convert(src, dst):
        fields = {"W"} | ({title_field} if title_field else set())
        docs = []
        for doc_id, f in read_smart(os.path.join(src, all_file), fields):
            docs.append((doc_id, f.get(title_field, "") if title_field else "", f.get("W", "")))
        queries = read_tsv_queries(os.path.join(src, "queries.tsv"))
        return docs, queries, {"test": read_trec_qrels(os.path.join(src, "qrels.trec"))}
    return convert


COLLECTIONS = {
    "scifact": ("scifact", scifact),
    "nfcorpus": ("nfcorpus", nfcorpus),
    "cacm": ("cacm", cacm),
    "npl": ("npl-vaswani", npl),
    "cranfield": ("cranfield", smart("cran.all.1400", "T")),
    "cisi": ("cisi", smart("CISI.ALL", "T")),
    "medline": ("medline", smart("MED.ALL", None)),
    "adi": ("adi", smart("ADI.ALL", "T")),
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="src", default=os.path.join(repo, "..", "shared", "collections"))
    ap.add_argument("--to", dest="dst", default=os.path.join(repo, "eval-data"))
    ap.add_argument("names", nargs="*", help="collections to convert (default: all)")
    args = ap.parse_args()
    names = args.names or list(COLLECTIONS)
    for name in names:
        if name not in COLLECTIONS:
            sys.exit(f"unknown collection {name!r}; known: {', '.join(COLLECTIONS)}")
        folder, convert = COLLECTIONS[name]
        src = os.path.join(args.src, folder)
        dst = os.path.join(args.dst, name)
        os.makedirs(dst, exist_ok=True)
        docs, queries, qrels = convert(src, dst)
        ids = {d[0] for d in docs}
        if len(ids) != len(docs):
            sys.exit(f"{name}: duplicate document ids")
        n_docs = write_corpus(os.path.join(dst, "corpus.jsonl"), docs)
        n_queries = write_queries(os.path.join(dst, "queries.jsonl"), queries)
        report = []
        for split, judgments in qrels.items():
            missing = sum(1 for _, d, _ in judgments if d not in ids)
            n = write_qrels(os.path.join(dst, "qrels", split + ".tsv"), judgments)
            report.append(f"{split} {n} judgments over {len({q for q, _, _ in judgments})} queries"
                          + (f" ({missing} name no document)" if missing else ""))
        print(f"{name}: {n_docs} documents, {n_queries} queries; " + "; ".join(report))


if __name__ == "__main__":
    main()
