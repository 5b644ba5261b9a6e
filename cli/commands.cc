#include "commands.h"

#include <chrono>
#include <iostream>
#include <regex>

#include "data_folder.h"
#include "silkdex/document_json.h"
#include "silkdex/index.h"
#include "silkdex/ingest.h"
#include "silkdex/places.h"
#include "silkdex/plugins.h"
#include "silkdex/search.h"
#include "silkdex/store.h"

namespace silkdex::cli {
namespace {

// Snippets are HTML; a terminal shows the marked words in bold instead.
std::string SnippetForTerminal(std::string s, bool color) {
  s = std::regex_replace(s, std::regex("<mark>"), color ? "\x1b[1m" : "*");
  s = std::regex_replace(s, std::regex("</mark>"), color ? "\x1b[0m" : "*");
  for (auto [from, to] : {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}})
    s = std::regex_replace(s, std::regex(from), to);
  return s;
}

}  // namespace

int RunIndex(const IndexCommand& cmd, std::ostream& out, std::ostream& err) {
  auto data = ResolveDataFolder(cmd.data);
  if (!data.ok()) return Fail(err, data.status());
  auto files = ListFolder(cmd.folder);
  if (!files.ok()) return Fail(err, files.status());
  std::error_code ec;
  std::filesystem::create_directories(data->root, ec);
  if (ec) return Fail(err, Status::IOError(data->root.string() + ": " + ec.message()));
  auto plugins = LoadPlugins(cmd.plugins);
  if (!plugins.ok()) return Fail(err, plugins.status());
  auto places = Gazetteer::Load();
  if (!places.ok()) return Fail(err, places.status());
  auto store = Store::Open(data->root);
  if (!store.ok()) return Fail(err, store.status());
  if (cmd.rebuild) {
    auto rebuilt = (*store)->Rebuild();
    if (!rebuilt.ok()) return Fail(err, rebuilt.status());
  }
  // Documents go to the catalog and the index in batches: one transaction and
  // one commit each.
  std::vector<Document> pending;
  auto flush = [&]() -> Status {
    if (pending.empty()) return Status::Ok();
    auto written = (*store)->PutMany(pending, Actor::CommandLine());
    pending.clear();
    return written.status();
  };
  constexpr size_t kBatch = 500;

  auto started = std::chrono::steady_clock::now();
  uint64_t indexed = 0, skipped = 0, failed = 0, bytes = 0;
  const size_t total = files->size();
  for (size_t i = 0; i < total; ++i) {
    const auto& file = (*files)[i];
    if (cmd.progress) err << "\r\x1b[K[" << i + 1 << "/" << total << "] " << file.filename().string() << std::flush;
    FileIngest result = IngestFile(file, cmd.folder);
    if (result.skipped) {
      ++skipped;
      continue;
    }
    bytes += std::filesystem::file_size(file, ec);
    for (const auto& problem : result.problems) {
      if (cmd.progress) err << "\r\x1b[K";
      err << "error: " << problem.ToString() << "\n";
      ++failed;
    }
    for (auto& doc : result.documents) {
      AddPlaces(**places, &doc);
      (*plugins)->Extract(&doc);
      pending.push_back(std::move(doc));
      ++indexed;
    }
    if (pending.size() >= kBatch)
      if (Status s = flush(); !s.ok()) return Fail(err, s);
  }
  if (Status s = flush(); !s.ok()) return Fail(err, s);
  if (cmd.progress) err << "\r\x1b[K";
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  out << "indexed " << indexed << ", skipped " << skipped << ", failed " << failed << "\n";
  if (uint64_t pf = (*plugins)->failures(); pf > 0)
    err << "silkdex: plugins failed on " << pf << " documents (indexed without that plugin's findings)\n";
  if (cmd.progress) {
    err << "data " << data->root.string() << ": " << (*store)->document_count() << " documents; "
        << static_cast<int>(bytes / 1024) << " KiB read in " << seconds << " s\n";
  }
  return failed > 0 ? 1 : 0;
}

int RunSearch(const SearchCommand& cmd, std::ostream& out, std::ostream& err) {
  auto data = ResolveDataFolder(cmd.data);
  if (!data.ok()) return Fail(err, data.status());
  auto plugins = LoadPlugins(cmd.plugins);
  if (!plugins.ok()) return Fail(err, plugins.status());
  IndexOptions options;
  options.extra_synonyms = (*plugins)->VocabularyGroups();
  auto searcher = Searcher::Open({data->index()}, options);
  if (!searcher.ok()) return Fail(err, searcher.status());
  SearchRequest req;
  req.theme_source = cmd.theme_source;
  req.query = cmd.query;
  req.per_page = cmd.limit;
  req.page = cmd.page;
  req.sort = cmd.sort;
  req.from = cmd.from;
  req.to = cmd.to;
  req.filters = cmd.filters;
  if (cmd.all_statuses) req.visible_statuses.assign(DocumentStatuses().begin(), DocumentStatuses().end());
  if (!cmd.json) req.facets = {"theme", "type", "year"};
  auto resp = (*searcher)->Search(req);
  if (!resp.ok()) return Fail(err, resp.status());
  if (cmd.json) {
    out << ToJson(*resp) << "\n";
    return 0;
  }
  out << resp->total << (resp->total == 1 ? " result" : " results") << " for \"" << cmd.query << "\"";
  if (resp->relaxed) out << " (not every word matched)";
  out << " in " << resp->took_ms << " ms\n";
  if (resp->suggestion) out << "Did you mean: " << *resp->suggestion << "\n";
  int rank = (req.page - 1) * req.per_page;
  for (const auto& h : resp->hits) {
    out << "\n" << ++rank << ". " << h.title << "\n   " << h.id << " · " << h.type;
    if (!h.date.empty()) out << " · " << h.date;
    for (const auto& t : h.themes) out << " · " << t;
    out << "\n";
    if (h.segment) {
      out << "   said at " << FormatTimestamp(h.segment->start_ms, false);
      if (!h.segment->speaker.empty()) out << " by " << h.segment->speaker;
      out << "\n";
    }
    out << "   " << SnippetForTerminal(h.snippet, false) << "\n";
  }
  for (const auto& [name, values] : resp->facets) {
    if (values.empty()) continue;
    out << "\n" << name << ":";
    for (const auto& v : values) out << " " << v.value << " (" << v.count << ")";
  }
  out << "\n";
  return 0;
}

int RunShow(const ShowCommand& cmd, std::ostream& out, std::ostream& err) {
  auto data = ResolveDataFolder(cmd.data);
  if (!data.ok()) return Fail(err, data.status());
  auto searcher = Searcher::Open({data->index()});
  if (!searcher.ok()) return Fail(err, searcher.status());
  auto doc = (*searcher)->Get(cmd.id);
  if (!doc.ok()) return Fail(err, doc.status());
  out << DocumentToJson(*doc) << "\n";
  return 0;
}

}  // namespace silkdex::cli
