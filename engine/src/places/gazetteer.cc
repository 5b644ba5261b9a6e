#include "silkdex/places.h"

#include <algorithm>
#include <clocale>
#include <cstdint>
#include <fstream>
#include <locale.h>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <geonames.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <yaml-cpp/yaml.h>

#include "analysis/analyzer.h"
#include "analysis/definitions.h"
#include "places/matcher.h"

namespace silkdex {
namespace {

using places::IsAllCaps;
using places::IsHanName;
using places::NameKey;
using places::Token;

// geonames' cities below this many people count only when their country is named close by.
constexpr uint32_t kTownPopulation = 100000;
// "Close by": a country named within this many bytes before or after the city.
constexpr size_t kNearBytes = 80;
constexpr const char kSupplementFile[] = "places.yaml";

struct CityRec {
  std::string name;
  uint32_t country = 0;  // index into Data::country_names
  uint32_t population = 0;
  bool supplement = false;
  bool common = false;  // a common word or given name (places.yaml common_words)
};

struct Target {
  uint32_t id = 0;
  bool caps_only = false;  // the name was written in capitals only ("CDMX")
  friend bool operator==(const Target&, const Target&) = default;
};

// What a name may refer to: cities (most populous first) and countries.
struct Entry {
  std::vector<Target> cities;
  std::vector<Target> countries;
};

struct SupplementCountry {
  std::string name;
  std::vector<std::string> aliases;
  bool no_iso_names = false;
};

struct SupplementCity {
  std::string name, country;
  uint32_t population = 0;
  std::vector<std::string> aliases;
};

struct Supplement {
  std::map<std::string, SupplementCountry> countries;  // by alpha-2 code
  std::vector<SupplementCity> cities;
  std::vector<std::string> common_words, weak_names, not_city_before;
};

// One place found in a text, at byte `begin`.
struct Found {
  size_t begin = 0;
  bool is_city = false;
  uint32_t id = 0;  // a city or a country index
};

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

std::vector<std::string> StringList(const YAML::Node& node) {
  std::vector<std::string> out;
  if (node) for (const auto& item : node) out.push_back(item.as<std::string>());
  return out;
}

Result<Supplement> ParseSupplement(const std::string& text) {
  Supplement sup;
  try {
    YAML::Node root = YAML::Load(text);
    for (const auto& kv : root["countries"]) {
      SupplementCountry c;
      c.name = kv.second["name"].as<std::string>("");
      c.aliases = StringList(kv.second["aliases"]);
      c.no_iso_names = kv.second["no_iso_names"].as<bool>(false);
      sup.countries[Upper(kv.first.as<std::string>())] = std::move(c);
    }
    for (const auto& node : root["cities"]) {
      SupplementCity c;
      c.name = node["name"].as<std::string>();
      c.country = Upper(node["country"].as<std::string>());
      c.population = node["population"].as<uint32_t>(0);
      c.aliases = StringList(node["aliases"]);
      sup.cities.push_back(std::move(c));
    }
    sup.common_words = StringList(root["common_words"]);
    sup.weak_names = StringList(root["weak_names"]);
    sup.not_city_before = StringList(root["not_city_before"]);
  } catch (const YAML::Exception& e) {
    return Status::InvalidArgument(std::string(kSupplementFile) + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
  return sup;
}

struct IsoCountry {
  std::string alpha2, alpha3, name, common_name, official_name;
};

Result<std::vector<IsoCountry>> ReadIsoCountries(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open the ISO 3166-1 list (is iso-codes installed?)");
  std::stringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": read failed");
  std::vector<IsoCountry> out;
  try {
    Poco::JSON::Parser parser;
    auto root = parser.parse(buf.str()).extract<Poco::JSON::Object::Ptr>();
    Poco::JSON::Array::Ptr list = root ? root->getArray("3166-1") : nullptr;
    if (!list) return Status::Corruption(path + ": no \"3166-1\" list");
    for (size_t i = 0; i < list->size(); ++i) {
      Poco::JSON::Object::Ptr o = list->getObject(static_cast<unsigned>(i));
      if (!o) continue;
      IsoCountry c;
      c.alpha2 = o->optValue<std::string>("alpha_2", "");
      c.alpha3 = o->optValue<std::string>("alpha_3", "");
      c.name = o->optValue<std::string>("name", "");
      c.common_name = o->optValue<std::string>("common_name", "");
      c.official_name = o->optValue<std::string>("official_name", "");
      if (c.alpha2.size() != 2 || c.name.empty()) return Status::Corruption(path + ": entry " + std::to_string(i) + " has no alpha_2 or name");
      out.push_back(std::move(c));
    }
  } catch (const Poco::Exception& e) {
    return Status::Corruption(path + ": " + e.displayText());
  } catch (const std::exception& e) {
    return Status::Corruption(path + ": " + e.what());
  }
  return out;
}

struct GeoCity {
  std::string name, country, country_code;
  uint32_t population = 0;
};

// libgeonames' cities with their English names: the library translates names by
// the messages locale, so this thread reads them in the C locale.
std::vector<GeoCity> ReadGeonames() {
  static std::mutex mu;  // libgeonames says nothing of thread safety
  std::lock_guard<std::mutex> lock(mu);
  locale_t c_locale = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(nullptr));
  locale_t previous = c_locale ? uselocale(c_locale) : static_cast<locale_t>(nullptr);
  std::vector<GeoCity> out;
  const int n = geonames_get_n_cities();
  out.reserve(n > 0 ? static_cast<size_t>(n) : 0);
  for (int i = 0; i < n; ++i) {
    GeonamesCity* city = geonames_get_city(i);
    if (!city) continue;
    const char* name = geonames_city_get_name(city);
    const char* country = geonames_city_get_country(city);
    const char* code = geonames_city_get_country_code(city);
    if (name && *name && code) {
      out.push_back({name, country ? country : "", Upper(code), geonames_city_get_population(city)});
    }
    geonames_city_free(city);
  }
  if (c_locale) {
    uselocale(previous);
    freelocale(c_locale);
  }
  return out;
}

}  // namespace

struct Gazetteer::Data {
  std::vector<std::string> country_names;           // facet values, distinct
  std::unordered_map<std::string, uint32_t> codes;  // "KR", "KOR" -> country
  std::vector<CityRec> cities;
  std::unordered_map<std::string, Entry> words;  // NameKey -> places
  std::unordered_set<std::string> first_words;   // first word of every key in `words`
  size_t max_words = 1;
  std::unordered_map<std::string, Entry> han;                       // Han names as written
  std::unordered_map<UChar32, std::vector<std::string>> han_first;  // first character -> names, longest first
  std::unordered_set<std::string> weak_names, not_city_before;      // keys
  size_t city_count = 0;

