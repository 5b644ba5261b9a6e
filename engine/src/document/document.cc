#include "silkdex/document.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

namespace silkdex {
namespace {

constexpr std::array<std::string_view, 8> kTypes = {
    "good_practice", "training_report", "webinar_transcript", "publication",
    "news",          "video",           "newsletter",         "other"};
constexpr std::array<std::string_view, 5> kStatuses = {"draft", "in_review", "published",
                                                       "rejected", "archived"};
constexpr std::array<std::string_view, 7> kThemes = {"health", "agriculture", "ecommerce", "tourism",
                                                     "drr",    "transport",   "green"};

bool Contains(std::span<const std::string_view> set, std::string_view v) {
  return std::find(set.begin(), set.end(), v) != set.end();
}

std::string Quoted(std::string_view v) { return "'" + std::string(v) + "'"; }

std::string JoinNames(std::span<const std::string_view> set) {
  std::string out;
  for (auto v : set) out += (out.empty() ? "" : ", ") + std::string(v);
  return out;
}

// Parses exactly `digits` decimal digits.
bool ParseDigits(std::string_view s, size_t digits, int* out) {
  if (s.size() != digits) return false;
  if (!std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  std::from_chars(s.data(), s.data() + s.size(), *out);
  return true;
}

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

}  // namespace

std::span<const std::string_view> DocumentTypes() { return kTypes; }
std::span<const std::string_view> DocumentStatuses() { return kStatuses; }
std::span<const std::string_view> ThemeIds() { return kThemes; }

bool IsValidId(std::string_view id) {
  if (id.empty() || id.size() > 128) return false;
  return std::all_of(id.begin(), id.end(), [](unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
  });
}

Result<std::string> NormalizeDate(std::string_view date) {
  auto bad = [&] {
    return Status::InvalidArgument(Quoted(date) + " is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
  };
  int year = 0, month = 0, day = 0;
  if (!ParseDigits(date.substr(0, 4), 4, &year)) return bad();
  if (date.size() > 4) {
    if (date.size() < 7 || date[4] != '-' || !ParseDigits(date.substr(5, 2), 2, &month)) return bad();
    if (month < 1 || month > 12) return Status::InvalidArgument(Quoted(date) + " has no month " + std::to_string(month));
  }
  if (date.size() > 7) {
    if (date.size() != 10 || date[7] != '-' || !ParseDigits(date.substr(8, 2), 2, &day)) return bad();
    if (day < 1 || day > DaysInMonth(year, month))
      return Status::InvalidArgument(Quoted(date) + " has no day " + std::to_string(day));
  }
  char key[32];
  std::snprintf(key, sizeof key, "%04d%02d%02d", year, month, day);
  return std::string(key);
}

Result<int64_t> ParseTimestamp(std::string_view text) {
  auto bad = [&] {
    return Status::InvalidArgument("timestamp " + Quoted(text) + " is not HH:MM:SS.mmm");
  };
  // Split off the fraction, which WebVTT writes with '.', SRT with ','.
  std::string_view clock = text;
  int millis = 0;
  if (auto dot = text.find_first_of(".,"); dot != std::string_view::npos) {
    clock = text.substr(0, dot);
    if (!ParseDigits(text.substr(dot + 1), 3, &millis)) return bad();
  }
  std::array<int, 3> parts{};
  std::array<size_t, 3> widths{};
  size_t n = 0;
  while (!clock.empty()) {
    if (n == parts.size()) return bad();
    size_t colon = clock.find(':');
    std::string_view field = clock.substr(0, colon);
    if (field.empty() || field.size() > 4) return bad();
    if (!ParseDigits(field, field.size(), &parts[n])) return bad();
    widths[n] = field.size();
    ++n;
    if (colon == std::string_view::npos) break;
    clock.remove_prefix(colon + 1);
    if (clock.empty()) return bad();
  }
  if (n < 2) return bad();
  // Hours may have more than two digits; minutes and seconds have exactly two.
  if (widths[n - 2] != 2 || widths[n - 1] != 2) return bad();
  int hours = n == 3 ? parts[0] : 0;
  int minutes = parts[n - 2], seconds = parts[n - 1];
  if (minutes > 59 || seconds > 59) return bad();
  return ((int64_t{hours} * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

std::string FormatTimestamp(int64_t ms, bool with_millis) {
  char buf[32];
  int64_t s = ms / 1000;
  if (with_millis) {
    std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld.%03lld", static_cast<long long>(s / 3600),
                  static_cast<long long>(s / 60 % 60), static_cast<long long>(s % 60),
                  static_cast<long long>(ms % 1000));
  } else {
    std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld", static_cast<long long>(s / 3600),
                  static_cast<long long>(s / 60 % 60), static_cast<long long>(s % 60));
  }
  return buf;
}

Status ValidateDocument(const Document& doc) {
  auto field = [](std::string_view name, const std::string& problem) {
    return Status::InvalidArgument("field '" + std::string(name) + "': " + problem);
  };
  if (!IsValidId(doc.id))
    return field("id", Quoted(doc.id) + " is not 1 to 128 characters of A-Z a-z 0-9 . _ -");
  if (!Contains(kTypes, doc.type))
    return field("type", Quoted(doc.type) + " is not one of " + JoinNames(kTypes));
  if (!Contains(kStatuses, doc.status))
    return field("status", Quoted(doc.status) + " is not one of " + JoinNames(kStatuses));
  if (doc.title.empty()) return field("title", "is missing or empty");
  if (doc.language.empty() || doc.language.size() > 8 ||
      !std::all_of(doc.language.begin(), doc.language.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return field("language", Quoted(doc.language) + " is not a BCP-47 primary language tag such as 'en'");
  if (!doc.date.empty()) {
    if (auto d = NormalizeDate(doc.date); !d.ok()) return field("date", d.status().message());
  }
  for (const auto& t : doc.themes)
    if (!Contains(kThemes, t)) return field("themes", Quoted(t) + " is not one of " + JoinNames(kThemes));
  for (size_t i = 0; i < doc.suggested_themes.size(); ++i) {
    const SuggestedTheme& t = doc.suggested_themes[i];
    std::string f = "suggested_themes[" + std::to_string(i) + "]";
    if (!Contains(kThemes, t.theme)) return field(f + ".theme", Quoted(t.theme) + " is not one of " + JoinNames(kThemes));
    if (!(t.confidence >= 0 && t.confidence <= 1)) return field(f + ".confidence", "must be in [0, 1]");
  }
  for (int sdg : doc.sdgs)
    if (sdg < 1 || sdg > 17) return field("sdgs", std::to_string(sdg) + " is outside 1..17");
  if (doc.views && *doc.views < 0) return field("views", "must be 0 or more");
  for (const auto& c : doc.cities)
    if (c.name.empty()) return field("cities", "a city has no name");
  for (size_t i = 0; i < doc.segments.size(); ++i) {
    const Segment& s = doc.segments[i];
    if (s.end_ms < s.start_ms)
      return field("segments", "segment " + std::to_string(i + 1) + " ends (" + FormatTimestamp(s.end_ms) +
                                   ") before it starts (" + FormatTimestamp(s.start_ms) + ")");
  }
  return Status::Ok();
}

}  // namespace silkdex
