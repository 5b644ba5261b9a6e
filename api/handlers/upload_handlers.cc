// POST /v1/documents:upload?filename=NAME: a file of any format `silkdex index`
// reads (shared/contract/document.md), sent as the raw request body. The bytes
// go into a fresh temporary folder under their file name, with a NAME.meta.json
// sidecar made from the metadata parameters, and the engine's own readers
// (IngestFile) turn them into documents; so a file uploaded here becomes exactly
// what `silkdex index` would make of it. The folder is removed afterwards.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/UUIDGenerator.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "handlers/common.h"
#include "handlers/handlers.h"
#include "handlers/params.h"
#include "silkdex/ingest.h"

namespace silkdex::api::handlers {
namespace {

namespace fs = std::filesystem;
using Poco::JSON::Array;
using Poco::JSON::Object;

constexpr const char* kFormats[] = {".json", ".ndjson", ".jsonl", ".md", ".markdown", ".html", ".htm",
                                    ".txt",  ".vtt",    ".srt",   ".pdf"};
// JSON formats carry their metadata themselves; the others take a sidecar.
constexpr const char* kJsonFormats[] = {".json", ".ndjson", ".jsonl"};
// Sidecar fields a parameter may give: single values, then repeatable lists.
constexpr const char* kSingleFields[] = {"id", "title", "summary", "type", "language", "date", "source_url"};
constexpr std::pair<const char*, const char*> kListFields[] = {
    {"theme", "themes"}, {"tag", "tags"}, {"city", "cities"}, {"country", "countries"}, {"partner", "partners"}};

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool EndsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

Problem BadFilename(const std::string& why) {
  return Problem{400, "invalid_parameter", "parameter 'filename': " + why, {{"filename", why}}};
}

// A plain file name with an extension silkdex reads, or the problem.
std::optional<Problem> CheckFilename(const std::optional<std::string>& name, std::string* ext) {
  if (!name || name->empty()) return BadFilename("is missing: give the uploaded file's name, e.g. filename=talk.vtt");
  if (name->size() > 200) return BadFilename("is longer than 200 bytes");
  if (name->find_first_of(std::string("/\\\0", 3)) != std::string::npos || name->front() == '.')
    return BadFilename("must be a plain file name, without folders, not starting with '.'");
  std::string lower = Lower(*name);
  if (EndsWith(lower, ".meta.json")) return BadFilename("is a sidecar name; give its metadata as parameters instead");
  for (const char* f : kFormats) {
    if (EndsWith(lower, f)) {
      *ext = f;
      return std::nullopt;
    }
  }
  return std::nullopt;  // unknown: the reader says it is skipped, answered 415 below
}

// The sidecar object from the metadata parameters, or null when none is given.
Object::Ptr SidecarFromParams(const Request& req) {
  Object::Ptr meta = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
  for (const char* f : kSingleFields)
    if (auto v = req.Param(f); v && !v->empty()) meta->set(f, *v);
  for (const auto& [param, field] : kListFields) {
    auto values = req.Params(param);
    if (values.empty()) continue;
    Array::Ptr list = new Array;
    for (const auto& v : values) list->add(v);
    meta->set(field, list);
  }
  return meta->size() ? meta : Object::Ptr();
}

std::string ToJsonText(const Object& o) {
  std::ostringstream out;
  o.stringify(out);
  return out.str();
}

// A temporary folder removed with its contents when the object goes.
struct Scratch {
  fs::path path;
  Scratch() {
    std::error_code ec;
    path = fs::temp_directory_path(ec) / ("silkdex-upload-" + Poco::UUIDGenerator::defaultGenerator().createRandom().toString());
    fs::create_directories(path, ec);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

bool WriteAll(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

}  // namespace

Reply PostDocumentUpload(Context& ctx, const Request& req) {
  auto filename = req.Param("filename");
  std::string ext;
  if (auto p = CheckFilename(filename, &ext)) return p->ToReply();
  if (req.body.empty()) return Problem{400, "invalid_document", "the body is empty: send the file's bytes as the request body", {}}.ToReply();
  Object::Ptr meta = SidecarFromParams(req);
  bool json_format = std::any_of(std::begin(kJsonFormats), std::end(kJsonFormats), [&](const char* f) { return ext == f; });
  if (meta && json_format)
    return Problem{400, "invalid_parameter",
                   "metadata parameters apply to Markdown, HTML, text, WebVTT, SRT and PDF files; a JSON file carries its own fields", {}}.ToReply();

  Scratch dir;
  fs::path file = dir.path / *filename;
  if (!WriteAll(file, req.body) ||
      (meta && !WriteAll(dir.path / (file.stem().string() + ".meta.json"), ToJsonText(*meta))))
    return FromStatus(Status::IOError("cannot write the upload to a temporary folder")).ToReply();

  bool admin = req.principal.role == Role::kAdmin;
  IngestOptions options;
  options.max_file_bytes = ctx.limits().max_body_bytes;
  options.default_status = admin ? "published" : "in_review";
  FileIngest read = IngestFile(file, dir.path, options);
  if (read.skipped)
    return Problem{415, "unsupported_format",
                   "'" + *filename + "' is not a format silkdex reads: use .json .ndjson .jsonl .md .html .htm .txt .vtt .srt or .pdf", {}}.ToReply();

  // Problems name the uploaded file, never the temporary folder.
  Array::Ptr failed = new Array;
  std::string first_problem;
  for (const auto& p : read.problems) {
    std::string detail = *filename + (p.line > 0 ? ":" + std::to_string(p.line) : "") + ": " + p.message;
    if (first_problem.empty()) first_problem = detail;
    Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    item->set("line", p.line);
    Poco::JSON::Parser parser;
    item->set("problem", parser.parse(Problem{400, "invalid_document", detail, {}}.ToJson()));
    failed->add(item);
  }
  if (read.documents.empty())
    return Problem{400, "invalid_document", first_problem.empty() ? *filename + ": holds no document" : first_problem, {}}.ToReply();

  {
    auto searcher = ctx.index().Acquire();
    if (!searcher.ok()) return FromStatus(searcher.status()).ToReply();
    for (const auto& doc : read.documents) {
      if (!admin && doc.status != "draft" && doc.status != "in_review")
        return Forbidden("status '" + doc.status + "' (document '" + doc.id +
                         "') is for moderators and admins to give; submit as 'draft' or 'in_review'").ToReply();
      if ((*searcher)->Get(doc.id).ok())
        return Problem{409, "document_exists", "a document with id '" + doc.id +
                       "' exists; upload with another id (parameter 'id') or replace it with PUT /v1/documents/" + doc.id, {}}.ToReply();
    }
  }
  for (auto& doc : read.documents) ctx.Enrich(&doc);
  if (auto w = ctx.index().PutMany(read.documents, ActorOf(req.principal)); !w.ok())
    return FromStatus(w.status()).ToReply();

  Object o(Poco::JSON_PRESERVE_KEY_ORDER);
  Array::Ptr ids = new Array;
  for (const auto& doc : read.documents) ids->add(doc.id);
  o.set("indexed", read.documents.size());
  o.set("ids", ids);
  o.set("failed", failed);
  Reply r = JsonReply(ToJsonText(o), 201);
  r.headers.emplace_back("Location", "/v1/documents/" + read.documents.front().id);
  return r;
}

}  // namespace silkdex::api::handlers
