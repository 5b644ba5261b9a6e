#include "search/hit_fields.h"

#include <optional>

#include "silkdex/document_json.h"
#include "text/utf8.h"

namespace silkdex::search {
namespace {

// Values nested deeper than this are left to the full parser and its depth limit.
constexpr int kSkipDepth = 16;

// A forward-only reader of one JSON text. Each method returns false on
// anything it does not handle, and the caller falls back to the full parser.
class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}

  bool AtEnd() {
    Space();
    return i_ == s_.size();
  }
  bool Take(char c) {
    Space();
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  bool Null() {
    Space();
    if (s_.substr(i_, 4) != "null") return false;
    i_ += 4;
    return true;
  }
  bool Peek(char c) {
    Space();
    return i_ < s_.size() && s_[i_] == c;
  }

  // A string, decoded into `out` (when given).
  bool String(std::string* out) {
    if (!Take('"')) return false;
    if (out) out->clear();
    for (;;) {
      size_t run = i_;
      while (i_ < s_.size() && s_[i_] != '"' && s_[i_] != '\\') {
        if (static_cast<unsigned char>(s_[i_]) < 0x20) return false;  // not JSON: the parser says why
        ++i_;
      }
      if (out) out->append(s_.data() + run, i_ - run);
      if (i_ == s_.size()) return false;
      if (s_[i_++] == '"') return true;
      if (i_ == s_.size()) return false;
      char e = s_[i_++];
      char c;
      switch (e) {
        case '"': c = '"'; break;
        case '\\': c = '\\'; break;
        case '/': c = '/'; break;
        case 'b': c = '\b'; break;
        case 'f': c = '\f'; break;
        case 'n': c = '\n'; break;
        case 'r': c = '\r'; break;
        case 't': c = '\t'; break;
        case 'u': {
          if (i_ + 4 > s_.size()) return false;
          unsigned cp = 0;
          for (int k = 0; k < 4; ++k) {
            char h = s_[i_++];
            cp <<= 4;
            if (h >= '0' && h <= '9') cp |= static_cast<unsigned>(h - '0');
            else if (h >= 'a' && h <= 'f') cp |= static_cast<unsigned>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') cp |= static_cast<unsigned>(h - 'A' + 10);
            else return false;
          }
          if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return false;  // rare: the full parser decides
          if (out) AppendUtf8(cp, out);
          continue;
        }
        default: return false;
      }
      if (out) *out += c;
    }
  }

  // Any value, not decoded: strings, numbers, literals, objects and arrays
  // (nesting counted, not recursed into).
  bool Skip() {
    int depth = 0;
    do {
      Space();
      if (i_ == s_.size()) return false;
      char c = s_[i_];
      if (c == '"') {
        if (!String(nullptr)) return false;
      } else if (c == '{' || c == '[') {
        if (++depth > kSkipDepth) return false;  // deep nesting: the full parser's limits apply
        ++i_;
        continue;  // the first member or element, or the closing bracket
      } else if (c == '}' || c == ']') {
        if (depth == 0) return false;
        --depth;
        ++i_;
      } else if (c == ',' || c == ':') {
        if (depth == 0) return false;
        ++i_;
        continue;
      } else {
        size_t start = i_;
        while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '}' && s_[i_] != ']' && s_[i_] != ' ' &&
               s_[i_] != '\n' && s_[i_] != '\r' && s_[i_] != '\t')
          ++i_;
        if (!Scalar(s_.substr(start, i_ - start))) return false;
      }
    } while (depth > 0);
    return true;
  }

