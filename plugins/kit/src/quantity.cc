#include "silkdex/kit/quantity.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "silkdex/kit/terms.h"

namespace silkdex::kit {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool DecimalComma(std::string_view language) {
  static constexpr std::string_view kComma[] = {"es", "fr", "pt", "ru", "de", "it", "nl", "tr", "id", "uz", "pl",
                                                "cs", "ro", "uk", "kk", "az", "ca", "gl", "vi", "el", "sv", "da"};
  return std::find(std::begin(kComma), std::end(kComma), language) != std::end(kComma);
}

struct Scan {
  std::vector<std::string_view> groups;
  std::string seps;  // seps[i] sits between groups[i] and groups[i + 1]
  size_t end = 0;
};

Scan ScanNumber(std::string_view t, size_t pos) {
  Scan s;
  size_t j = pos;
  auto read_digits = [&] {
    size_t b = j;
    while (j < t.size() && IsDigit(t[j])) ++j;
    s.groups.push_back(t.substr(b, j - b));
  };
  read_digits();
  while (j + 1 < t.size() && (t[j] == '.' || t[j] == ',') && IsDigit(t[j + 1])) {
    s.seps += t[j];
    ++j;
    read_digits();
  }
  // "250 000" (a space between groups of three, after a first group of 1-3 digits).
  if (s.seps.empty() && s.groups[0].size() <= 3) {
    while (j + 3 < t.size() + 0 && t[j] == ' ' && IsDigit(t[j + 1]) && IsDigit(t[j + 2]) && IsDigit(t[j + 3]) &&
           (j + 4 >= t.size() || !IsDigit(t[j + 4]))) {
      s.seps += ' ';
      j += 1;
      read_digits();
    }
    if (!s.seps.empty() && j + 1 < t.size() && (t[j] == '.' || t[j] == ',') && IsDigit(t[j + 1])) {
      s.seps += t[j];
      ++j;
      read_digits();
    }
  }
  s.end = j;
  return s;
}

double Interpret(const Scan& s, std::string_view language, bool multiplier_follows) {
  // Which separator is the decimal one (0: none).
  char decimal = 0;
  if (!s.seps.empty()) {
    bool has_dot = s.seps.find('.') != std::string::npos;
    bool has_comma = s.seps.find(',') != std::string::npos;
    bool has_space = s.seps.find(' ') != std::string::npos;
    char last = s.seps.back();
    if (has_space) {
      decimal = last == ' ' ? 0 : last;
    } else if (has_dot && has_comma) {
      decimal = last;
    } else if (s.seps.size() > 1) {
      decimal = 0;  // 1,094,000 / 1.030.000
    } else if (s.groups.back().size() != 3) {
      decimal = last;  // 1.1 / 1,7
    } else if (!multiplier_follows) {
      decimal = 0;  // 2.500 / 1,600: a count
    } else {
      decimal = (last == ',') == DecimalComma(language) ? last : 0;
    }
  }
  double value = 0;
  double scale = 0;  // > 0 once past the decimal separator
  for (size_t g = 0; g < s.groups.size(); ++g) {
    if (g > 0 && s.seps[g - 1] == decimal && g == s.groups.size() - 1) scale = 1;
    for (char c : s.groups[g]) {
      if (scale > 0) {
        scale /= 10;
        value += (c - '0') * scale;
      } else {
        value = value * 10 + (c - '0');
      }
    }
  }
  return value;
}

struct Word {
  std::string_view text;
  double factor;
};

// Multipliers written as a word after a space (normalised spelling).
constexpr Word kMultiplierWords[] = {
    {"thousand", 1e3}, {"thousands", 1e3}, {"million", 1e6}, {"millions", 1e6}, {"billion", 1e9},  {"billions", 1e9},
    {"bn", 1e9},       {"mn", 1e6},        {"mil", 1e3},     {"mille", 1e3},    {"millon", 1e6},   {"millones", 1e6},
    {"milhao", 1e6},   {"milhoes", 1e6},   {"bilhao", 1e9},  {"bilhoes", 1e9},  {"milliard", 1e9}, {"milliards", 1e9},
    {"тыс", 1e3},      {"тысяч", 1e3},     {"тысячи", 1e3},  {"млн", 1e6},      {"миллиона", 1e6}, {"млрд", 1e9},
};
// Written right after the number (Chinese), longest first.
constexpr Word kMultiplierCjk[] = {
    {"万亿", 1e12}, {"千万", 1e7}, {"百万", 1e6}, {"万", 1e4}, {"亿", 1e8}, {"千", 1e3},
};

struct Unit {
  std::string_view text;
  std::string_view unit;
};
constexpr Unit kUnitWords[] = {
    {"percent", "%"},     {"per cent", "%"},     {"por ciento", "%"}, {"pour cent", "%"},    {"por cento", "%"},
    {"процентов", "%"},   {"процента", "%"},     {"процент", "%"},    {"rmb", "RMB"},        {"yuan", "RMB"},
    {"cny", "RMB"},       {"renminbi", "RMB"},   {"usd", "USD"},      {"us dollars", "USD"}, {"dollars", "USD"},
    {"dollar", "USD"},    {"dolares", "USD"},    {"eur", "EUR"},      {"euros", "EUR"},      {"euro", "EUR"},
    {"tonnes", "t"},      {"tonne", "t"},        {"tons", "t"},       {"ton", "t"},          {"toneladas", "t"},
    {"tonelada", "t"},    {"metric tons", "t"},  {"km", "km"},        {"kilometres", "km"},  {"kilometers", "km"},
    {"kilometros", "km"}, {"quilometros", "km"}, {"hectares", "ha"},  {"hectareas", "ha"},   {"mw", "MW"},
    {"megawatts", "MW"},  {"kw", "kW"},          {"kwh", "kWh"},      {"mwh", "MWh"},        {"gwh", "GWh"},
    {"gw", "GW"},         {"ug m3", "µg/m³"},    {"ug m 3", "µg/m³"}, {"mg m3", "mg/m³"},    {"kg", "kg"},
    {"kilograms", "kg"},  {"liters", "l"},       {"litres", "l"},
};
constexpr Unit kUnitCjk[] = {
    {"元", "RMB"},  {"人民币", "RMB"}, {"美元", "USD"}, {"欧元", "EUR"}, {"吨", "t"},
    {"公里", "km"}, {"千米", "km"},    {"公顷", "ha"},  {"亩", "mu"},
};
// Measure words between a Chinese number and its noun; "多"/"余" (more than).
constexpr std::string_view kClassifiers = "只个套台名家次人座项场位件条辆所篇份批块棵张架艘头株余多";

bool StartsWord(std::string_view t, size_t at, std::string_view w) {
  if (t.substr(at, w.size()) != w) return false;
  size_t e = at + w.size();
  return e >= t.size() || !IsWordChar(CodePointAt(t, e));
}

// Punctuation a number and its noun are never separated by (a clause or sentence break).
bool IsSentencePunctuation(std::string_view original) {
  size_t i = 0;
  while (i < original.size()) {
    char32_t cp = DecodeUtf8(original, i);
    switch (cp) {
      case '.':
      case ';':
      case ':':
      case '!':
      case '?':
      case '(':
      case ')':
      case '\n':
      case ',':
      case '|':
      case 0x3002:
      case 0xFF1B:
      case 0xFF1A:
      case 0xFF01:
      case 0xFF1F:
      case 0xFF08:
      case 0xFF09:
      case 0xFF0C:
      case 0x3001:
        return true;
      default:
        break;
    }
  }
  return false;
}

// The input between two positions of the normalised text.
std::string_view Between(const Normalized& n, std::string_view input, size_t a, size_t b) {
  if (a >= b || b >= n.source.size()) return {};
  size_t from = n.source[a], to = n.source[b];
  if (to <= from || to > input.size()) return {};
  return input.substr(from, to - from);
}

}  // namespace

