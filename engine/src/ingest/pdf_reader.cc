// PDF: text page by page and the /Title of the document information, through
// poppler-cpp. A file that does not end with %%EOF is refused as truncated:
// poppler would otherwise rebuild what it can and index half a document.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>
#include <mutex>

#include "ingest/readers.h"
#include "text/utf8.h"

namespace silkdex::ingest {
namespace {

void QuietPoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

std::string ToUtf8(const poppler::ustring& s) {
  poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

}  // namespace

ReadResult ReadPdf(const Source& src) {
  QuietPoppler();
  const std::string& data = src.content;
  if (data.empty()) return ReadResult::Failed(src.path, 0, "empty file: not a PDF");
  if (!data.starts_with("%PDF-")) return ReadResult::Failed(src.path, 0, "not a PDF: no %PDF- header");
  std::string_view tail = std::string_view(data).substr(data.size() > 2048 ? data.size() - 2048 : 0);
  if (tail.find("%%EOF") == std::string_view::npos)
    return ReadResult::Failed(src.path, 0, "truncated PDF: no %%EOF marker at the end");
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(data.data(), static_cast<int>(data.size())));
  if (!doc) return ReadResult::Failed(src.path, 0, "damaged PDF: poppler cannot open it");
  if (doc->is_locked()) return ReadResult::Failed(src.path, 0, "encrypted PDF: it needs a password");
  Record rec;
  std::string& body = rec.doc.body;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    std::string text = ToUtf8(page->text());
    if (text.find_first_not_of(" \t\r\n\f") == std::string::npos) continue;
    if (!body.empty()) body += "\n\n";
    body += text;
  }
  if (auto bad = text::FindInvalidUtf8(body)) body.resize(*bad);  // poppler's output should never need this
  if (body.find_first_not_of(" \t\r\n\f") == std::string::npos)
    return ReadResult::Failed(src.path, 0, "the PDF has no text layer (a scanned PDF needs OCR first)");
  std::string title = ToUtf8(doc->get_title());
  rec.fallback_title = FirstLine(title.empty() ? body : title);
  ReadResult out;
  out.records.push_back(std::move(rec));
  return out;
}

}  // namespace silkdex::ingest
