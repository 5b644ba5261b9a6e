// bench_theme_quality: how well the seven thematic plugins suggest themes, and
// what they cost.
//
//   bench_theme_quality [--plugins DIR] [--devset FILE] [--heldout FILE]
//                       [--corpus DIR] [--threshold 0.5] [--rounds 20] [--errors]
//                       [--show ID]
//
// Loads every plugin module in DIR (Boost.DLL, as the host does), runs them on
// the labelled passages of the development set and of the held-out set (JSON
// lines: {"id", "language", "text", "themes": [...]}) and prints precision,
// recall and F1 per theme and micro-averaged (a theme counts as suggested when
// its confidence >= threshold); then, for the demo corpus, agreement with the
// staff-given themes; then the extraction cost: milliseconds per document for
// all plugins together, over the demo corpus texts and the passages. --errors
// lists every passage whose suggested themes differ from its true ones; --show
// prints everything the plugins report for the text with that id ("all": every text).
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <boost/dll/shared_library.hpp>
#include <boost/filesystem.hpp>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "silkdex/plugin.h"

namespace {

namespace fs = boost::filesystem;

const std::vector<std::string> kThemes = {"health", "agriculture", "ecommerce", "tourism", "drr", "transport", "green"};

struct Doc {
  std::string id, language, title, summary, body;
  std::set<std::string> themes;  // true (or staff-given) themes
};

struct Suggestion {
  std::string theme;
  double confidence;
  std::string evidence;
};

struct Collected {
  std::vector<Suggestion> themes;
  size_t entities = 0, quantities = 0;
  bool keep = false;  // keep the entities and quantities as text (--show)
  std::vector<std::string> details;
};

void OnTheme(void* host, const char* theme, double confidence, const char* evidence) {
  static_cast<Collected*>(host)->themes.push_back({theme, confidence, evidence});
}
void OnEntity(void* host, const char* facet, const char* value) {
  auto* c = static_cast<Collected*>(host);
  ++c->entities;
  if (c->keep) c->details.push_back(std::string("entity ") + facet + " = " + value);
}
void OnQuantity(void* host, double value, const char* unit, const char* counts, const char* text) {
  auto* c = static_cast<Collected*>(host);
  ++c->quantities;
  if (c->keep) {
    char v[64];
    std::snprintf(v, sizeof v, "%.10g", value);
    c->details.push_back(std::string("quantity ") + v + " [" + unit + "] counts \"" + counts + "\" from \"" + text +
                         "\"");
  }
}

struct Plugin {
  boost::dll::shared_library library;
  const silkdex_plugin* plugin = nullptr;
};

std::vector<std::unique_ptr<Plugin>> LoadPlugins(const fs::path& dir) {
  std::vector<std::unique_ptr<Plugin>> out;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".so" || e.path().extension() == ".dylib") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    auto p = std::make_unique<Plugin>();
    try {
      p->library.load(f);
    } catch (const std::exception& e) {
      std::cerr << "skipped " << f.string() << ": " << e.what() << "\n";
      continue;
    }
    if (!p->library.has(SILKDEX_PLUGIN_ENTRY)) continue;
    p->plugin = p->library.get<const silkdex_plugin*()>(SILKDEX_PLUGIN_ENTRY)();
    if (!p->plugin || p->plugin->api_version != SILKDEX_PLUGIN_API_VERSION) {
      std::cerr << "skipped " << f.string() << ": API version\n";
      continue;
    }
    if (std::find(kThemes.begin(), kThemes.end(), p->plugin->name) == kThemes.end()) continue;
    out.push_back(std::move(p));
  }
  return out;
}

Collected Run(const std::vector<std::unique_ptr<Plugin>>& plugins, const Doc& d, bool keep = false) {
  Collected c;
  c.keep = keep;
  silkdex_document doc{
      sizeof(silkdex_document),         {d.id.data(), d.id.size()},           {d.language.data(), d.language.size()},
      {d.title.data(), d.title.size()}, {d.summary.data(), d.summary.size()}, {d.body.data(), d.body.size()}};
  silkdex_sink sink{sizeof(silkdex_sink), &c, OnTheme, OnEntity, OnQuantity};
  char error[256];
  for (const auto& p : plugins) {
    if (p->plugin->extract(&doc, &sink, error, sizeof error) != 0)
      std::cerr << p->plugin->name << " failed on " << d.id << ": " << error << "\n";
  }
  return c;
}

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p.string(), std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::set<std::string> ThemesOf(const Poco::JSON::Object::Ptr& o) {
  std::set<std::string> out;
  if (!o->has("themes")) return out;
  auto a = o->getArray("themes");
  if (!a) return out;
  for (size_t i = 0; i < a->size(); ++i) out.insert(a->getElement<std::string>(static_cast<unsigned>(i)));
  return out;
}