  uint32_t CountryIndex(const std::string& name) {
    auto it = std::find(country_names.begin(), country_names.end(), name);
    if (it != country_names.end()) return static_cast<uint32_t>(it - country_names.begin());
    country_names.push_back(name);
    return static_cast<uint32_t>(country_names.size() - 1);
  }

  Entry* EntryFor(std::string_view name, bool* caps_only) {
    *caps_only = IsAllCaps(name) && CodePoints(name) > 1;
    if (IsHanName(name)) return &han[std::string(name)];
    std::string key = NameKey(name);
    if (key.empty()) return nullptr;
    return &words[key];
  }

  void AddCountryName(std::string_view name, uint32_t country) {
    bool caps = false;
    if (Entry* e = EntryFor(name, &caps)) {
      Target t{country, caps};
      if (std::find(e->countries.begin(), e->countries.end(), t) == e->countries.end()) e->countries.push_back(t);
    }
  }

  void AddCityName(std::string_view name, uint32_t city) {
    bool caps = false;
    if (Entry* e = EntryFor(name, &caps)) {
      Target t{city, caps};
      if (std::find(e->cities.begin(), e->cities.end(), t) == e->cities.end()) e->cities.push_back(t);
    }
  }

  bool IsCountryKey(const std::string& key) const {
    auto it = words.find(key);
    return it != words.end() && !it->second.countries.empty();
  }

