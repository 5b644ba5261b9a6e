#include "eval_command.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

#include "data_folder.h"
#include "silkdex/eval.h"
#include "silkdex/index.h"
#include "silkdex/ingest.h"
#include "silkdex/search.h"

namespace silkdex::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kPage = 100;    // results per search, as the API's largest page; what latency measures
constexpr int kDepth = 1000;  // results per query, in pages of kPage: MAP@1000 needs 1000

double Millis(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

// A folder under the system's temporary folder, removed with everything in it when the object goes.
class ScratchFolder {
 public:
  static Result<std::unique_ptr<ScratchFolder>> Make() {
    std::error_code ec;
    std::string pattern = (fs::temp_directory_path(ec) / "silkdex-eval-XXXXXX").string();
    if (ec) return Status::IOError("temporary folder: " + ec.message());
    if (!mkdtemp(pattern.data())) return Status::IOError("cannot create a temporary folder in " + pattern);
    return std::unique_ptr<ScratchFolder>(new ScratchFolder(pattern));
  }
  ~ScratchFolder() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  explicit ScratchFolder(fs::path p) : path_(std::move(p)) {}
  fs::path path_;
};

std::string Fixed(double v, int digits) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(digits) << v;
  return s.str();
}

// The queries that have judgments, in file order (as BEIR runs a split).
struct Workload {
  std::vector<eval::Query> queries;
  eval::Qrels qrels;
  size_t unjudged = 0;  // queries of the file without judgments, not run
};

Result<Workload> LoadWorkload(const EvalCommand& cmd) {
  Workload w;
  fs::path qrels_file = cmd.qrels;
  std::error_code ec;
  if (fs::is_directory(qrels_file, ec)) qrels_file /= cmd.split + ".tsv";
  auto qrels = eval::ReadQrels(qrels_file);
  if (!qrels.ok()) return qrels.status();
  w.qrels = std::move(qrels).value();
  auto queries = eval::ReadQueries(cmd.queries);
  if (!queries.ok()) return queries.status();
  for (auto& q : *queries) {
    if (w.qrels.count(q.id)) w.queries.push_back(std::move(q));
    else ++w.unjudged;
  }
  if (w.queries.empty())
    return Status::InvalidArgument("no query of " + cmd.queries + " has judgments in " + qrels_file.string());
  return w;
}

// Every corpus file into the silkdex index at `index`; documents the contract refuses are
// counted and the first reason kept.
Status IndexCorpus(const EvalCommand& cmd, const fs::path& index, const IndexOptions& options, std::ostream& err) {
  auto writer = IndexWriter::Open(index, options);
  if (!writer.ok()) return writer.status();
  auto started = Clock::now();
  uint64_t indexed = 0, refused = 0;
  std::string first_refusal;
  for (const auto& file : cmd.corpus) {
    Status s = eval::ReadCorpus(file, [&](eval::CorpusDocument&& cd) -> Status {
      Document doc;
      doc.id = cd.id;
      doc.title = std::move(cd.title);
      doc.body = std::move(cd.text);
      doc.language = cmd.language;
      // The defaults of `silkdex index`: type, status, a title from the first line when
      // there is none, the language detected when not given.
      if (Status f = FinishDocument(&doc, cd.id); !f.ok()) {
        if (refused++ == 0) first_refusal = "document '" + cd.id + "': " + f.message();
        return Status::Ok();
      }
      SILKDEX_RETURN_IF_ERROR((*writer)->Put(doc));
      ++indexed;
      return Status::Ok();
    });
    SILKDEX_RETURN_IF_ERROR(s);
  }
  SILKDEX_RETURN_IF_ERROR((*writer)->Commit());
  err << "indexed " << indexed << " documents in " << Fixed(Millis(Clock::now() - started) / 1000, 1) << " s";
  if (refused) err << "; " << refused << " refused (first: " << first_refusal << ")";
  err << "\n";
  return Status::Ok();
}

struct Measured {
  eval::Run run;
  std::vector<double> latencies_ms;
  uint64_t documents = 0;
};

Result<Measured> RunSilkdex(const EvalCommand& cmd, const Workload& w, std::ostream& err) {
  IndexOptions options;
  options.definitions_dir = cmd.definitions;
  std::unique_ptr<ScratchFolder> scratch;
  fs::path index;
  if (cmd.data.empty()) {
    auto made = ScratchFolder::Make();
    if (!made.ok()) return made.status();
    scratch = std::move(made).value();
    index = scratch->path() / "index";
  } else {
    auto data = ResolveDataFolder(cmd.data);
    if (!data.ok()) return data.status();
    std::error_code ec;
    fs::create_directories(data->root, ec);
    if (ec) return Status::IOError(data->root.string() + ": " + ec.message());
    index = data->index();
  }
  if (!cmd.corpus.empty()) SILKDEX_RETURN_IF_ERROR(IndexCorpus(cmd, index, options, err));

  auto searcher = Searcher::Open({index}, options);
  if (!searcher.ok()) return searcher.status();
  Measured m;
  m.documents = (*searcher)->document_count();
  for (const auto& q : w.queries) {
    SearchRequest req;
    req.query = q.text;
    req.per_page = kPage;
    req.facets = {};
    req.query_language = cmd.language;
    auto& ranked = m.run[q.id];
    // The first page is the search a person makes and the one timed; the next
    // pages only deepen the run for MAP@1000.
    for (req.page = 1; req.page <= kDepth / kPage; ++req.page) {
      auto started = Clock::now();
      auto resp = (*searcher)->Search(req);
      if (req.page == 1) m.latencies_ms.push_back(Millis(Clock::now() - started));
      if (!resp.ok()) return resp.status().WithContext("query '" + q.id + "'");
      for (const auto& h : resp->hits) ranked.push_back({h.id, h.score});
      if (resp->hits.size() < static_cast<size_t>(kPage)) break;
    }
  }
  return m;
}