Doc FromObject(const Poco::JSON::Object::Ptr& o) {
  Doc d;
  d.id = o->optValue<std::string>("id", "");
  d.language = o->optValue<std::string>("language", "");
  d.title = o->optValue<std::string>("title", "");
  d.summary = o->optValue<std::string>("summary", "");
  d.body = o->has("text") ? o->optValue<std::string>("text", "") : o->optValue<std::string>("body", "");
  d.themes = ThemesOf(o);
  return d;
}

std::vector<Doc> ReadJsonLines(const fs::path& p) {
  std::vector<Doc> out;
  std::ifstream in(p.string());
  std::string line;
  Poco::JSON::Parser parser;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    out.push_back(FromObject(parser.parse(line).extract<Poco::JSON::Object::Ptr>()));
    parser.reset();
  }
  return out;
}

// Markdown front matter: title, language, summary and themes (inline or block list).
Doc FromMarkdown(const std::string& text) {
  Doc d;
  d.body = text;
  if (text.rfind("---", 0) != 0) return d;
  size_t end = text.find("\n---", 3);
  if (end == std::string::npos) return d;
  std::istringstream fm(text.substr(4, end - 4));
  d.body = text.substr(text.find('\n', end + 1) + 1);
  std::string line;
  bool in_themes = false;
  auto unquote = [](std::string v) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '"' || v.front() == '\'')) v.erase(v.begin());
    while (!v.empty() && (v.back() == ' ' || v.back() == '"' || v.back() == '\'' || v.back() == '\r')) v.pop_back();
    return v;
  };
  while (std::getline(fm, line)) {
    if (in_themes && line.rfind("  - ", 0) == 0) {
      d.themes.insert(unquote(line.substr(4)));
      continue;
    }
    in_themes = false;
    size_t colon = line.find(':');
    if (colon == std::string::npos || line[0] == ' ') continue;
    std::string key = line.substr(0, colon), value = unquote(line.substr(colon + 1));
    if (key == "title") d.title = value;
    if (key == "language") d.language = value;
    if (key == "summary") d.summary = value;
    if (key == "themes") {
      if (value.empty()) {
        in_themes = true;
      } else if (value.front() == '[') {
        std::string items = value.substr(1, value.find(']') - 1), item;
        std::istringstream is(items);
        while (std::getline(is, item, ',')) d.themes.insert(unquote(item));
      }
    }
  }
  return d;
}

std::string StripTags(const std::string& html) {
  std::string out;
  bool tag = false;
  size_t script = html.find("<script");
  for (size_t i = 0; i < html.size(); ++i) {
    if (i == script) {
      size_t e = html.find("</script>", i);
      if (e == std::string::npos) break;
      i = e + 8;
      script = html.find("<script", i);
      continue;
    }
    char c = html[i];
    if (c == '<')
      tag = true;
    else if (c == '>') {
      tag = false;
      out += ' ';
    } else if (!tag)
      out += c;
  }
  return out;
}

std::string StripCues(const std::string& text) {  // WebVTT / SRT: drop numbers, timings, headers
  std::istringstream in(text);
  std::string line, out;
  while (std::getline(in, line)) {
    if (line.find("-->") != std::string::npos || line.rfind("WEBVTT", 0) == 0 || line.rfind("NOTE", 0) == 0) continue;
    if (!line.empty() && line.find_first_not_of("0123456789\r") == std::string::npos) continue;
    out += line + "\n";
  }
  return out;
}