ParsedNumber ParseNumber(std::string_view text, size_t pos, std::string_view language, bool multiplier_follows) {
  Scan s = ScanNumber(text, pos);
  ParsedNumber p;
  p.value = Interpret(s, language, multiplier_follows);
  p.end = s.end;
  p.plain_integer = s.seps.empty();
  for (auto g : s.groups) p.digits += static_cast<int>(g.size());
  return p;
}

void QuantityReader::AddCountable(const std::string& english, std::string_view terms, int owner) {
  AddCountableTo(matcher_, 0, english, terms, owner);
}

void QuantityReader::AddCountableTo(PhraseMatcher& matcher, uint32_t group, const std::string& english,
                                    std::string_view terms, int owner) {
  countables_.push_back({english, owner});
  for (const Term& t : ParseTerms(terms)) {
    int id = matcher.Add(t.text, group);
    if (id < 0) continue;
    if (static_cast<size_t>(id) >= pattern_countable_.size())
      pattern_countable_.resize(static_cast<size_t>(id) + 1, -1);
    pattern_countable_[static_cast<size_t>(id)] = static_cast<int>(countables_.size() - 1);
  }
}

void QuantityReader::AddCommonCountables(int owner) { AddCommonCountablesTo(matcher_, 0, owner); }

void QuantityReader::AddCommonCountablesTo(PhraseMatcher& m, uint32_t group, int owner) {
  people_owner_ = owner;
  AddCountableTo(m, group, "people",
                 "en: people, persons, individuals; es: personas; fr: personnes; pt: pessoas; ru: человек",
                 owner);  // Chinese 人: see Read
  AddCountableTo(m, group, "participants",
                 "en: participant*, attendee*, registrant*, trainee*; es: participantes, asistentes, inscritos; "
                 "fr: participant*, inscrit*; pt: participantes, inscritos; zh: 参与者, 学员, 参会者; ru: участник*",
                 owner);
  AddCountableTo(m, group, "countries",
                 "en: countries, countries and territories; es: países; fr: pays; pt: países; zh: 国家; ru: стран*",
                 owner);
  AddCountableTo(
      m, group, "cities",
      "en: cities, cities and local authorities; es: ciudades; fr: villes; pt: cidades; zh: 城市; ru: город*", owner);
  AddCountableTo(m, group, "views",
                 "en: views, viewers; es: visualizaciones, vistas; fr: vues, visionnages; pt: visualizações; "
                 "zh: 观看量, 观看, 浏览量; ru: просмотр*",
                 owner);
  AddCountableTo(m, group, "live views",
                 "en: live views; es: visualizaciones en directo, visualizaciones en vivo; fr: vues en direct; "
                 "pt: visualizações ao vivo; zh: 直播观看量, 直播观看",
                 owner);
  AddCountableTo(m, group, "playback views",
                 "en: playback views, replay views; es: visualizaciones en diferido, reproducciones; "
                 "fr: vues en différé; pt: visualizações em diferido; zh: 回放观看量, 回放观看",
                 owner);
  AddCountableTo(
      m, group, "webinars",
      "en: webinar*, online sessions; es: seminarios web, webinarios; fr: webinaire*; pt: webinar*, seminários online; "
      "zh: 网络研讨会",
      owner);
  AddCountableTo(m, group, "partnerships",
                 "en: partnership*; es: alianzas; fr: partenariat*; pt: parcerias; zh: 伙伴关系", owner);
  AddCountableTo(m, group, "government officials",
                 "en: government officials, officials; es: funcionarios; fr: fonctionnaires, responsables; "
                 "pt: funcionários; zh: 政府官员, 官员",
                 owner);
  AddCountableTo(m, group, "responses",
                 "en: valid responses, responses; es: respuestas; fr: réponses; pt: respostas; zh: 回复", owner);
  AddCountableTo(m, group, "member states",
                 "en: member states; es: estados miembros; fr: états membres; pt: estados membros; zh: 成员国", owner);
  AddCountableTo(
      m, group, "organizations",
      "en: organizations, organisations; es: organizaciones; fr: organisations; pt: organizações; zh: 机构, 组织",
      owner);
}