  // Sorts candidates and builds the look-up aids once every name is in.
  void Finish() {
    auto rank = [this](const Target& a, const Target& b) {
      const CityRec& x = cities[a.id];
      const CityRec& y = cities[b.id];
      if (x.population != y.population) return x.population > y.population;
      if (x.supplement != y.supplement) return x.supplement;
      return a.id < b.id;
    };
    for (auto* map : {&words, &han})
      for (auto& [key, entry] : *map) std::stable_sort(entry.cities.begin(), entry.cities.end(), rank);
    for (const auto& [key, entry] : words) {
      size_t n = static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
      max_words = std::max(max_words, n);
      first_words.insert(key.substr(0, key.find(' ')));
    }
    for (const auto& [name, entry] : han) {
      const auto* s = reinterpret_cast<const uint8_t*>(name.data());
      int32_t i = 0;
      UChar32 c;
      U8_NEXT(s, i, static_cast<int32_t>(name.size()), c);
      han_first[c].push_back(name);
    }
    for (auto& [c, names] : han_first)
      std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
      });
  }

  bool Major(const CityRec& c) const { return c.supplement || (!c.common && c.population >= kTownPopulation); }

  std::vector<Found> Scan(std::string_view text) const;
};

namespace {

struct RawMention {
  size_t begin = 0;
  const Entry* entry = nullptr;
  bool all_caps = false;  // every word of the mention is in capitals
  bool countries = true;  // its countries may count
  bool cities = true;     // its cities may count
};

bool Usable(const Target& t, bool all_caps) { return !t.caps_only || all_caps; }

}  // namespace

