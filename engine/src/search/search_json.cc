// The search response as the API's JSON (shared/contract/api.md), written
// straight into one string: a response is written for every search, and
// building a Poco object tree first cost more than the rest of the response.
// The bytes are those Poco's stringify gave (search_json_test.cc checks it):
// strings escaped as Poco::toJSON does, doubles formatted by Poco's
// NumberFormatter, no spaces.
#include <cmath>
#include <cstdio>

#include <Poco/NumberFormatter.h>

#include "silkdex/search.h"

namespace silkdex {
namespace {

double Round(double v, int digits) {
  double f = std::pow(10.0, digits);
  return std::round(v * f) / f;
}

class Writer {
 public:
  explicit Writer(std::string* out) : out_(*out) {}

  // A JSON string: quotes, backslashes and control characters escaped.
  Writer& Str(std::string_view s) {
    out_ += '"';
    size_t run = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s.data() + run, i - run);
      run = i + 1;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default: {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04X", c);
          out_ += buf;
        }
      }
    }
    out_.append(s.data() + run, s.size() - run);
    out_ += '"';
    return *this;
  }
  Writer& Key(std::string_view k) {
    Comma();
    Str(k);
    out_ += ':';
    fresh_ = true;  // the value follows without a comma
    return *this;
  }
  Writer& Raw(std::string_view v) {
    Comma();
    out_ += v;
    return *this;
  }
  Writer& Value(std::string_view s) {
    Comma();
    return Str(s);
  }
  Writer& Value(double v) { return Raw(Poco::NumberFormatter::format(v)); }
  Writer& Value(uint64_t v) { return Raw(std::to_string(v)); }
  Writer& Value(int64_t v) { return Raw(std::to_string(v)); }
  Writer& Value(int v) { return Raw(std::to_string(v)); }
  Writer& Value(bool v) { return Raw(v ? "true" : "false"); }
  Writer& Null() { return Raw("null"); }
  Writer& Open(char bracket) {
    Comma();
    out_ += bracket;
    fresh_ = true;
    return *this;
  }
  Writer& Close(char bracket) {
    out_ += bracket;
    fresh_ = false;
    return *this;
  }
  Writer& Strings(const std::vector<std::string>& v) {
    Open('[');
    for (const auto& s : v) Value(std::string_view(s));
    return Close(']');
  }

 private:
  void Comma() {
    if (!fresh_) out_ += ',';
    fresh_ = false;
  }

  std::string& out_;
  bool fresh_ = true;
};

void WriteHit(Writer& w, const Hit& h) {
  w.Open('{');
  w.Key("id").Value(std::string_view(h.id));
  w.Key("title").Value(std::string_view(h.title));
  w.Key("type").Value(std::string_view(h.type));
  w.Key("date");
  if (h.date.empty()) w.Null();
  else w.Value(std::string_view(h.date));
  w.Key("language").Value(std::string_view(h.language));
  w.Key("status").Value(std::string_view(h.status));
  w.Key("score").Value(Round(h.score, 4));
  w.Key("snippet").Value(std::string_view(h.snippet));
  w.Key("themes").Strings(h.themes);
  w.Key("cities").Open('[');
  for (const auto& c : h.cities) {
    w.Open('{');
    w.Key("name").Value(std::string_view(c.name));
    w.Key("country").Value(std::string_view(c.country));
    w.Close('}');
  }
  w.Close(']');
  w.Key("countries").Strings(h.countries);
  if (h.segment) {
    w.Key("segment").Open('{');
    w.Key("start").Value(std::string_view(FormatTimestamp(h.segment->start_ms, false)));
    w.Key("end").Value(std::string_view(FormatTimestamp(h.segment->end_ms, false)));
    w.Key("start_ms").Value(static_cast<int64_t>(h.segment->start_ms));
    w.Key("speaker");
    if (h.segment->speaker.empty()) w.Null();
    else w.Value(std::string_view(h.segment->speaker));
    w.Close('}');
  }
  w.Key("pinned").Value(h.pinned);
  w.Close('}');
}

}  // namespace

std::string ToJson(const SearchResponse& r) {
  std::string out;
  size_t guess = 512;
  for (const auto& h : r.hits) guess += 256 + h.snippet.size() + h.title.size();
  out.reserve(guess);
  Writer w(&out);
  w.Open('{');
  w.Key("query").Value(std::string_view(r.query));
  w.Key("total").Value(static_cast<uint64_t>(r.total));
  w.Key("page").Value(r.page);
  w.Key("per_page").Value(r.per_page);
  w.Key("took_ms").Value(Round(r.took_ms, 3));
  w.Key("suggestion");
  if (r.suggestion) w.Value(std::string_view(*r.suggestion));
  else w.Null();
  w.Key("relaxed").Value(r.relaxed);
  w.Key("hits").Open('[');
  for (const auto& h : r.hits) WriteHit(w, h);
  w.Close(']');
  w.Key("facets").Open('{');
  for (size_t f = 0; f < r.facets.size(); ++f) {
    const auto& [name, values] = r.facets[f];
    bool seen = false;  // a facet asked for twice is one key, as in a Poco object
    for (size_t g = 0; g < f && !seen; ++g) seen = r.facets[g].first == name;
    if (seen) continue;
    w.Key(name).Open('[');
    for (const auto& v : values) {
      w.Open('{');
      w.Key("value").Value(std::string_view(v.value));
      w.Key("count").Value(static_cast<uint64_t>(v.count));
      w.Close('}');
    }
    w.Close(']');
  }
  w.Close('}');
  w.Close('}');
  return out;
}

}  // namespace silkdex
