#include "silkdex/eval.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

namespace silkdex::eval {
namespace {

constexpr size_t kNdcgDepth = 10;
constexpr size_t kRecallDepth = 100;
constexpr size_t kMapDepth = 100;
constexpr size_t kLongMapDepth = 1000;
constexpr size_t kMrrDepth = 10;
constexpr int kRelevant = 1;  // trec_eval's default relevance level (-l1)

Status LineError(const std::filesystem::path& file, size_t line, const std::string& why) {
  return Status::InvalidArgument(file.string() + ":" + std::to_string(line) + ": " + why);
}

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::vector<std::string> SplitWhitespace(const std::string& line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// Reads `file` line by line; `each` gets the 1-based line number and the line
// without its end-of-line characters.
Status ForEachLine(const std::filesystem::path& file, const std::function<Status(size_t, std::string&)>& each) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::NotFound(file.string() + ": cannot open");
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (n == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);  // byte order mark
    SILKDEX_RETURN_IF_ERROR(each(n, line));
  }
  if (in.bad()) return Status::IOError(file.string() + ": read error");
  return Status::Ok();
}

// A JSON member that is a string, or a number written as text (ids are sometimes numbers).
std::optional<std::string> StringMember(const Poco::JSON::Object& obj, const std::string& key) {
  if (!obj.has(key)) return std::nullopt;
  const Poco::Dynamic::Var& v = obj.get(key);
  if (v.isEmpty()) return std::nullopt;
  if (v.isString() || v.isNumeric()) return v.convert<std::string>();
  return std::nullopt;
}

Result<Poco::JSON::Object::Ptr> ParseObject(const std::string& line) {
  try {
    Poco::JSON::Parser parser;
    Poco::Dynamic::Var v = parser.parse(line);
    if (v.type() != typeid(Poco::JSON::Object::Ptr)) return Status::InvalidArgument("expected a JSON object");
    return v.extract<Poco::JSON::Object::Ptr>();
  } catch (const Poco::Exception& e) {
    return Status::InvalidArgument("not JSON: " + e.displayText());
  }
}

bool IsJsonLine(const std::string& line) {
  size_t b = line.find_first_not_of(" \t");
  return b != std::string::npos && line[b] == '{';
}

}  // namespace

Result<Measures> EvaluateQuery(const std::vector<ScoredDoc>& retrieved, const std::map<std::string, int>& judged) {
  // trec_eval's ranking: score descending, ties by document id descending.
  std::vector<const ScoredDoc*> ranked;
  ranked.reserve(retrieved.size());
  for (const auto& d : retrieved) ranked.push_back(&d);
  std::sort(ranked.begin(), ranked.end(), [](const ScoredDoc* a, const ScoredDoc* b) {
    if (a->score != b->score) return a->score > b->score;
    return a->doc_id > b->doc_id;
  });
  std::set<std::string_view> seen;
  for (const ScoredDoc* d : ranked)
    if (!seen.insert(d->doc_id).second) return Status::InvalidArgument("document '" + d->doc_id + "' is retrieved twice");

  // Levels of the retrieved documents in rank order; unjudged documents count as not relevant.
  std::vector<int> levels;
  levels.reserve(ranked.size());
  for (const ScoredDoc* d : ranked) {
    auto it = judged.find(d->doc_id);
    levels.push_back(it == judged.end() ? -1 : it->second);
  }
  size_t num_rel = 0;
  std::vector<int> ideal;
  for (const auto& [doc, level] : judged) {
    if (level >= kRelevant) ++num_rel;
    if (level > 0) ideal.push_back(level);
  }
  std::sort(ideal.begin(), ideal.end(), std::greater<>());

  Measures m;
  // nDCG@10: gain = level, discount log2(rank + 1).
  double dcg = 0, idcg = 0;
  for (size_t i = 0; i < std::min(levels.size(), kNdcgDepth); ++i)
    if (levels[i] > 0) dcg += levels[i] / std::log2(static_cast<double>(i + 2));
  for (size_t i = 0; i < std::min(ideal.size(), kNdcgDepth); ++i) idcg += ideal[i] / std::log2(static_cast<double>(i + 2));
  m.ndcg_at_10 = idcg > 0 ? dcg / idcg : dcg;

  if (num_rel > 0) {
    size_t found = 0;
    double precision_sum = 0;
    for (size_t i = 0; i < std::min(levels.size(), kLongMapDepth); ++i) {
      if (i == kMapDepth) m.map_at_100 = precision_sum / static_cast<double>(num_rel);
      if (levels[i] < kRelevant) continue;
      ++found;
      precision_sum += static_cast<double>(found) / static_cast<double>(i + 1);
    }
    if (levels.size() <= kMapDepth) m.map_at_100 = precision_sum / static_cast<double>(num_rel);
    m.map_at_1000 = precision_sum / static_cast<double>(num_rel);
    size_t in_recall_depth = 0;
    for (size_t i = 0; i < std::min(levels.size(), kRecallDepth); ++i) in_recall_depth += levels[i] >= kRelevant;
    m.recall_at_100 = static_cast<double>(in_recall_depth) / static_cast<double>(num_rel);
  }
  for (size_t i = 0; i < std::min(levels.size(), kMrrDepth); ++i) {
    if (levels[i] >= kRelevant) {
      m.mrr_at_10 = 1.0 / static_cast<double>(i + 1);
      break;
    }
  }
  return m;
}

