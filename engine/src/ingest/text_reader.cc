// Plain text: the file is the body; metadata only from a sidecar.
#include "ingest/readers.h"
#include "text/utf8.h"

namespace silkdex::ingest {

std::string FirstLine(std::string_view text) {
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    size_t b = line.find_first_not_of(" \t\r#*=-");
    if (b != std::string_view::npos) {
      line = line.substr(b);
      line = line.substr(0, line.find_last_not_of(" \t\r") + 1);
      if (line.size() > 200) {
        size_t cut = 200;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        line = line.substr(0, cut);
      }
      return std::string(line);
    }
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return {};
}

ReadResult ReadText(const Source& src) {
  std::string_view body = text::StripBom(src.content);
  if (auto bad = text::FindInvalidUtf8(body)) return ReadResult::Failed(src.path, 0, text::DescribeInvalidUtf8(body, *bad));
  ReadResult out;
  Record rec;
  rec.doc.body = std::string(body);
  rec.fallback_title = FirstLine(body);
  out.records.push_back(std::move(rec));
  return out;
}

}  // namespace silkdex::ingest
