// Internal: the contract's fields read from and written to Poco JSON values.
// Shared by the JSON, NDJSON, front-matter and sidecar readers (and later the API).
#pragma once

#include <string_view>

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Object.h>

#include "silkdex/document.h"
#include "silkdex/status.h"

namespace silkdex::json {

// Deepest nesting of arrays/objects accepted in any JSON input.
inline constexpr size_t kMaxDepth = 64;

// Parses JSON text (checked for UTF-8 first). The message of a syntax error
// names the line where the parser stopped.
Result<Poco::Dynamic::Var> Parse(std::string_view text);

// Sets on `doc` each contract field present in `obj` ("body" only when
// `allow_body`). Null values count as absent. Errors name the field:
// "field 'cities[2].name': expected a string, got a number".
Status ApplyFields(const Poco::JSON::Object& obj, Document* doc, bool allow_body = true);

// "a string", "a number", "an array", "an object", "true or false", "null".
std::string_view TypeName(const Poco::Dynamic::Var& v);

Poco::JSON::Object::Ptr ToObject(const Poco::Dynamic::Var& v);  // nullptr when not an object
Poco::JSON::Array::Ptr ToArray(const Poco::Dynamic::Var& v);    // nullptr when not an array

// The whole document as a JSON object, keys in contract order, empty fields left out.
Poco::JSON::Object::Ptr FromDocument(const Document& doc);

}  // namespace silkdex::json