std::vector<Doc> ReadCorpus(const fs::path& dir) {
  std::vector<Doc> out;
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(dir), end; it != end; ++it) {
    if (fs::is_regular_file(it->path())) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  Poco::JSON::Parser parser;
  for (const auto& f : files) {
    std::string ext = f.extension().string(), name = f.filename().string();
    if (name.size() > 10 && name.substr(name.size() - 10) == ".meta.json") continue;
    std::string text = ReadFile(f);
    auto with_sidecar = [&](Doc d) {
      fs::path meta = f.parent_path() / (f.stem().string() + ".meta.json");
      if (fs::exists(meta)) {
        Doc m = FromObject(parser.parse(ReadFile(meta)).extract<Poco::JSON::Object::Ptr>());
        parser.reset();
        if (!m.title.empty()) d.title = m.title;
        d.summary = m.summary;
        d.language = m.language;
        d.themes = m.themes;
        d.id = m.id;
      }
      if (d.id.empty()) d.id = f.stem().string();
      return d;
    };
    try {
      if (ext == ".md") {
        Doc d = FromMarkdown(text);
        d.id = f.stem().string();
        out.push_back(d);
      } else if (ext == ".json") {
        auto v = parser.parse(text);
        parser.reset();
        if (v.type() == typeid(Poco::JSON::Array::Ptr)) {
          auto a = v.extract<Poco::JSON::Array::Ptr>();
          for (size_t i = 0; i < a->size(); ++i) out.push_back(FromObject(a->getObject(static_cast<unsigned>(i))));
        } else {
          out.push_back(FromObject(v.extract<Poco::JSON::Object::Ptr>()));
        }
      } else if (ext == ".ndjson" || ext == ".jsonl") {
        for (auto& d : ReadJsonLines(f)) out.push_back(d);
      } else if (ext == ".txt") {
        Doc d;
        d.body = text;
        out.push_back(with_sidecar(d));
      } else if (ext == ".html" || ext == ".htm") {
        Doc d;
        d.body = StripTags(text);
        out.push_back(with_sidecar(d));
      } else if (ext == ".vtt" || ext == ".srt") {
        Doc d;
        d.body = StripCues(text);
        out.push_back(with_sidecar(d));
      }
    } catch (const std::exception& e) {
      std::cerr << "skipped " << f.string() << ": " << e.what() << "\n";
    }
  }
  return out;
}

struct Counts {
  size_t tp = 0, fp = 0, fn = 0, support = 0;
};

std::string Fmt(double v) {
  char b[16];
  std::snprintf(b, sizeof b, "%.2f", v);
  return b;
}

void Score(const std::string& label, const std::vector<std::unique_ptr<Plugin>>& plugins, const std::vector<Doc>& docs,
           double threshold, bool errors) {
  std::map<std::string, Counts> per;
  size_t exact = 0;
  for (const auto& d : docs) {
    Collected c = Run(plugins, d);
    std::set<std::string> predicted;
    for (const auto& s : c.themes) {
      if (s.confidence >= threshold) predicted.insert(s.theme);
    }
    if (predicted == d.themes) ++exact;
    for (const auto& t : kThemes) {
      bool p = predicted.count(t) > 0, g = d.themes.count(t) > 0;
      if (g) ++per[t].support;
      if (p && g) ++per[t].tp;
      if (p && !g) ++per[t].fp;
      if (!p && g) ++per[t].fn;
    }
    if (errors && predicted != d.themes) {
      std::cout << "  [" << d.id << "] true {";
      for (const auto& t : d.themes) std::cout << " " << t;
      std::cout << " } suggested {";
      for (const auto& s : c.themes) std::cout << " " << s.theme << "=" << Fmt(s.confidence);
      std::string shown = d.title.empty() ? d.body.substr(0, 160) : d.title;
      std::replace(shown.begin(), shown.end(), '\n', ' ');
      std::cout << " }\n      " << shown << "\n";
    }
  }
  std::cout << "\n### " << label << " (" << docs.size() << " texts, threshold " << threshold << ")\n\n";
  std::cout << "| theme | support | precision | recall | F1 |\n|---|---:|---:|---:|---:|\n";
  Counts all;
  double macro = 0;
  for (const auto& t : kThemes) {
    const Counts& c = per[t];
    double p = c.tp + c.fp ? double(c.tp) / double(c.tp + c.fp) : 0,
           r = c.tp + c.fn ? double(c.tp) / double(c.tp + c.fn) : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    macro += f;
    all.tp += c.tp;
    all.fp += c.fp;
    all.fn += c.fn;
    all.support += c.support;
    std::cout << "| " << t << " | " << c.support << " | " << Fmt(p) << " | " << Fmt(r) << " | " << Fmt(f) << " |\n";
  }
  double p = all.tp + all.fp ? double(all.tp) / double(all.tp + all.fp) : 0,
         r = all.tp + all.fn ? double(all.tp) / double(all.tp + all.fn) : 0;
  double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
  std::cout << "| **micro-average** | " << all.support << " | **" << Fmt(p) << "** | **" << Fmt(r) << "** | **"
            << Fmt(f) << "** |\n";
  std::cout << "| macro-average F1 | | | | " << Fmt(macro / double(kThemes.size())) << " |\n";
  std::cout << "\nTexts whose suggested themes are exactly the true ones: " << exact << " of " << docs.size() << "\n";
}

