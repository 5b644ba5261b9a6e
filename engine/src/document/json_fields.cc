#include "document/json_fields.h"

#include <sstream>

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include "silkdex/document_json.h"
#include "text/utf8.h"

namespace silkdex::json {
namespace {

using Poco::Dynamic::Var;
using Poco::JSON::Array;
using Poco::JSON::Object;

Status FieldError(std::string_view field, std::string_view problem) {
  return Status::InvalidArgument("field '" + std::string(field) + "': " + std::string(problem));
}

Status Expected(std::string_view field, std::string_view what, const Var& got) {
  return FieldError(field, "expected " + std::string(what) + ", got " + std::string(TypeName(got)));
}

Status GetString(const Var& v, std::string_view field, std::string* out) {
  if (!v.isString()) return Expected(field, "a string", v);
  *out = v.extract<std::string>();
  return Status::Ok();
}

Status GetInt(const Var& v, std::string_view field, int64_t* out) {
  if (!v.isInteger() || v.isBoolean()) return Expected(field, "an integer", v);
  try {
    *out = v.convert<int64_t>();
  } catch (const Poco::Exception&) {
    return FieldError(field, "the integer is too large");
  }
  return Status::Ok();
}

Status GetStringList(const Var& v, std::string_view field, std::vector<std::string>* out) {
  auto arr = ToArray(v);
  if (!arr) return Expected(field, "an array of strings", v);
  out->clear();
  for (size_t i = 0; i < arr->size(); ++i) {
    std::string s;
    SILKDEX_RETURN_IF_ERROR(GetString(arr->get(i), std::string(field) + "[" + std::to_string(i) + "]", &s));
    if (!s.empty()) out->push_back(std::move(s));
  }
  return Status::Ok();
}

// A city is {"name": ..., "country": ...} or the string "Name, Country".
Status GetCity(const Var& v, const std::string& field, City* city) {
  if (v.isString()) {
    std::string s = v.extract<std::string>();
    size_t comma = s.rfind(',');
    city->name = s.substr(0, comma);
    if (comma != std::string::npos) city->country = s.substr(comma + 1);
    auto trim = [](std::string& t) {
      t.erase(0, t.find_first_not_of(" \t"));
      t.erase(t.find_last_not_of(" \t") + 1);
    };
    trim(city->name);
    trim(city->country);
    return Status::Ok();
  }
  auto obj = ToObject(v);
  if (!obj) return Expected(field, "an object {\"name\", \"country\"} or a string", v);
  if (!obj->has("name") || obj->get("name").isEmpty()) return FieldError(field + ".name", "is missing");
  SILKDEX_RETURN_IF_ERROR(GetString(obj->get("name"), field + ".name", &city->name));
  if (obj->has("country") && !obj->get("country").isEmpty())
    SILKDEX_RETURN_IF_ERROR(GetString(obj->get("country"), field + ".country", &city->country));
  return Status::Ok();
}

Status GetSegment(const Var& v, const std::string& field, Segment* seg) {
  auto obj = ToObject(v);
  if (!obj) return Expected(field, "an object", v);
  for (const char* key : {"start", "end"}) {
    std::string f = field + "." + key, text;
    if (!obj->has(key) || obj->get(key).isEmpty()) {  // null: as if absent
      if (std::string_view(key) == "end") { seg->end_ms = seg->start_ms; continue; }
      return FieldError(f, "is missing");
    }
    SILKDEX_RETURN_IF_ERROR(GetString(obj->get(key), f, &text));
    auto ms = ParseTimestamp(text);
    if (!ms.ok()) return FieldError(f, ms.status().message());
    (std::string_view(key) == "start" ? seg->start_ms : seg->end_ms) = *ms;
  }
  if (obj->has("speaker") && !obj->get("speaker").isEmpty())
    SILKDEX_RETURN_IF_ERROR(GetString(obj->get("speaker"), field + ".speaker", &seg->speaker));
  if (!obj->has("text") || obj->get("text").isEmpty()) return FieldError(field + ".text", "is missing");
  return GetString(obj->get("text"), field + ".text", &seg->text);
}

Status GetNumber(const Var& v, std::string_view field, double* out) {
  if (!v.isNumeric() || v.isBoolean()) return Expected(field, "a number", v);
  *out = v.convert<double>();
  return Status::Ok();
}

// Optional string member `key` of `obj`.
Status GetOptionalString(const Object& obj, const std::string& field, const char* key, std::string* out) {
  if (!obj.has(key) || obj.get(key).isEmpty()) return Status::Ok();
  return GetString(obj.get(key), field + "." + key, out);
}

Status GetSuggestedTheme(const Var& v, const std::string& field, SuggestedTheme* t) {
  auto obj = ToObject(v);
  if (!obj) return Expected(field, "an object", v);
  if (!obj->has("theme")) return FieldError(field + ".theme", "is missing");
  SILKDEX_RETURN_IF_ERROR(GetString(obj->get("theme"), field + ".theme", &t->theme));
  if (obj->has("confidence")) SILKDEX_RETURN_IF_ERROR(GetNumber(obj->get("confidence"), field + ".confidence", &t->confidence));
  if (obj->has("evidence") && !obj->get("evidence").isEmpty())
    SILKDEX_RETURN_IF_ERROR(GetStringList(obj->get("evidence"), field + ".evidence", &t->evidence));
  SILKDEX_RETURN_IF_ERROR(GetOptionalString(*obj, field, "plugin", &t->plugin));
  return GetOptionalString(*obj, field, "plugin_version", &t->plugin_version);
}

Status GetQuantity(const Var& v, const std::string& field, Quantity* q) {
  auto obj = ToObject(v);
  if (!obj) return Expected(field, "an object", v);
  if (!obj->has("value")) return FieldError(field + ".value", "is missing");
  SILKDEX_RETURN_IF_ERROR(GetNumber(obj->get("value"), field + ".value", &q->value));
  for (auto [key, out] : {std::pair{"unit", &q->unit}, {"counts", &q->counts}, {"text", &q->text}, {"plugin", &q->plugin}})
    SILKDEX_RETURN_IF_ERROR(GetOptionalString(*obj, field, key, out));
  return Status::Ok();
}

Status GetExtracted(const Var& v, std::string_view field, std::map<std::string, std::vector<std::string>>* out) {
  auto obj = ToObject(v);
  if (!obj) return Expected(field, "an object of string arrays", v);
  out->clear();
  for (const auto& [facet, values] : *obj)
    SILKDEX_RETURN_IF_ERROR(GetStringList(values, std::string(field) + "." + facet, &(*out)[facet]));
  return Status::Ok();
}

template <typename T, typename F>
Status GetList(const Var& v, std::string_view field, std::string_view what, std::vector<T>* out, F get_one) {
  auto arr = ToArray(v);
  if (!arr) return Expected(field, what, v);
  out->assign(arr->size(), T{});
  for (size_t i = 0; i < arr->size(); ++i)
    SILKDEX_RETURN_IF_ERROR(get_one(arr->get(i), std::string(field) + "[" + std::to_string(i) + "]", &(*out)[i]));
  return Status::Ok();
}

}  // namespace

std::string_view TypeName(const Var& v) {
  if (v.isEmpty()) return "null";
  if (v.isBoolean()) return "true or false";
  if (v.isString()) return "a string";
  if (v.isNumeric()) return "a number";
  if (v.type() == typeid(Array::Ptr) || v.type() == typeid(Array)) return "an array";
  if (v.type() == typeid(Object::Ptr) || v.type() == typeid(Object)) return "an object";
  return "an unknown value";
}

Object::Ptr ToObject(const Var& v) {
  if (v.type() == typeid(Object::Ptr)) return v.extract<Object::Ptr>();
  if (v.type() == typeid(Object)) return new Object(v.extract<Object>());
  return nullptr;
}

Array::Ptr ToArray(const Var& v) {
  if (v.type() == typeid(Array::Ptr)) return v.extract<Array::Ptr>();
  if (v.type() == typeid(Array)) return new Array(v.extract<Array>());
  return nullptr;
}

Result<Var> Parse(std::string_view text) {
  text = text::StripBom(text);
  if (auto bad = text::FindInvalidUtf8(text)) return Status::InvalidArgument(text::DescribeInvalidUtf8(text, *bad));
  // Poco's parser recurses per nesting level; the depth limit keeps a hostile
  // document from exhausting the stack.
  Poco::JSON::Parser parser;
  parser.setDepth(kMaxDepth);
  // Poco's parser cannot hold a lone value ("text", 42) at the top: it is read
  // as the one element of an array, so that callers can say what they got.
  if (size_t first = text.find_first_not_of(" \t\r\n");
      first != std::string_view::npos && text[first] != '{' && text[first] != '[') {
    try {
      auto arr = ToArray(parser.parse("[" + std::string(text) + "\n]"));
      if (arr && arr->size() == 1) return arr->get(0);
    } catch (const std::exception&) {
      // Reported below, from the text as given.
    }
    parser.reset();
  }
  try {
    return parser.parse(std::string(text));
  } catch (const Poco::Exception& e) {
    std::string why = e.message().empty() ? e.displayText() : e.message();
    if (why.find("depth") != std::string::npos || why.find("Depth") != std::string::npos)
      return Status::ResourceExhausted("JSON nested deeper than " + std::to_string(kMaxDepth) + " levels");
    return Status::InvalidArgument("malformed JSON: " + why);
  } catch (const std::exception& e) {
    return Status::InvalidArgument(std::string("malformed JSON: ") + e.what());
  }
}

Status ApplyFields(const Object& obj, Document* doc, bool allow_body) {
  for (const auto& [name, value] : obj) {
    if (value.isEmpty()) continue;  // null: as if absent
    Status s;
    if (name == "id") s = GetString(value, name, &doc->id);
    else if (name == "type") s = GetString(value, name, &doc->type);
    else if (name == "title") s = GetString(value, name, &doc->title);
    else if (name == "summary") s = GetString(value, name, &doc->summary);
    else if (name == "body") {
      if (!allow_body) return FieldError(name, "is not allowed here: the text comes from the file");
      s = GetString(value, name, &doc->body);
    } else if (name == "language") s = GetString(value, name, &doc->language);
    else if (name == "date") {
      // YAML front matter writes a bare year as a number: `date: 2020`.
      if (value.isInteger() && !value.isBoolean()) doc->date = value.convert<std::string>();
      else s = GetString(value, name, &doc->date);
    }
    else if (name == "source_url") s = GetString(value, name, &doc->source_url);
    else if (name == "source") s = GetString(value, name, &doc->source);
    else if (name == "status") s = GetString(value, name, &doc->status);
    else if (name == "countries") s = GetStringList(value, name, &doc->countries);
    else if (name == "themes") s = GetStringList(value, name, &doc->themes);
    else if (name == "tags") s = GetStringList(value, name, &doc->tags);
    else if (name == "partners") s = GetStringList(value, name, &doc->partners);
    else if (name == "rejected_themes") s = GetStringList(value, name, &doc->rejected_themes);
    else if (name == "cities") s = GetList(value, name, "an array of cities", &doc->cities, GetCity);
    else if (name == "segments") s = GetList(value, name, "an array of segments", &doc->segments, GetSegment);
    else if (name == "sdgs") {
      s = GetList(value, name, "an array of integers", &doc->sdgs, [](const Var& v, const std::string& f, int* out) {
        int64_t n = 0;
        SILKDEX_RETURN_IF_ERROR(GetInt(v, f, &n));
        if (n < 1 || n > 17) return FieldError(f, std::to_string(n) + " is outside 1..17");
        *out = static_cast<int>(n);
        return Status::Ok();
      });
    } else if (name == "suggested_themes") {
      s = GetList(value, name, "an array of suggested themes", &doc->suggested_themes, GetSuggestedTheme);
    } else if (name == "quantities") {
      s = GetList(value, name, "an array of quantities", &doc->quantities, GetQuantity);
    } else if (name == "extracted") {
      s = GetExtracted(value, name, &doc->extracted);
    } else if (name == "views") {
      int64_t n = 0;
      s = GetInt(value, name, &n);
      if (s.ok() && n < 0) s = FieldError(name, "must be 0 or more, got " + std::to_string(n));
      if (s.ok()) doc->views = n;
    }
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Object::Ptr FromDocument(const Document& doc) {
  Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
  auto put = [&](const char* key, const std::string& v) {
    if (!v.empty()) o->set(key, v);
  };
  auto put_list = [&](const char* key, const std::vector<std::string>& v) {
    if (v.empty()) return;
    Array::Ptr a = new Array;
    for (const auto& s : v) a->add(s);
    o->set(key, a);
  };
  put("id", doc.id);
  put("type", doc.type);
  put("title", doc.title);
  put("summary", doc.summary);
  put("language", doc.language);
  put("date", doc.date);
  if (!doc.cities.empty()) {
    Array::Ptr a = new Array;
    for (const auto& c : doc.cities) {
      Object::Ptr city = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
      city->set("name", c.name);
      city->set("country", c.country);
      a->add(city);
    }
    o->set("cities", a);
  }
  put_list("countries", doc.countries);
  put_list("themes", doc.themes);
  put_list("tags", doc.tags);
  put_list("partners", doc.partners);
  if (!doc.sdgs.empty()) {
    Array::Ptr a = new Array;
    for (int n : doc.sdgs) a->add(n);
    o->set("sdgs", a);
  }
  put("source_url", doc.source_url);
  if (doc.views) o->set("views", *doc.views);
  put("status", doc.status);
  if (!doc.suggested_themes.empty()) {
    Array::Ptr a = new Array;
    for (const auto& t : doc.suggested_themes) {
      Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
      item->set("theme", t.theme);
      item->set("confidence", t.confidence);
      Array::Ptr evidence = new Array;
      for (const auto& e : t.evidence) evidence->add(e);
      item->set("evidence", evidence);
      item->set("plugin", t.plugin);
      item->set("plugin_version", t.plugin_version);
      a->add(item);
    }
    o->set("suggested_themes", a);
  }
  if (!doc.extracted.empty()) {
    Object::Ptr ex = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const auto& [facet, values] : doc.extracted) {
      Array::Ptr a = new Array;
      for (const auto& v : values) a->add(v);
      ex->set(facet, a);
    }
    o->set("extracted", ex);
  }
  if (!doc.quantities.empty()) {
    Array::Ptr a = new Array;
    for (const auto& q : doc.quantities) {
      Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
      item->set("value", q.value);
      item->set("unit", q.unit);
      item->set("counts", q.counts);
      item->set("text", q.text);
      item->set("plugin", q.plugin);
      a->add(item);
    }
    o->set("quantities", a);
  }
  put_list("rejected_themes", doc.rejected_themes);
  put("source", doc.source);
  put("body", doc.body);
  if (!doc.segments.empty()) {
    Array::Ptr a = new Array;
    for (const auto& s : doc.segments) {
      Object::Ptr seg = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
      seg->set("start", FormatTimestamp(s.start_ms));
      seg->set("end", FormatTimestamp(s.end_ms));
      if (!s.speaker.empty()) seg->set("speaker", s.speaker);
      seg->set("text", s.text);
      a->add(seg);
    }
    o->set("segments", a);
  }
  return o;
}

}  // namespace silkdex::json

namespace silkdex {

Result<Document> DocumentFromJson(std::string_view text) {
  auto parsed = json::Parse(text);
  if (!parsed.ok()) return parsed.status();
  auto obj = json::ToObject(*parsed);
  if (!obj) return Status::InvalidArgument("expected a JSON object, got " + std::string(json::TypeName(*parsed)));
  Document doc;
  SILKDEX_RETURN_IF_ERROR(json::ApplyFields(*obj, &doc));
  return doc;
}

std::string DocumentToJson(const Document& doc) {
  std::ostringstream out;
  json::FromDocument(doc)->stringify(out);
  return out.str();
}

}  // namespace silkdex
