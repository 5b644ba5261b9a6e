// silkdex: documents as JSON, the shape of shared/contract/document.md.
#pragma once

#include <string>
#include <string_view>

#include "silkdex/document.h"
#include "silkdex/status.h"

namespace silkdex {

// Parses one JSON object into a Document. Only the fields present are set;
// defaults (id, type, language, status) are the caller's to apply. Unknown
// fields are ignored. Errors name the field and what was expected, e.g.
// "field 'sdgs': expected an array of integers, got a string".
Result<Document> DocumentFromJson(std::string_view json);

// The document as a JSON object (UTF-8, keys in contract order, empty fields left out).
std::string DocumentToJson(const Document& doc);

}  // namespace silkdex