Result<Measured> RunXapianDefault(const EvalCommand& cmd, const Workload& w, std::ostream& err) {
  auto scratch = ScratchFolder::Make();
  if (!scratch.ok()) return scratch.status();
  auto base = eval::XapianDefaultBaseline::Create((*scratch)->path() / "floor");
  if (!base.ok()) return base.status();
  Measured m;
  auto started = Clock::now();
  for (const auto& file : cmd.corpus) {
    SILKDEX_RETURN_IF_ERROR(eval::ReadCorpus(file, [&](eval::CorpusDocument&& cd) {
      ++m.documents;
      return (*base)->Add(cd);
    }));
  }
  SILKDEX_RETURN_IF_ERROR((*base)->Commit());
  err << "indexed " << m.documents << " documents (plain Xapian) in "
      << Fixed(Millis(Clock::now() - started) / 1000, 1) << " s\n";
  for (const auto& q : w.queries) {
    auto t = Clock::now();
    auto hits = (*base)->Search(q.text, kDepth);
    m.latencies_ms.push_back(Millis(Clock::now() - t));
    if (!hits.ok()) return hits.status().WithContext("query '" + q.id + "'");
    m.run[q.id] = std::move(hits).value();
  }
  return m;
}

}  // namespace

int RunEval(const EvalCommand& cmd, std::ostream& out, std::ostream& err) {
  if (!cmd.baseline.empty() && cmd.baseline != "xapian-default")
    return Fail(err, Status::InvalidArgument("--baseline: '" + cmd.baseline + "' is not xapian-default"));
  if (!cmd.baseline.empty() && (cmd.corpus.empty() || !cmd.data.empty() || !cmd.definitions.empty()))
    return Fail(err, Status::InvalidArgument("--baseline indexes --corpus into a temporary index of its own; "
                                             "it takes neither --index nor --definitions"));
  if (cmd.corpus.empty() && cmd.data.empty())
    return Fail(err, Status::InvalidArgument("give --corpus FILE... to index, or --index PATH of an index to use"));
  auto workload = LoadWorkload(cmd);
  if (!workload.ok()) return Fail(err, workload.status());

  auto measured = cmd.baseline.empty() ? RunSilkdex(cmd, *workload, err) : RunXapianDefault(cmd, *workload, err);
  if (!measured.ok()) return Fail(err, measured.status());

  std::vector<std::string> order;
  size_t empty = 0;
  for (const auto& q : workload->queries) {
    order.push_back(q.id);
    empty += measured->run[q.id].empty();
  }
  if (!cmd.run.empty()) {
    std::string tag = cmd.baseline.empty() ? "silkdex" : cmd.baseline;
    if (Status s = eval::WriteRun(cmd.run, order, measured->run, tag); !s.ok()) return Fail(err, s);
  }
  auto evaluation = eval::Evaluate(measured->run, workload->qrels);
  if (!evaluation.ok()) return Fail(err, evaluation.status());

  if (cmd.per_query) {
    for (const auto& [qid, m] : evaluation->per_query)
      out << qid << "\tnDCG@10 " << Fixed(m.ndcg_at_10, 4) << "\tRecall@100 " << Fixed(m.recall_at_100, 4)
          << "\tMAP@100 " << Fixed(m.map_at_100, 4) << "\tMRR@10 " << Fixed(m.mrr_at_10, 4) << "\tMAP@1000 "
          << Fixed(m.map_at_1000, 4) << "\n";
  }
  const eval::Measures& mean = evaluation->mean;
  if (!cmd.baseline.empty()) out << "baseline    " << cmd.baseline << " (plain Xapian BM25; for the report only)\n";
  out << "documents   " << measured->documents << "\n";
  out << "queries     " << evaluation->per_query.size() << " evaluated of " << workload->queries.size() << " run";
  if (empty) out << " (" << empty << " retrieved nothing and are left out, as trec_eval does)";
  if (workload->unjudged) out << "; " << workload->unjudged << " without judgments not run";
  out << "\n";
  out << "nDCG@10     " << Fixed(mean.ndcg_at_10, 4) << "\n";
  out << "Recall@100  " << Fixed(mean.recall_at_100, 4) << "\n";
  out << "MAP@100     " << Fixed(mean.map_at_100, 4) << "\n";
  out << "MRR@10      " << Fixed(mean.mrr_at_10, 4) << "\n";
  out << "MAP@1000    " << Fixed(mean.map_at_1000, 4) << "\n";
  if (empty) {
    // trec_eval -c: every judged query counts, those that retrieved nothing as 0.
    double share = static_cast<double>(evaluation->per_query.size()) / static_cast<double>(workload->queries.size());
    out << "all queries nDCG@10 " << Fixed(mean.ndcg_at_10 * share, 4) << ", Recall@100 "
        << Fixed(mean.recall_at_100 * share, 4) << ", MAP@100 " << Fixed(mean.map_at_100 * share, 4) << ", MRR@10 "
        << Fixed(mean.mrr_at_10 * share, 4) << ", MAP@1000 " << Fixed(mean.map_at_1000 * share, 4) << " (those that retrieved nothing as 0, trec_eval -c)\n";
  }
  out << "latency     p50 " << Fixed(eval::Percentile(measured->latencies_ms, 50), 2) << " ms, p99 "
      << Fixed(eval::Percentile(measured->latencies_ms, 99), 2) << " ms\n";
  return 0;
}

}  // namespace silkdex::cli
