// Micro-benchmarks (Google Benchmark): reading each format, building a Xapian
// document, and one search on the demo corpus.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "silkdex/index.h"
#include "silkdex/ingest.h"
#include "silkdex/search.h"

namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = fs::path(SILKDEX_SOURCE_DIR) / "examples" / "corpus";

// The first demo file with this extension.
fs::path DemoFile(const std::string& ext) {
  for (const auto& e : fs::recursive_directory_iterator(kCorpus))
    if (e.path().extension() == ext && e.path().string().find(".meta.") == std::string::npos) return e.path();
  return {};
}

void BM_IngestFile(benchmark::State& state, const std::string& ext) {
  fs::path file = DemoFile(ext);
  if (file.empty()) {
    state.SkipWithError(("no demo file " + ext).c_str());
    return;
  }
  for (auto _ : state) {
    auto r = silkdex::IngestFile(file, kCorpus);
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * fs::file_size(file)));
}
BENCHMARK_CAPTURE(BM_IngestFile, json, std::string(".json"));
BENCHMARK_CAPTURE(BM_IngestFile, markdown, std::string(".md"));
BENCHMARK_CAPTURE(BM_IngestFile, html, std::string(".html"));
BENCHMARK_CAPTURE(BM_IngestFile, webvtt, std::string(".vtt"));
BENCHMARK_CAPTURE(BM_IngestFile, srt, std::string(".srt"));
BENCHMARK_CAPTURE(BM_IngestFile, pdf, std::string(".pdf"));

class DemoIndex : public benchmark::Fixture {
 public:
  void SetUp(const benchmark::State&) override {
    if (searcher) return;
    dir = fs::temp_directory_path() / ("silkdex-bench-" + std::to_string(getpid()));
    auto writer = silkdex::IndexWriter::Open(dir);
    auto files = silkdex::ListFolder(kCorpus);
    if (!writer.ok() || !files.ok()) return;
    for (const auto& f : files.value())
      for (const auto& d : silkdex::IngestFile(f, kCorpus).documents) (void)writer.value()->Put(d);
    writer.value().reset();
    auto opened = silkdex::Searcher::Open({dir});
    if (opened.ok()) searcher = std::move(opened).value();
  }
  static inline fs::path dir;
  static inline std::unique_ptr<silkdex::Searcher> searcher;
};

BENCHMARK_DEFINE_F(DemoIndex, Search)(benchmark::State& state) {
  if (!searcher) {
    state.SkipWithError("the demo corpus could not be indexed");
    return;
  }
  silkdex::SearchRequest req;
  req.query = "disaster risk reduction cities";
  for (auto _ : state) {
    auto r = searcher->Search(req);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK_REGISTER_F(DemoIndex, Search);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  if (!DemoIndex::dir.empty()) fs::remove_all(DemoIndex::dir);
  return 0;
}