void Cost(const std::vector<std::unique_ptr<Plugin>>& plugins, const std::string& label, const std::vector<Doc>& docs,
          int rounds) {
  if (docs.empty()) return;
  size_t bytes = 0;
  for (const auto& d : docs) bytes += d.title.size() + d.summary.size() + d.body.size();
  for (const auto& d : docs) Run(plugins, d);  // warm up (the plugins build their data on first use)
  // CPU time of this (single-threaded) process, so that other work on the
  // machine does not count; the median round.
  std::vector<double> per_round;
  size_t findings = 0;
  for (int r = 0; r < rounds; ++r) {
    std::clock_t start = std::clock();
    for (const auto& d : docs) {
      Collected c = Run(plugins, d);
      findings += c.themes.size() + c.entities + c.quantities;
    }
    per_round.push_back(1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC);
  }
  std::sort(per_round.begin(), per_round.end());
  double median = per_round[per_round.size() / 2] / double(docs.size());
  double mean_bytes = double(bytes) / double(docs.size());
  char line[256];
  std::snprintf(line, sizeof line, "| %s | %zu | %.0f | %.3f | %.3f | %zu |\n", label.c_str(), docs.size(), mean_bytes,
                median, median / (mean_bytes / 2048.0), findings / static_cast<size_t>(rounds) / docs.size());
  std::cout << line;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path plugins_dir = SILKDEX_BENCH_PLUGIN_DIR;
  fs::path source = SILKDEX_SOURCE_DIR;
  fs::path devset = source / "examples/plugin-devset.jsonl", heldout = source / "examples/plugin-heldout.jsonl";
  fs::path corpus = source / "examples/corpus";
  double threshold = 0.5;
  int rounds = 20;
  bool errors = false;
  std::string show;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << a << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--plugins")
      plugins_dir = next();
    else if (a == "--devset")
      devset = next();
    else if (a == "--heldout")
      heldout = next();
    else if (a == "--corpus")
      corpus = next();
    else if (a == "--threshold")
      threshold = std::stod(next());
    else if (a == "--rounds")
      rounds = std::max(1, std::stoi(next()));
    else if (a == "--errors")
      errors = true;
    else if (a == "--show")
      show = next();
    else {
      std::cerr << "usage: bench_theme_quality [--plugins DIR] [--devset FILE] [--heldout FILE] [--corpus DIR] "
                   "[--threshold 0.5] [--rounds 20] [--errors] [--show ID]\n";
      return 2;
    }
  }
  auto plugins = LoadPlugins(plugins_dir);
  std::cout << "## Thematic plugins: theme suggestion quality and cost\n\nPlugins loaded from the build ("
            << plugins.size() << "):";
  for (const auto& p : plugins) std::cout << " " << p->plugin->name << " " << p->plugin->version << ";";
  std::cout << "\n";
  if (plugins.empty()) {
    std::cerr << "no plugins in " << plugins_dir.string() << "\n";
    return 1;
  }
  std::vector<Doc> dev = ReadJsonLines(devset), held = ReadJsonLines(heldout), docs = ReadCorpus(corpus);
  if (!show.empty()) {
    for (const auto* set : {&dev, &held, &docs}) {
      for (const auto& d : *set) {
        if (d.id != show && show != "all") continue;
        Collected c = Run(plugins, d, true);
        std::cout << "\n" << d.id << " (" << d.language << "): " << d.title << "\n";
        for (const auto& t : c.themes) {
          std::string ev = t.evidence;
          std::replace(ev.begin(), ev.end(), '\n', '|');
          std::cout << "  theme " << t.theme << " " << Fmt(t.confidence) << " evidence: " << ev << "\n";
        }
        for (const auto& x : c.details) std::cout << "  " << x << "\n";
      }
    }
    return 0;
  }
  Score("Development set (the cue lists were tuned on it)", plugins, dev, threshold, errors);
  Score("Held-out set (never tuned on)", plugins, held, threshold, errors);
  std::vector<Doc> labelled;
  for (const auto& d : docs) {
    if (!d.themes.empty() && !d.body.empty()) labelled.push_back(d);
  }
  Score("Demo corpus, against the staff-given themes", plugins, labelled, threshold, errors);

  std::cout << "\n### Extraction cost, all " << plugins.size() << " plugins together (CPU time, median of " << rounds
            << " rounds, one thread)\n\n";
  std::cout << "| texts | count | mean bytes | ms per text | ms per 2 KB | findings per text |\n"
            << "|---|---:|---:|---:|---:|---:|\n";
  std::vector<Doc> corpus_texts;
  for (const auto& d : docs) {
    if (!d.body.empty()) corpus_texts.push_back(d);
  }
  Cost(plugins, "demo corpus documents", corpus_texts, rounds);
  std::vector<Doc> passages = dev;
  passages.insert(passages.end(), held.begin(), held.end());
  Cost(plugins, "dev + held-out passages", passages, rounds);
  return 0;
}
