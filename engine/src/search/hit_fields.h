// Internal: the fields of a stored document that a search hit shows, read
// from its JSON without decoding the rest.
#pragma once

#include <string_view>

#include "silkdex/document.h"
#include "silkdex/status.h"

namespace silkdex::search {

// The stored document `json` (as DocumentToJson writes it) with only id,
// type, title, summary, body, language, date, status, cities, countries,
// themes and segments set, each exactly as DocumentFromJson would set it;
// every other field is skipped: not decoded, and not checked beyond being
// JSON. Anything this reader does not expect (a city written as a string, a
// date as a number, a \u escape of a surrogate or of NUL, deep nesting,
// invalid UTF-8, malformed JSON) is handed to DocumentFromJson, so these
// fields, and the error for a text that is not a JSON object, are always
// DocumentFromJson's.
Result<Document> HitFieldsFromJson(std::string_view json);

}  // namespace silkdex::search
