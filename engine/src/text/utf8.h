// UTF-8 checks shared by every reader.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace silkdex::text {

// Returns the byte offset of the first byte that is not part of well-formed
// UTF-8 (overlong forms, surrogates and code points past U+10FFFF are not), or
// nullopt when the whole text is valid.
std::optional<size_t> FindInvalidUtf8(std::string_view s);

// "invalid UTF-8 at line L, byte B" (1-based line, 0-based byte offset in the text).
std::string DescribeInvalidUtf8(std::string_view s, size_t offset);

// Removes a leading byte order mark.
std::string_view StripBom(std::string_view s);

}  // namespace silkdex::text
