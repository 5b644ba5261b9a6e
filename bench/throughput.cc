// Whole-corpus benchmarks: indexing throughput (documents/s, MB/s) and
// single-thread query latency (p50, p99). Results are printed as one line each;
// docs/performance.md records them with the machine and corpus.
//
//   bench_throughput folder DIR DATA                   index every file under DIR (as `silkdex index`)
//   bench_throughput beir DATA N CORPUS.jsonl...       index a BEIR corpus replicated to N documents
//   bench_throughput query DATA QUERIES [ROUNDS]       run each query ROUNDS times (default 3)
//
// DATA is a data folder, written from scratch as the product writes it: the
// catalog of record (DATA/catalog.sqlite, with its audit trail) and the index
// derived from it (DATA/index), in batches of 2,000 documents.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "beir.h"
#include "silkdex/index.h"
#include "silkdex/ingest.h"
#include "silkdex/plugins.h"
#include "silkdex/search.h"
#include "silkdex/store.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

int Fail(const silkdex::Status& s) {
  std::cerr << "bench_throughput: " << s.ToString() << "\n";
  return 1;
}

// A fresh data folder: no catalog, no index.
silkdex::Result<std::unique_ptr<silkdex::Store>> FreshStore(const std::filesystem::path& data) {
  std::error_code ec;
  std::filesystem::remove_all(silkdex::Store::IndexPath(data), ec);
  for (const char* suffix : {"", "-wal", "-shm"})
    std::filesystem::remove(silkdex::Store::CatalogPath(data).string() + suffix, ec);
  return silkdex::Store::Open(data);
}

// Writes what is pending through the store when `force` or a batch is full.
silkdex::Status Flush(silkdex::Store& store, std::vector<silkdex::Document>* pending, bool force) {
  if (pending->empty() || (!force && pending->size() < 2000)) return silkdex::Status::Ok();
  auto w = store.PutMany(*pending, silkdex::Actor::CommandLine());
  pending->clear();
  return w.status();
}

// A data folder's index, or the path itself when it is an index.
std::filesystem::path IndexOf(const std::filesystem::path& path) {
  return std::filesystem::exists(silkdex::Store::IndexPath(path)) ? silkdex::Store::IndexPath(path) : path;
}

int IndexFolder(const std::string& dir, const std::string& index) {
  auto files = silkdex::ListFolder(dir);
  if (!files.ok()) return Fail(files.status());
  auto store = FreshStore(index);
  if (!store.ok()) return Fail(store.status());
  std::vector<silkdex::Document> pending;
  auto start = Clock::now();
  uint64_t docs = 0, bytes = 0, failed = 0;
  for (const auto& f : *files) {
    auto r = silkdex::IngestFile(f, dir);
    if (r.skipped) continue;
    bytes += std::filesystem::file_size(f);
    failed += r.problems.size();
    for (auto& d : r.documents) {
      pending.push_back(std::move(d));
      ++docs;
    }
    if (auto s = Flush(**store, &pending, false); !s.ok()) return Fail(s);
  }
  if (auto s = Flush(**store, &pending, true); !s.ok()) return Fail(s);
  double secs = Seconds(start);
  std::printf("folder %s: %llu documents (%llu failed), %.2f MB of files in %.3f s: %.0f docs/s, %.2f MB/s\n",
              dir.c_str(), static_cast<unsigned long long>(docs), static_cast<unsigned long long>(failed),
              bytes / 1e6, secs, docs / secs, bytes / 1e6 / secs);
  return 0;
}

int IndexBeir(const std::string& index, size_t target, const std::vector<std::filesystem::path>& corpus) {
  auto base = silkdex::bench::LoadBeirCorpus(corpus);
  if (base.empty()) return Fail(silkdex::Status::InvalidArgument("empty corpus"));
  auto store = FreshStore(index);
  if (!store.ok()) return Fail(store.status());
  std::vector<silkdex::Document> pending;
  auto start = Clock::now();
  uint64_t bytes = 0;
  for (size_t i = 0; i < target; ++i) {
    silkdex::Document d = base[i % base.size()];
    if (i >= base.size()) d.id += "-" + std::to_string(i / base.size());
    bytes += d.title.size() + d.body.size();
    pending.push_back(std::move(d));
    if (auto s = Flush(**store, &pending, false); !s.ok()) return Fail(s);
  }
  if (auto s = Flush(**store, &pending, true); !s.ok()) return Fail(s);
  double secs = Seconds(start);
  std::printf("beir x%zu: %zu documents (%zu distinct), %.1f MB of text in %.1f s: %.0f docs/s, %.2f MB/s\n",
              (target + base.size() - 1) / base.size(), target, base.size(), bytes / 1e6, secs, target / secs,
              bytes / 1e6 / secs);
  return 0;
}

// `count_first`: count every match before ranking, on the searching thread,
// instead of beside the ranking on another (IndexOptions::count_beside_ranking).
int Query(const std::string& index, const std::string& queries_file, int rounds, bool count_first) {
  silkdex::IndexOptions options;
  options.count_beside_ranking = !count_first;
  // The plugins' vocabularies expand queries as in `silkdex serve` and `silkdex search`.
  auto plugins = silkdex::PluginHost::Load();
  if (!plugins.ok()) return Fail(plugins.status());
  options.extra_synonyms = (*plugins)->VocabularyGroups();
  auto searcher = silkdex::Searcher::Open({IndexOf(index)}, options);
  if (!searcher.ok()) return Fail(searcher.status());
  auto queries = silkdex::bench::LoadQueries(queries_file);
  std::vector<double> ms;
  uint64_t hits = 0;
  for (int r = 0; r < rounds; ++r) {
    for (const auto& q : queries) {
      silkdex::SearchRequest req;
      req.query = q;
      auto start = Clock::now();
      auto resp = (*searcher)->Search(req);
      ms.push_back(Seconds(start) * 1000);
      if (!resp.ok()) return Fail(resp.status());
      hits += resp->total;
    }
  }
  std::sort(ms.begin(), ms.end());
  auto pct = [&](double p) { return ms[std::min(ms.size() - 1, static_cast<size_t>(p * ms.size()))]; };
  double mean = 0;
  for (double v : ms) mean += v / ms.size();
  std::printf("query %s on %llu documents: %zu searches, p50 %.2f ms, p99 %.2f ms, mean %.2f ms, max %.2f ms (mean total %.0f)\n",
              queries_file.c_str(), static_cast<unsigned long long>((*searcher)->document_count()), ms.size(),
              pct(0.50), pct(0.99), mean, ms.back(), static_cast<double>(hits) / ms.size());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    if (args.size() == 3 && args[0] == "folder") return IndexFolder(args[1], args[2]);
    if (args.size() >= 4 && args[0] == "beir")
      return IndexBeir(args[1], std::stoul(args[2]), {args.begin() + 3, args.end()});
    if (args.size() >= 3 && args.size() <= 5 && args[0] == "query" && (args.size() < 5 || args[4] == "count-first"))
      return Query(args[1], args[2], args.size() >= 4 ? std::stoi(args[3]) : 3, args.size() == 5);
  } catch (const std::exception& e) {
    std::cerr << "bench_throughput: " << e.what() << "\n";
    return 1;
  }
  std::cerr << "usage: bench_throughput folder DIR INDEX | beir INDEX N CORPUS.jsonl... | query INDEX QUERIES [ROUNDS [count-first]]\n";
  return 2;
}