std::vector<Found> Gazetteer::Data::Scan(std::string_view text) const {
  std::vector<RawMention> raw;
  // Words: the longest name starting at each capitalised word.
  std::vector<Token> tokens = places::Tokenize(text);
  for (size_t i = 0; i < tokens.size();) {
    if (!tokens[i].capitalised || !first_words.count(tokens[i].key)) {
      ++i;
      continue;
    }
    size_t run = 1;
    while (run < max_words && i + run < tokens.size() && tokens[i + run].joined) ++run;
    bool found = false;
    for (size_t len = run; len >= 1 && !found; --len) {
      const Token& last = tokens[i + len - 1];
      if (!last.capitalised) continue;
      std::string key = tokens[i].key;
      bool all_caps = tokens[i].all_caps;
      for (size_t j = i + 1; j < i + len; ++j) {
        key += ' ';
        key += tokens[j].key;
        all_caps = all_caps && tokens[j].all_caps;
      }
      auto it = words.find(key);
      if (it == words.end()) continue;
      RawMention m{tokens[i].begin, &it->second, all_caps, true, true};
      // "Michael Jordan", "New Jersey", "Chad Smith": a weak one-word country name next to a capitalised word.
      if (len == 1 && weak_names.count(key) &&
          ((i > 0 && tokens[i].joined && tokens[i - 1].capitalised) ||
           (i + 1 < tokens.size() && tokens[i + 1].joined && tokens[i + 1].capitalised)))
        m.countries = false;
      // "Chaoyang District": a feature named after the place, not the city.
      if (i + len < tokens.size() && tokens[i + len].joined && not_city_before.count(tokens[i + len].key))
        m.cities = false;
      bool any = false;
      if (m.countries)
        for (const Target& t : m.entry->countries) any = any || Usable(t, all_caps);
      if (m.cities)
        for (const Target& t : m.entry->cities) any = any || Usable(t, all_caps);
      if (!any) continue;
      raw.push_back(m);
      i += len;
      found = true;
    }
    if (!found) ++i;
  }
  // Han names: the longest name starting at each character.
  if (!han_first.empty()) {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const int32_t length = static_cast<int32_t>(std::min<size_t>(text.size(), size_t{1} << 30));
    for (int32_t i = 0; i < length;) {
      const int32_t start = i;
      UChar32 c;
      U8_NEXT(s, i, length, c);
      if (c < 0x3000) continue;
      auto it = han_first.find(c);
      if (it == han_first.end()) continue;
      for (const std::string& name : it->second) {
        if (text.substr(static_cast<size_t>(start), name.size()) != name) continue;
        raw.push_back({static_cast<size_t>(start), &han.at(name), false, true, true});
        i = start + static_cast<int32_t>(name.size());
        break;
      }
    }
    std::stable_sort(raw.begin(), raw.end(), [](const RawMention& a, const RawMention& b) { return a.begin < b.begin; });
  }

  // Countries first: they decide between cities of the same name.
  std::vector<Found> found;
  std::vector<std::pair<size_t, uint32_t>> country_at;  // (byte, country)
  for (const RawMention& m : raw) {
    if (!m.countries) continue;
    for (const Target& t : m.entry->countries)
      if (Usable(t, m.all_caps)) {
        country_at.emplace_back(m.begin, t.id);
        break;
      }
  }
  auto near = [&](size_t at, uint32_t country) {
    for (const auto& [pos, id] : country_at)
      if (id == country && (pos > at ? pos - at : at - pos) <= kNearBytes) return true;
    return false;
  };
  for (const RawMention& m : raw) {
    bool is_country = false;
    if (m.countries)
      for (const Target& t : m.entry->countries)
        if (Usable(t, m.all_caps)) {
          found.push_back({m.begin, false, t.id});
          is_country = true;
          break;
        }
    if (!m.cities) continue;
    const Target* best = nullptr;
    for (const Target& t : m.entry->cities) {  // most populous first
      const CityRec& c = cities[t.id];
      if (!Usable(t, m.all_caps) || (is_country && !c.supplement)) continue;
      if (near(m.begin, c.country)) {
        best = &t;
        break;
      }
      if (!best && Major(c)) best = &t;
    }
    if (best) found.push_back({m.begin, true, best->id});
  }
  return found;
}

