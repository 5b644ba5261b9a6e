// silkdex: the knowledge-product document (contract v1, shared/contract/document.md).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "silkdex/status.h"

namespace silkdex {

struct City {
  std::string name;
  std::string country;  // may be empty
  friend bool operator==(const City&, const City&) = default;
};

// One cue of a time-coded transcript. Times are milliseconds from the start.
struct Segment {
  int64_t start_ms = 0;
  int64_t end_ms = 0;
  std::string speaker;  // may be empty
  std::string text;
  friend bool operator==(const Segment&, const Segment&) = default;
};

// A theme a thematic plugin suggests for a document, kept apart from the themes
// staff give until staff accept it.
struct SuggestedTheme {
  std::string theme;        // one of ThemeIds()
  double confidence = 0;    // in [0, 1]
  std::vector<std::string> evidence;  // the words or phrases that led to it
  std::string plugin;       // name and version of the plugin that suggested it
  std::string plugin_version;
  friend bool operator==(const SuggestedTheme&, const SuggestedTheme&) = default;
};

// A quantity a plugin read in the text: "1,094,000 masks" -> 1094000, "", "masks".
struct Quantity {
  double value = 0;
  std::string unit;    // "" for a count, else "RMB", "%", ...
  std::string counts;  // what is counted
  std::string text;    // as written
  std::string plugin;
  friend bool operator==(const Quantity&, const Quantity&) = default;
};

struct Document {
  std::string id;
  std::string type;      // one of DocumentTypes()
  std::string title;
  std::string summary;
  std::string body;
  std::string language;  // BCP-47 primary tag, lower case: "en", "es", "zh"
  std::string date;      // "YYYY", "YYYY-MM" or "YYYY-MM-DD"
  std::vector<City> cities;
  std::vector<std::string> countries;
  std::vector<std::string> themes;  // given by staff
  std::vector<std::string> tags;
  std::vector<std::string> partners;
  std::vector<int> sdgs;
  std::string source_url;
  std::optional<int64_t> views;
  std::string status;  // one of DocumentStatuses()
  std::vector<Segment> segments;

  // What thematic plugins found (replaced whenever plugins run on the document).
  std::vector<SuggestedTheme> suggested_themes;
  std::map<std::string, std::vector<std::string>> extracted;  // entity facet -> values
  std::vector<Quantity> quantities;
  // Suggestions staff rejected: plugins' suggestions of these themes are dropped.
  std::vector<std::string> rejected_themes;

  // Where the document came from: a path relative to the ingested folder, or empty.
  std::string source;

  friend bool operator==(const Document&, const Document&) = default;
};

std::span<const std::string_view> DocumentTypes();     // good_practice, training_report, ...
std::span<const std::string_view> DocumentStatuses();  // draft, in_review, published, ...
std::span<const std::string_view> ThemeIds();          // health, agriculture, ecommerce, ...

// True when `id` matches [A-Za-z0-9._-]{1,128}.
bool IsValidId(std::string_view id);

// Checks every field against the contract. The message names the first field
// at fault, e.g. "field 'sdgs': 18 is outside 1..17".
// REQUIRES: defaults already applied (id, type, status, language set).
Status ValidateDocument(const Document& doc);

// Parses "HH:MM:SS", "HH:MM:SS.mmm", "MM:SS.mmm" (WebVTT) or "HH:MM:SS,mmm" (SRT).
Result<int64_t> ParseTimestamp(std::string_view text);
// Formats milliseconds as "HH:MM:SS.mmm"; with `with_millis` false, "HH:MM:SS".
std::string FormatTimestamp(int64_t ms, bool with_millis = true);

// Checks a contract date ("YYYY", "YYYY-MM", "YYYY-MM-DD": month 1..12, day valid
// for the month) and returns it as the sort key "YYYYMMDD", missing parts as "00"
// so that "2020" sorts before "2020-01-05".
Result<std::string> NormalizeDate(std::string_view date);

}  // namespace silkdex