void QuantityReader::Compile() {
  matcher_.Compile();
  if (pattern_countable_.size() < matcher_.size()) pattern_countable_.resize(matcher_.size(), -1);
}

std::vector<Quantity> QuantityReader::Read(const Normalized& n, std::string_view input,
                                           std::string_view language) const {
  return Read(n, input, language, matcher_.Find(n.text));
}

std::vector<Quantity> QuantityReader::Read(const Normalized& n, std::string_view input, std::string_view language,
                                           const std::vector<PhraseMatcher::Match>& matches) const {
  std::vector<Quantity> out;
  const std::string& t = n.text;
  std::vector<PhraseMatcher::Match> nouns;
  for (const auto& m : matches) {
    if (m.id < pattern_countable_.size() && pattern_countable_[m.id] >= 0) nouns.push_back(m);
  }
  size_t i = 0;
  while (i < t.size()) {
    if (!IsDigit(t[i])) {
      ++i;
      continue;
    }
    size_t begin = i;
    char32_t before = CodePointBefore(t, begin);
    if (IsWordChar(before)) {  // PM2.5, NO2, Q3: part of a word
      while (i < t.size() && (IsDigit(t[i]) || t[i] == '.' || t[i] == ',')) ++i;
      continue;
    }
    // "COVID-19" is a name, not a number.
    if (begin >= 6 && t.compare(begin - 6, 6, "covid ") == 0) {
      while (i < t.size() && IsDigit(t[i])) ++i;
      continue;
    }
    Scan scan = ScanNumber(t, begin);
    size_t j = scan.end;
    i = j;
    // Dates and times in Chinese: 2020年, 7月, 14日, 8点.
    {
      static constexpr std::string_view kDateMarks[] = {"年", "月", "日", "号", "时", "点", "分", "秒", "岁"};
      bool date = false;
      for (auto mark : kDateMarks) date = date || t.compare(j, mark.size(), mark) == 0;
      if (date) continue;
    }
    // Multiplier.
    double factor = 1;
    size_t after = j;
    if (j < t.size() && t[j] == 'k' && (j + 1 >= t.size() || !IsWordChar(CodePointAt(t, j + 1)))) {
      factor = 1e3;
      after = j + 1;
    } else {
      bool found = false;
      for (const Word& w : kMultiplierCjk) {
        if (t.compare(j, w.text.size(), w.text) == 0) {
          factor = w.factor;
          after = j + w.text.size();
          found = true;
          break;
        }
      }
      if (!found && j + 1 < t.size() && t[j] == ' ') {
        for (const Word& w : kMultiplierWords) {
          if (StartsWord(t, j + 1, w.text)) {
            factor = w.factor;
            after = j + 1 + w.text.size();
            // "mil millones" / "mil milhões": a billion.
            if (w.text == "mil" && (StartsWord(t, after + 1, "millones") || StartsWord(t, after + 1, "milhoes"))) {
              factor = 1e9;
              after += 1 + (StartsWord(t, after + 1, "millones") ? 8 : 7);
            }
            break;
          }
        }
      }
    }
    ParsedNumber p;
    p.value = Interpret(scan, language, factor != 1);
    p.plain_integer = scan.seps.empty();
    double value = p.value * factor;
    // Unit: before (currency signs and codes) or after.
    std::string unit;
    size_t q_begin = begin;
    if (begin >= 1 && t[begin - 1] == '$') {
      unit = "USD";
      q_begin = begin - 1;
      if (q_begin >= 2 && t.compare(q_begin - 2, 2, "us") == 0) q_begin -= 2;
    } else {
      static constexpr Unit kBefore[] = {{"€ ", "EUR"},   {"€", "EUR"},    {"¥", "RMB"},   {"¥ ", "RMB"},
                                         {"rmb ", "RMB"}, {"usd ", "USD"}, {"eur ", "EUR"}};
      for (const Unit& u : kBefore) {
        if (begin >= u.text.size() && t.compare(begin - u.text.size(), u.text.size(), u.text) == 0) {
          size_t b = begin - u.text.size();
          if (b > 0 && IsWordChar(CodePointBefore(t, b)) && u.text.back() == ' ') continue;
          unit = std::string(u.unit);
          q_begin = b;
          break;
        }
      }
    }
    size_t q_end = after;
    if (unit.empty()) {
      size_t k = after;
      if (k < t.size() && t[k] == '%') {
        unit = "%";
        q_end = k + 1;
      } else {
        bool found = false;
        for (const Unit& u : kUnitCjk) {
          if (t.compare(k, u.text.size(), u.text) == 0) {
            unit = std::string(u.unit);
            q_end = k + u.text.size();
            found = true;
            break;
          }
        }
        if (!found && k + 1 < t.size() && t[k] == ' ') {
          if (t[k + 1] == '%') {
            unit = "%";
            q_end = k + 2;
          } else {
            for (const Unit& u : kUnitWords) {
              if (StartsWord(t, k + 1, u.text)) {
                unit = std::string(u.unit);
                q_end = k + 1 + u.text.size();
                break;
              }
            }
          }
        }
      }
    }
    // Chinese measure words. 人 ("1600人", "1600多人") is also the noun: people.
    size_t noun_from = q_end;
    bool persons = false;
    for (int c = 0; c < 2 && noun_from < t.size(); ++c) {
      size_t k = noun_from;
      char32_t cp = DecodeUtf8(t, k);
      std::string enc;
      AppendUtf8(cp, enc);
      if (cp < 0x80 || kClassifiers.find(enc) == std::string_view::npos) break;
      persons = persons || cp == U'人';
      noun_from = k;
    }
    // The noun it counts: the first countable closely after (no digit, no sentence
    // break in between, at most four words or six Chinese characters); in Chinese
    // also closely before ("观看量约35万次").
    const PhraseMatcher::Match* noun = nullptr;
    auto by_begin = [](const PhraseMatcher::Match& m, size_t pos) { return m.begin < pos; };
    // A countable that starts with the unit word ("20 tonnes of waste").
    if (q_end > after) {
      auto at_unit = std::lower_bound(nouns.begin(), nouns.end(), after, by_begin);
      for (; at_unit != nouns.end() && at_unit->begin <= after + 1; ++at_unit) {
        if (at_unit->end >= q_end) {
          noun = &*at_unit;
          break;
        }
      }
    }
    auto it = std::lower_bound(nouns.begin(), nouns.end(), noun_from, by_begin);
    if (!noun && !persons && it != nouns.end()) {
      std::string_view gap(t.data() + noun_from, it->begin - noun_from);
      int words = 0, cjk = 0;
      bool ok = true;
      size_t g = 0;
      while (g < gap.size()) {
        char32_t cp = DecodeUtf8(gap, g);
        if (cp >= '0' && cp <= '9') ok = false;
        if (cp == ' ') ++words;
        if (IsCjk(cp)) ++cjk;
      }
      if (!gap.empty() && gap.front() == ' ') --words;
      if (ok && words <= 4 && cjk <= 3 && !IsSentencePunctuation(Between(n, input, q_end, it->begin))) {
        noun = &*it;
      }
    }
    bool noun_before = false;
    // Chinese puts some nouns first ("观看量约35万次"): only with a measure word after the number.
    if (!noun && !persons && IsCjk(before) && noun_from > q_end) {
      auto rit = std::lower_bound(nouns.begin(), nouns.end(), q_begin + 1,
                                  [](const PhraseMatcher::Match& m, size_t pos) { return m.begin < pos; });
      while (rit != nouns.begin()) {
        --rit;
        if (rit->end > q_begin) continue;
        std::string_view gap(t.data() + rit->end, q_begin - rit->end);
        int cjk = 0;
        bool ok = true;
        size_t g = 0;
        while (g < gap.size()) {
          char32_t cp = DecodeUtf8(gap, g);
          if (!IsCjk(cp) && cp != ' ') ok = false;
          ++cjk;
        }
        if (ok && cjk <= 3 && !IsSentencePunctuation(Between(n, input, rit->end, q_begin))) {
          noun = &*rit;
          noun_before = true;
        }
        break;
      }
    }
    // A bare year ("in 2020") or day is not a quantity; a year needs its noun right after it.
    bool year_like =
        p.plain_integer && scan.groups[0].size() == 4 && factor == 1 && unit.empty() && value >= 1900 && value <= 2100;
    // A plain number that looks like a year is a year ("the 2020 webinar", "in
    // 2020 the cities"), unless a Chinese measure word follows it (2000只口罩);
    // "2,000 masks" with its separator is a count.
    if (year_like && noun_from == q_end) noun = nullptr;
    if (!noun && unit.empty() && !persons) continue;
    if (year_like && !noun) continue;
    Quantity q;
    q.value = value;
    q.unit = unit;
    q.owner = -1;
    if (noun) {
      int c = pattern_countable_[noun->id];
      if (c >= 0) {
        q.counts = countables_[static_cast<size_t>(c)].english;
        q.owner = countables_[static_cast<size_t>(c)].owner;
      }
    } else if (persons && unit.empty()) {
      q.counts = "people";
      q.owner = people_owner_;
    }
    size_t b = noun && noun_before ? noun->begin : q_begin;
    size_t e = noun && !noun_before ? noun->end : noun_from;
    q.begin = static_cast<uint32_t>(b);
    q.end = static_cast<uint32_t>(e);
    q.text = std::string(n.Original(input, b, e));
    if (noun && !noun_before) i = std::max(i, static_cast<size_t>(noun->end));
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace silkdex::kit