Result<Evaluation> Evaluate(const Run& run, const Qrels& qrels) {
  Evaluation out;
  for (const auto& [qid, docs] : run) {
    auto judged = qrels.find(qid);
    if (judged == qrels.end() || docs.empty()) continue;
    auto m = EvaluateQuery(docs, judged->second);
    if (!m.ok()) return m.status().WithContext("query '" + qid + "'");
    out.per_query[qid] = *m;
  }
  if (out.per_query.empty()) return Status::InvalidArgument("no query has both judgments and retrieved documents");
  const double n = static_cast<double>(out.per_query.size());
  for (const auto& [qid, m] : out.per_query) {
    out.mean.ndcg_at_10 += m.ndcg_at_10 / n;
    out.mean.recall_at_100 += m.recall_at_100 / n;
    out.mean.map_at_100 += m.map_at_100 / n;
    out.mean.map_at_1000 += m.map_at_1000 / n;
    out.mean.mrr_at_10 += m.mrr_at_10 / n;
  }
  return out;
}

Status ReadCorpus(const std::filesystem::path& file, const std::function<Status(CorpusDocument&&)>& sink) {
  return ForEachLine(file, [&](size_t n, std::string& line) -> Status {
    if (Trim(line).empty()) return Status::Ok();
    CorpusDocument doc;
    if (IsJsonLine(line)) {
      auto obj = ParseObject(line);
      if (!obj.ok()) return LineError(file, n, obj.status().message());
      auto id = StringMember(**obj, "_id");
      if (!id) id = StringMember(**obj, "id");
      if (!id || id->empty()) return LineError(file, n, "no \"_id\" (BEIR) or \"id\" (Anserini) string");
      doc.id = *id;
      doc.title = StringMember(**obj, "title").value_or("");
      auto text = StringMember(**obj, "text");
      if (!text) text = StringMember(**obj, "contents");
      doc.text = text.value_or("");
    } else {
      size_t tab = line.find('\t');
      if (tab == std::string::npos) return LineError(file, n, "expected a JSON object or id<TAB>text");
      doc.id = Trim(std::string_view(line).substr(0, tab));
      doc.text = line.substr(tab + 1);
      if (doc.id.empty()) return LineError(file, n, "empty document id");
    }
    Status s = sink(std::move(doc));
    if (!s.ok()) return s.WithContext(file.string() + ":" + std::to_string(n));
    return Status::Ok();
  });
}

Result<std::vector<Query>> ReadQueries(const std::filesystem::path& file) {
  std::vector<Query> out;
  std::set<std::string> ids;
  Status s = ForEachLine(file, [&](size_t n, std::string& line) -> Status {
    if (Trim(line).empty()) return Status::Ok();
    Query q;
    if (IsJsonLine(line)) {
      auto obj = ParseObject(line);
      if (!obj.ok()) return LineError(file, n, obj.status().message());
      auto id = StringMember(**obj, "_id");
      if (!id) id = StringMember(**obj, "id");
      auto text = StringMember(**obj, "text");
      if (!id || id->empty() || !text) return LineError(file, n, "expected {\"_id\": ..., \"text\": ...}");
      q.id = *id;
      q.text = *text;
    } else {
      size_t tab = line.find('\t');
      if (tab == std::string::npos) return LineError(file, n, "expected a JSON object or id<TAB>text");
      q.id = Trim(std::string_view(line).substr(0, tab));
      q.text = line.substr(tab + 1);
      if (n == 1 && (q.id == "query-id" || q.id == "qid" || q.id == "query_id" || q.id == "_id")) return Status::Ok();
      if (q.id.empty()) return LineError(file, n, "empty query id");
    }
    if (!ids.insert(q.id).second) return LineError(file, n, "query '" + q.id + "' appears twice");
    out.push_back(std::move(q));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<Qrels> ReadQrels(const std::filesystem::path& file) {
  Qrels out;
  Status s = ForEachLine(file, [&](size_t n, std::string& line) -> Status {
    std::vector<std::string> cols = SplitWhitespace(line);
    if (cols.empty()) return Status::Ok();
    if (n == 1 && (cols[0] == "query-id" || cols[0] == "qid" || cols[0] == "query_id")) return Status::Ok();
    std::string qid, doc, level_text;
    if (cols.size() == 4) {  // TREC: qid iter docid level
      qid = cols[0];
      doc = cols[2];
      level_text = cols[3];
    } else if (cols.size() == 3) {  // BEIR: query-id corpus-id score
      qid = cols[0];
      doc = cols[1];
      level_text = cols[2];
    } else {
      return LineError(file, n, "expected 'qid iter docid level' (TREC) or 'query-id corpus-id score' (BEIR)");
    }
    int level = 0;
    auto [end, ec] = std::from_chars(level_text.data(), level_text.data() + level_text.size(), level);
    if (ec != std::errc() || end != level_text.data() + level_text.size())
      return LineError(file, n, "relevance level '" + level_text + "' is not an integer");
    if (!out[qid].emplace(doc, level).second)
      return LineError(file, n, "document '" + doc + "' is judged twice for query '" + qid + "'");
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

std::string FormatScore(double score) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, score);
  if (ec != std::errc()) return "0";
  return std::string(buf, end);
}

Status WriteRun(const std::filesystem::path& file, const std::vector<std::string>& query_order, const Run& run,
                std::string_view tag) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IOError(file.string() + ": cannot write");
  for (const auto& qid : query_order) {
    auto it = run.find(qid);
    if (it == run.end()) continue;
    int rank = 0;
    for (const auto& d : it->second)
      out << qid << " Q0 " << d.doc_id << ' ' << ++rank << ' ' << FormatScore(d.score) << ' ' << tag << '\n';
  }
  out.flush();
  if (!out) return Status::IOError(file.string() + ": write error");
  return Status::Ok();
}

double Percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  double rank = std::ceil(p / 100.0 * static_cast<double>(values.size()));
  size_t index = rank < 1 ? 0 : static_cast<size_t>(rank) - 1;
  return values[std::min(index, values.size() - 1)];
}

}  // namespace silkdex::eval
