// Language detection (CLD2), used when a document does not say its language.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace silkdex::text {

// The BCP-47 primary tag of the text's language ("en", "es", "zh"...) when CLD2
// is confident, else nullopt. Looks at the first 64 KiB only.
std::optional<std::string> DetectLanguage(std::string_view text);

}  // namespace silkdex::text
