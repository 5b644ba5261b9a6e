#include "silkdex/kit/terms.h"

#include <stdexcept>

namespace silkdex::kit {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Splits at `sep`, except where it is escaped with a backslash ("PM2\\,5").
template <typename F>
void Split(std::string_view s, char sep, F each) {
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = start;
    while (end < s.size() && !(s[end] == sep && (end == 0 || s[end - 1] != '\\'))) ++end;
    each(Trim(s.substr(start, end - start)));
    start = end + 1;
  }
}

std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && (s[i + 1] == ',' || s[i + 1] == ';')) continue;
    out += s[i];
  }
  return out;
}

}  // namespace

std::vector<Term> ParseTerms(std::string_view spec) {
  std::vector<Term> terms;
  Split(spec, ';', [&](std::string_view group) {
    if (group.empty()) return;
    size_t colon = group.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 5) {
      throw std::invalid_argument("term group without a language tag: " + std::string(group));
    }
    std::string language(Trim(group.substr(0, colon)));
    Split(group.substr(colon + 1), ',', [&](std::string_view item) {
      if (item.empty()) return;
      Term t;
      t.language = language;
      if (item.front() == '~') {
        t.vocabulary = false;
        item = Trim(item.substr(1));
      }
      if (!item.empty() && item.back() == '*') t.vocabulary = false;
      t.text = Unescape(item);
      if (!t.text.empty()) terms.push_back(std::move(t));
    });
  });
  return terms;
}

}  // namespace silkdex::kit
