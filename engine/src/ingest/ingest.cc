// From a file on disk to validated Documents: pick the reader by extension,
// merge the sidecar, apply the contract's defaults, validate.
#include "silkdex/ingest.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "analysis/analyzer.h"
#include "document/json_fields.h"
#include "ingest/readers.h"
#include "text/hash.h"
#include "text/language.h"

namespace silkdex {
namespace fs = std::filesystem;

namespace {

using ingest::ReadResult;
using ingest::Source;

using Reader = ReadResult (*)(const Source&);

struct Format {
  const char* extension;
  Reader read;
  bool uses_sidecar;
  bool transcript;
};

constexpr Format kFormats[] = {
    {".json", ingest::ReadJson, false, false},    {".ndjson", ingest::ReadNdjson, false, false},
    {".jsonl", ingest::ReadNdjson, false, false}, {".md", ingest::ReadMarkdown, true, false},
    {".markdown", ingest::ReadMarkdown, true, false}, {".html", ingest::ReadHtml, true, false},
    {".htm", ingest::ReadHtml, true, false},      {".txt", ingest::ReadText, true, false},
    {".vtt", ingest::ReadWebVtt, true, true},     {".srt", ingest::ReadSrt, true, true},
    {".pdf", ingest::ReadPdf, true, false},
};

constexpr std::string_view kSidecarSuffix = ".meta.json";

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

const Format* FormatOf(const fs::path& file) {
  std::string ext = Lower(file.extension().string());
  for (const auto& f : kFormats)
    if (ext == f.extension) return &f;
  return nullptr;
}

bool IsSidecar(const fs::path& file) { return Lower(file.filename().string()).ends_with(kSidecarSuffix); }

fs::path SidecarOf(const fs::path& file) {
  return file.parent_path() / (file.stem().string() + std::string(kSidecarSuffix));
}

// "tourism/dunhuang-cloud-tour.md" -> "tourism-dunhuang-cloud-tour", "Medellín.md" ->
// "Medellin". Other characters outside the id alphabet become '-'; an id that cannot
// be made that way (a path of Chinese characters) is "doc-" and a digest of the path.
std::string IdFromPath(const fs::path& relative) {
  std::string p = analysis::StripAccents((relative.parent_path() / relative.stem()).generic_string());
  std::string id;
  for (size_t i = 0; i < p.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(p[i]);
    bool ok = std::isalnum(c) || c == '.' || c == '_' || c == '-';
    if (c >= 0x80 && (c & 0xC0) == 0x80) continue;  // rest of a multi-byte character
    char out = ok ? static_cast<char>(c) : '-';
    if (out == '-' && !id.empty() && id.back() == '-') continue;
    id += out;
  }
  while (!id.empty() && id.front() == '-') id.erase(0, 1);
  while (!id.empty() && id.back() == '-') id.pop_back();
  if (IsValidId(id) && id.size() <= 100) return id;
  return "doc-" + text::Fnv1a().Add(p).Hex();
}

Result<std::string> ReadAll(const fs::path& file, uint64_t max_bytes) {
  std::error_code ec;
  uint64_t size = fs::file_size(file, ec);
  if (ec) return Status::IOError("cannot read: " + ec.message());
  if (size > max_bytes) {
    // Exact sizes: whole MiB would read "1 MiB, over the limit of 1 MiB" for 1.5 MiB.
    return Status::ResourceExhausted("the file is " + std::to_string(size) + " bytes, over the limit of " +
                                     std::to_string(max_bytes) + " bytes");
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::IOError("cannot open the file");
  std::string content(size, '\0');
  in.read(content.data(), static_cast<std::streamsize>(size));
  if (static_cast<uint64_t>(in.gcount()) != size) return Status::IOError("the file changed while being read");
  return content;
}

// Applies NAME.meta.json (if present) over what the file said.
Status ApplySidecar(const fs::path& sidecar, Document* doc) {
  std::error_code ec;
  if (!fs::exists(sidecar, ec)) return Status::Ok();
  auto content = ReadAll(sidecar, 1 << 20);
  if (!content.ok()) return content.status().WithContext(sidecar.filename().string());
  auto parsed = json::Parse(*content);
  if (!parsed.ok()) return parsed.status().WithContext(sidecar.filename().string());
  auto obj = json::ToObject(*parsed);
  if (!obj) return Status::InvalidArgument(sidecar.filename().string() + ": expected a JSON object");
  return json::ApplyFields(*obj, doc, /*allow_body=*/false).WithContext(sidecar.filename().string());
}

std::string TextForDetection(const Document& doc) {
  std::string text = doc.title + "\n" + doc.summary + "\n" + doc.body.substr(0, 16384);
  for (size_t i = 0; i < doc.segments.size() && text.size() < 16384; ++i) text += "\n" + doc.segments[i].text;
  return text;
}

}  // namespace

std::string IngestProblem::ToString() const {
  return line > 0 ? path + ":" + std::to_string(line) + ": " + message : path + ": " + message;
}

Status FinishDocument(Document* doc, const std::string& fallback_id, const IngestOptions& options) {
  if (doc->id.empty()) doc->id = fallback_id;
  if (doc->type.empty()) doc->type = doc->segments.empty() ? "other" : "webinar_transcript";
  if (doc->title.empty()) doc->title = ingest::FirstLine(doc->body);
  if (doc->status.empty()) doc->status = options.default_status;
  doc->language = analysis::PrimaryLanguage(doc->language);
  if (doc->language.empty()) doc->language = text::DetectLanguage(TextForDetection(*doc)).value_or("en");
  return ValidateDocument(*doc);
}

FileIngest IngestFile(const fs::path& file, const fs::path& root, const IngestOptions& options) {
  FileIngest out;
  const Format* format = FormatOf(file);
  if (!format || IsSidecar(file)) {
    out.skipped = true;
    return out;
  }
  std::error_code ec;
  fs::path relative = fs::relative(file, root, ec);
  if (ec || relative.empty()) relative = file.filename();
  std::string display = file.string();
  auto content = ReadAll(file, options.max_file_bytes);
  if (!content.ok()) {
    out.problems.push_back({display, 0, content.status().message()});
    return out;
  }
  Source src{display, IdFromPath(relative), std::move(content).value()};
  ReadResult read = format->read(src);
  out.problems = std::move(read.problems);
  for (auto& rec : read.records) {
    Document& doc = rec.doc;
    if (format->uses_sidecar) {
      if (Status s = ApplySidecar(SidecarOf(file), &doc); !s.ok()) {
        out.problems.push_back({display, 0, s.message()});
        continue;
      }
    }
    if (doc.title.empty()) doc.title = rec.fallback_title;
    if (doc.type.empty() && format->transcript) doc.type = "webinar_transcript";
    doc.source = relative.generic_string();
    if (Status s = FinishDocument(&doc, src.base_id, options); !s.ok()) {
      out.problems.push_back({display, rec.line, s.message()});
      continue;
    }
    out.documents.push_back(std::move(doc));
  }
  return out;
}

Result<std::vector<fs::path>> ListFolder(const fs::path& root) {
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return Status::NotFound(root.string() + ": not a folder");
  std::vector<fs::path> files;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) return Status::IOError(root.string() + ": " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) return Status::IOError(root.string() + ": " + ec.message());
    const fs::path& p = it->path();
    if (p.filename().string().starts_with(".")) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    if (IsSidecar(p)) {
      // A sidecar belongs to the file of the same name beside it; one that stands alone is
      // listed so that it is counted as skipped.
      std::string stem = p.filename().string();
      stem.resize(stem.size() - kSidecarSuffix.size());
      bool has_partner = false;
      for (const auto& f : kFormats)
        if (f.uses_sidecar && fs::exists(p.parent_path() / (stem + f.extension), ec)) has_partner = true;
      if (has_partner) continue;
    }
    files.push_back(p);
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace silkdex
