// JSON and NDJSON: the document objects of the contract.
#include <Poco/JSON/Array.h>

#include "document/json_fields.h"
#include "ingest/readers.h"
#include "text/utf8.h"

namespace silkdex::ingest {
namespace {

// One JSON value that should be a document object.
Status ReadObject(const Poco::Dynamic::Var& value, Record* rec) {
  auto obj = json::ToObject(value);
  if (!obj) return Status::InvalidArgument("expected a document object, got " + std::string(json::TypeName(value)));
  SILKDEX_RETURN_IF_ERROR(json::ApplyFields(*obj, &rec->doc));
  if (!obj->has("body") || obj->get("body").isEmpty())
    return Status::InvalidArgument("field 'body': is missing (required for JSON documents)");
  rec->fallback_title = FirstLine(rec->doc.body);
  return Status::Ok();
}

}  // namespace

ReadResult ReadJson(const Source& src) {
  auto parsed = json::Parse(src.content);
  if (!parsed.ok()) return ReadResult::Failed(src.path, 0, parsed.status().message());
  ReadResult out;
  auto arr = json::ToArray(*parsed);
  if (!arr) {
    Record rec;
    Status s = ReadObject(*parsed, &rec);
    if (!s.ok()) return ReadResult::Failed(src.path, 0, s.message());
    rec.doc.id = rec.doc.id.empty() ? src.base_id : rec.doc.id;
    out.records.push_back(std::move(rec));
    return out;
  }
  for (size_t i = 0; i < arr->size(); ++i) {
    Record rec;
    Status s = ReadObject(arr->get(i), &rec);
    if (!s.ok()) {
      out.problems.push_back({src.path, 0, "element " + std::to_string(i + 1) + ": " + s.message()});
      continue;
    }
    if (rec.doc.id.empty()) rec.doc.id = src.base_id + "-" + std::to_string(i + 1);
    out.records.push_back(std::move(rec));
  }
  return out;
}

ReadResult ReadNdjson(const Source& src) {
  ReadResult out;
  const std::string_view content = text::StripBom(src.content);
  std::string_view rest = content;
  for (int line = 1; !rest.empty(); ++line) {
    size_t nl = rest.find('\n');
    std::string_view text = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (text.find_first_not_of(" \t") == std::string_view::npos) continue;
    if (auto bad = text::FindInvalidUtf8(text)) {
      // The line and byte in the file (json::Parse would count within the line).
      size_t byte = static_cast<size_t>(text.data() - content.data()) + *bad;
      out.problems.push_back(
          {src.path, line, "invalid UTF-8 at line " + std::to_string(line) + ", byte " + std::to_string(byte)});
      continue;
    }
    auto parsed = json::Parse(text);
    Record rec;
    rec.line = line;
    Status s = parsed.ok() ? ReadObject(*parsed, &rec) : parsed.status();
    if (!s.ok()) {
      out.problems.push_back({src.path, line, s.message()});
      continue;
    }
    if (rec.doc.id.empty()) rec.doc.id = src.base_id + "-" + std::to_string(line);
    out.records.push_back(std::move(rec));
  }
  return out;
}

}  // namespace silkdex::ingest