 private:
  void Space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t')) ++i_;
  }
  // A number or a literal.
  static bool Scalar(std::string_view t) {
    if (t == "true" || t == "false" || t == "null") return true;
    if (t.empty() || !(t[0] == '-' || (t[0] >= '0' && t[0] <= '9'))) return false;
    return t.find_first_not_of("0123456789+-.eE") == std::string_view::npos;
  }
  static void AppendUtf8(unsigned cp, std::string* out) {
    if (cp < 0x80) {
      *out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      *out += static_cast<char>(0xC0 | (cp >> 6));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      *out += static_cast<char>(0xE0 | (cp >> 12));
      *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  std::string_view s_;
  size_t i_ = 0;
};

// Calls `member(key)` for each member of an object; `member` reads the value.
template <typename F>
bool Members(Reader& r, F member) {
  if (!r.Take('{')) return false;
  if (r.Take('}')) return true;
  std::string key;
  do {
    if (!r.String(&key) || !r.Take(':') || !member(key)) return false;
  } while (r.Take(','));
  return r.Take('}');
}

// Calls `element()` for each element of an array; `element` reads it.
template <typename F>
bool Elements(Reader& r, F element) {
  if (!r.Take('[')) return false;
  if (r.Take(']')) return true;
  do {
    if (!element()) return false;
  } while (r.Take(','));
  return r.Take(']');
}

// As DocumentFromJson's string lists: empty strings are left out.
bool StringList(Reader& r, std::vector<std::string>* out) {
  out->clear();
  std::string s;
  return Elements(r, [&] {
    if (!r.String(&s)) return false;
    if (!s.empty()) out->push_back(std::move(s));
    return true;
  });
}

// A city as an object; the "Name, Country" string form goes to the full parser.
bool CityObject(Reader& r, City* city) {
  bool named = false;
  bool ok = Members(r, [&](const std::string& key) {
    if (key != "name" && key != "country") return r.Skip();
    if (r.Null()) {
      if (key == "name") named = false;
      else city->country.clear();
      return true;
    }
    if (key == "name") named = true;
    return r.String(key == "name" ? &city->name : &city->country);
  });
  return ok && named;
}

bool SegmentObject(Reader& r, Segment* seg) {
  std::optional<std::string> start, end;
  bool has_text = false;
  bool ok = Members(r, [&](const std::string& key) {
    if (key != "start" && key != "end" && key != "speaker" && key != "text") return r.Skip();
    if (r.Null()) {
      if (key == "start") start.reset();
      if (key == "end") end.reset();
      if (key == "text") has_text = false;
      if (key == "speaker") seg->speaker.clear();
      return true;
    }
    std::string value;
    if (!r.String(&value)) return false;
    if (key == "start") start = std::move(value);
    else if (key == "end") end = std::move(value);
    else if (key == "speaker") seg->speaker = std::move(value);
    else {
      seg->text = std::move(value);
      has_text = true;
    }
    return true;
  });
  if (!ok || !start || !has_text) return false;
  auto s = ParseTimestamp(*start);
  if (!s.ok()) return false;
  seg->start_ms = *s;
  seg->end_ms = *s;
  if (end) {
    auto e = ParseTimestamp(*end);
    if (!e.ok()) return false;
    seg->end_ms = *e;
  }
  return true;
}

bool ReadHitFields(std::string_view json, Document* doc) {
  Reader r(json);
  bool ok = Members(r, [&](const std::string& key) {
    if (r.Null()) return true;  // null: as if absent
    std::string* text = key == "id"         ? &doc->id
                        : key == "type"     ? &doc->type
                        : key == "title"    ? &doc->title
                        : key == "summary"  ? &doc->summary
                        : key == "body"     ? &doc->body
                        : key == "language" ? &doc->language
                        : key == "date"     ? &doc->date
                        : key == "status"   ? &doc->status
                                            : nullptr;
    if (text) return r.String(text);
    if (key == "countries") return StringList(r, &doc->countries);
    if (key == "themes") return StringList(r, &doc->themes);
    if (key == "cities") {
      doc->cities.clear();
      return Elements(r, [&] { return CityObject(r, &doc->cities.emplace_back()); });
    }
    if (key == "segments") {
      doc->segments.clear();
      return Elements(r, [&] { return SegmentObject(r, &doc->segments.emplace_back()); });
    }
    return r.Skip();
  });
  return ok && r.AtEnd();
}

}  // namespace

Result<Document> HitFieldsFromJson(std::string_view json) {
  Document doc;
  if (!text::FindInvalidUtf8(json) && ReadHitFields(json, &doc)) return doc;
  auto full = DocumentFromJson(json);
  if (!full.ok()) return full.status();
  Document hit;
  hit.id = std::move(full->id);
  hit.type = std::move(full->type);
  hit.title = std::move(full->title);
  hit.summary = std::move(full->summary);
  hit.body = std::move(full->body);
  hit.language = std::move(full->language);
  hit.date = std::move(full->date);
  hit.status = std::move(full->status);
  hit.cities = std::move(full->cities);
  hit.countries = std::move(full->countries);
  hit.themes = std::move(full->themes);
  hit.segments = std::move(full->segments);
  return hit;
}

}  // namespace silkdex::search