Gazetteer::Gazetteer(std::unique_ptr<Data> data) : data_(std::move(data)) {}
Gazetteer::~Gazetteer() = default;

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(const GazetteerOptions& options) {
  std::string supplement_text = options.supplement_yaml;
  if (supplement_text.empty()) {
    for (const auto& [name, content] : analysis::EmbeddedDefinitions())
      if (name == kSupplementFile) supplement_text = std::string(content);
    if (supplement_text.empty()) return Status::Internal("the built-in index definitions have no places.yaml");
  }
  auto sup = ParseSupplement(supplement_text);
  if (!sup.ok()) return sup.status();
  auto iso = ReadIsoCountries(options.iso_3166_path);
  if (!iso.ok()) return iso.status();

  auto d = std::make_unique<Data>();
  // Countries: iso-codes' names and the supplement's.
  for (const IsoCountry& c : *iso) {
    auto s = sup->countries.find(c.alpha2);
    const SupplementCountry* extra = s == sup->countries.end() ? nullptr : &s->second;
    std::string display = extra && !extra->name.empty() ? extra->name : !c.common_name.empty() ? c.common_name : c.name;
    uint32_t id = d->CountryIndex(display);
    d->codes[c.alpha2] = id;
    if (!c.alpha3.empty()) d->codes[c.alpha3] = id;
    if (!extra || !extra->no_iso_names) {
      for (const std::string* n : {&std::as_const(display), &c.name, &c.common_name, &c.official_name})
        if (!n->empty() && n->find(',') == std::string::npos) d->AddCountryName(*n, id);
    }
    if (extra)
      for (const std::string& alias : extra->aliases) d->AddCountryName(alias, id);
  }
  for (const auto& [code, c] : sup->countries)
    if (!d->codes.count(code))
      return Status::InvalidArgument(std::string(kSupplementFile) + ": countries: '" + code + "' is not an ISO 3166-1 code");

  std::unordered_set<std::string> stop, common;
  for (const auto& [lang, list] : analysis::DefaultDefinitions().stopwords)
    for (const std::string& w : list) stop.insert(analysis::Fold(w));
  for (const std::string& w : sup->common_words) common.insert(NameKey(w));
  for (const std::string& w : sup->weak_names) d->weak_names.insert(NameKey(w));
  for (const std::string& w : sup->not_city_before) d->not_city_before.insert(NameKey(w));

  // The supplement's cities, and the names by which they replace geonames' cities.
  std::set<std::pair<uint32_t, std::string>> replaced;  // (country, key)
  for (const SupplementCity& c : sup->cities) {
    auto code = d->codes.find(c.country);
    if (code == d->codes.end() || c.country.size() != 2)
      return Status::InvalidArgument(std::string(kSupplementFile) + ": city '" + c.name + "': '" + c.country +
                                     "' is not an ISO 3166-1 alpha-2 code");
    uint32_t id = static_cast<uint32_t>(d->cities.size());
    d->cities.push_back({c.name, code->second, c.population, true, false});
    d->AddCityName(c.name, id);
    replaced.insert({code->second, NameKey(c.name)});
    for (const std::string& alias : c.aliases) {
      d->AddCityName(alias, id);
      if (!IsHanName(alias)) replaced.insert({code->second, NameKey(alias)});
    }
  }

  // geonames' cities.
  for (const GeoCity& g : ReadGeonames()) {
    auto code = d->codes.find(g.country_code);
    uint32_t country = code != d->codes.end() ? code->second : d->CountryIndex(g.country.empty() ? g.country_code : g.country);
    std::string key = NameKey(g.name);
    if (key.empty() || replaced.count({country, key})) continue;
    const bool one_word = key.find(' ') == std::string::npos;
    if (one_word && (CodePoints(key) <= 2 || stop.count(key))) continue;
    uint32_t id = static_cast<uint32_t>(d->cities.size());
    d->cities.push_back({g.name, country, g.population, false, common.count(key) > 0});
    d->AddCityName(g.name, id);
    // "Baguio City" is also "Baguio" (but "Mexico City" is not "Mexico").
    constexpr std::string_view kCity = " City";
    if (g.name.size() > kCity.size() && g.name.ends_with(kCity)) {
      std::string base = g.name.substr(0, g.name.size() - kCity.size());
      std::string base_key = NameKey(base);
      if (!d->IsCountryKey(base_key) && !common.count(base_key) && !replaced.count({country, base_key}))
        d->AddCityName(base, id);
    }
  }
  d->city_count = d->cities.size();
  d->Finish();
  return std::unique_ptr<Gazetteer>(new Gazetteer(std::move(d)));
}

std::vector<City> Gazetteer::FindCities(std::string_view text) const {
  std::vector<City> out;
  std::vector<uint32_t> seen;
  for (const Found& f : data_->Scan(text)) {
    if (!f.is_city || std::find(seen.begin(), seen.end(), f.id) != seen.end()) continue;
    seen.push_back(f.id);
    const CityRec& c = data_->cities[f.id];
    out.push_back({c.name, data_->country_names[c.country]});
  }
  return out;
}

std::vector<std::string> Gazetteer::FindCountries(std::string_view text) const {
  std::vector<std::string> out;
  for (const Found& f : data_->Scan(text)) {
    if (f.is_city) continue;
    const std::string& name = data_->country_names[f.id];
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  }
  return out;
}

