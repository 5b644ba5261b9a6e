#include "text/language.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <algorithm>

namespace silkdex::text {

std::optional<std::string> DetectLanguage(std::string_view text) {
  constexpr size_t kMaxBytes = 64 * 1024;
  size_t n = std::min(text.size(), kMaxBytes);
  // Do not cut a UTF-8 sequence in two.
  while (n > 0 && n < text.size() && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  if (n == 0) return std::nullopt;
  bool reliable = false;
  CLD2::Language lang = CLD2::DetectLanguage(text.data(), static_cast<int>(n), /*is_plain_text=*/true, &reliable);
  if (!reliable || lang == CLD2::UNKNOWN_LANGUAGE) return std::nullopt;
  std::string code = CLD2::LanguageCode(lang);
  if (auto dash = code.find('-'); dash != std::string::npos) code.resize(dash);  // zh-Hant -> zh
  if (code.empty() || code == "un" || code == "xx") return std::nullopt;
  return code;
}

}  // namespace silkdex::text