std::optional<std::string> Gazetteer::LookupCountry(std::string_view name) const {
  auto code = data_->codes.find(Upper(name));
  if ((name.size() == 2 || name.size() == 3) && code != data_->codes.end() && IsAllCaps(name))
    return data_->country_names[code->second];
  const Entry* e = nullptr;
  if (IsHanName(name)) {
    auto it = data_->han.find(std::string(name));
    if (it != data_->han.end()) e = &it->second;
  } else {
    auto it = data_->words.find(NameKey(name));
    if (it != data_->words.end()) e = &it->second;
  }
  if (!e || e->countries.empty()) return std::nullopt;
  return data_->country_names[e->countries.front().id];
}

std::optional<City> Gazetteer::Lookup(std::string_view name) const {
  // "Santiago, Philippines", "San Fernando (Philippines)": that country's city.
  std::optional<uint32_t> country;
  std::string_view city = name;
  size_t open = name.rfind('(');
  size_t comma = name.rfind(',');
  size_t cut = open != std::string_view::npos ? open : comma;
  if (cut != std::string_view::npos && cut > 0) {
    std::string_view rest = name.substr(cut + 1);
    if (open != std::string_view::npos && rest.ends_with(')')) rest.remove_suffix(1);
    if (auto c = LookupCountry(rest)) {
      country = static_cast<uint32_t>(
          std::find(data_->country_names.begin(), data_->country_names.end(), *c) - data_->country_names.begin());
      city = name.substr(0, cut);
    }
  }
  const Entry* e = nullptr;
  std::string trimmed(city);
  while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\t')) trimmed.pop_back();
  while (!trimmed.empty() && (trimmed.front() == ' ' || trimmed.front() == '\t')) trimmed.erase(0, 1);
  if (IsHanName(trimmed)) {
    auto it = data_->han.find(trimmed);
    if (it != data_->han.end()) e = &it->second;
  } else {
    auto it = data_->words.find(NameKey(trimmed));
    if (it != data_->words.end()) e = &it->second;
  }
  if (!e) return std::nullopt;
  for (const Target& t : e->cities) {  // most populous first
    const CityRec& c = data_->cities[t.id];
    if (!country || c.country == *country) return City{c.name, data_->country_names[c.country]};
  }
  return std::nullopt;
}

size_t Gazetteer::city_count() const { return data_->city_count; }
size_t Gazetteer::country_count() const {
  std::set<uint32_t> used;
  for (const auto& [code, id] : data_->codes) used.insert(id);
  return used.size();
}

void AddPlaces(const Gazetteer& gazetteer, Document* doc) {
  const bool want_cities = doc->cities.empty();
  const bool want_countries = doc->countries.empty();
  if (!want_cities && !want_countries) return;
  const Gazetteer::Data& d = *gazetteer.data_;
  std::vector<City> cities;
  std::vector<std::string> countries;
  auto add_country = [&](const std::string& c) {
    if (!c.empty() && std::find(countries.begin(), countries.end(), c) == countries.end()) countries.push_back(c);
  };
  for (const City& c : doc->cities) add_country(c.country);
  std::vector<std::string_view> texts = {doc->title, doc->summary, doc->body};
  for (const Segment& s : doc->segments) texts.push_back(s.text);
  for (std::string_view text : texts) {
    if (text.empty()) continue;
    for (const Found& f : d.Scan(text)) {
      if (!f.is_city) {
        add_country(d.country_names[f.id]);
        continue;
      }
      const CityRec& c = d.cities[f.id];
      City city{c.name, d.country_names[c.country]};
      if (std::find(cities.begin(), cities.end(), city) == cities.end()) cities.push_back(std::move(city));
      add_country(d.country_names[c.country]);
    }
  }
  if (want_cities) doc->cities = std::move(cities);
  if (want_countries) doc->countries = std::move(countries);
}

}  // namespace silkdex
