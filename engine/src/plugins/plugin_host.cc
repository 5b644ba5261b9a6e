#include "silkdex/plugins.h"

#include <dlfcn.h>
#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>

#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>
#include <spdlog/spdlog.h>

#include "silkdex/plugin.h"

namespace silkdex {
namespace fs = std::filesystem;

namespace {

// World- or group-writable files could be swapped for other code.
std::string WritableByOthers(const fs::path& p) {
  struct stat st {};
  if (stat(p.c_str(), &st) != 0) return {};
  if (st.st_mode & (S_IWOTH | S_IWGRP)) return p.string() + " is writable by others: a plugin must be writable by its owner only";
  return {};
}

// What the plugins report for one document, gathered by the sink callbacks.
struct Collected {
  std::string plugin, version;
  std::vector<SuggestedTheme> themes;
  std::map<std::string, std::vector<std::string>> entities;
  std::vector<Quantity> quantities;
};

void OnTheme(void* host, const char* theme, double confidence, const char* evidence) {
  auto* c = static_cast<Collected*>(host);
  SuggestedTheme t{theme ? theme : "", confidence, {}, c->plugin, c->version};
  std::string e = evidence ? evidence : "";
  for (size_t pos = 0; pos <= e.size();) {
    size_t nl = e.find('\n', pos);
    if (nl == std::string::npos) nl = e.size();
    if (nl > pos) t.evidence.push_back(e.substr(pos, nl - pos));
    pos = nl + 1;
  }
  c->themes.push_back(std::move(t));
}

void OnEntity(void* host, const char* facet, const char* value) {
  auto* c = static_cast<Collected*>(host);
  if (!facet || !value || !*facet || !*value) return;
  auto& values = c->entities[facet];
  if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
}

void OnQuantity(void* host, double value, const char* unit, const char* counts, const char* text) {
  auto* c = static_cast<Collected*>(host);
  c->quantities.push_back({value, unit ? unit : "", counts ? counts : "", text ? text : "", c->plugin});
}

// A vocabulary as it is collected: preferred term (lower case) -> its variants
// with their languages, and the preferred term's own language.
struct Vocabularies {
  std::map<std::string, std::vector<SynonymTerm>> variants;
  std::map<std::string, std::string> preferred_language;
};

void OnTerm(void* host, const char* preferred, const char* variant, const char* language) {
  auto* v = static_cast<Vocabularies*>(host);
  if (!preferred || !variant) return;
  auto lower = [](std::string s) {
    for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
  };
  std::string head = lower(preferred), text = lower(variant), lang = language ? language : "";
  auto& group = v->variants[head];
  // The preferred term is English unless the plugin gives it as its own variant
  // in another language.
  if (text == head) {
    v->preferred_language[head] = lang;
    return;
  }
  bool seen = std::any_of(group.begin(), group.end(), [&](const SynonymTerm& t) { return t.text == text; });
  if (!seen) group.emplace_back(text, lang);
}

silkdex_text Text(const std::string& s) { return {s.data(), s.size()}; }

}  // namespace

struct PluginHost::Impl {
  struct Loaded {
    boost::dll::shared_library library;  // declared first: destroyed last, after everything from it
    const silkdex_plugin* plugin = nullptr;
    std::unique_ptr<std::atomic<uint64_t>> failures = std::make_unique<std::atomic<uint64_t>>(0);
  };
  std::vector<PluginInfo> infos;
  std::vector<Loaded> loaded;  // in infos order among the loaded ones
  std::vector<size_t> info_of_loaded;

  std::string Refuse(const fs::path& file, const PluginOptions& options, Loaded* out, PluginInfo* info);
};

std::string PluginHost::Impl::Refuse(const fs::path& file, const PluginOptions& options, Loaded* out, PluginInfo* info) {
  if (auto w = WritableByOthers(file); !w.empty()) return w;
  boost::system::error_code ec;
  out->library.load(boost::dll::fs::path(file.string()), boost::dll::load_mode::rtld_local | boost::dll::load_mode::rtld_now, ec);
  if (ec) {
    // Boost's error code says little ("Bad file descriptor"); the dynamic loader says why.
    void* handle = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
    const char* why = dlerror();
    if (handle) dlclose(handle);
    return "not a loadable library: " + std::string(why ? why : ec.message().c_str());
  }
  if (!out->library.has(SILKDEX_PLUGIN_ENTRY))
    return std::string("not a silkdex plugin: it does not export ") + SILKDEX_PLUGIN_ENTRY;
  auto entry = out->library.get<const silkdex_plugin*()>(SILKDEX_PLUGIN_ENTRY);
  const silkdex_plugin* p = entry();
  if (!p) return std::string(SILKDEX_PLUGIN_ENTRY) + " returned no plugin";
  // The API version first: nothing else of the struct can be trusted before it.
  if (p->api_version != kPluginApiVersion)
    return "plugin API version mismatch: got " + std::to_string(p->api_version) + ", supported " + std::to_string(kPluginApiVersion);
  if (p->struct_size < sizeof(silkdex_plugin)) return "plugin description too small: " + std::to_string(p->struct_size) + " bytes";
  if (!p->name || !*p->name || !p->version || !p->theme || !p->extract) return "plugin description incomplete";
  info->name = p->name;
  info->version = p->version;
  info->theme = p->theme;
  info->capabilities = p->capabilities;
  for (const auto& other : infos)
    if (other.loaded && other.name == info->name)
      return "duplicate plugin name '" + info->name + "': already loaded from " + other.file.string();
  if (std::find(options.disabled.begin(), options.disabled.end(), info->name) != options.disabled.end()) return "disabled";
  out->plugin = p;
  return {};
}

PluginHost::PluginHost(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PluginHost::~PluginHost() = default;

std::unique_ptr<PluginHost> PluginHost::Empty() { return std::unique_ptr<PluginHost>(new PluginHost(std::make_unique<Impl>())); }

fs::path DefaultPluginDirectory() {
  boost::system::error_code ec;
  fs::path exe_dir = fs::path(boost::dll::program_location(ec).string()).parent_path();
  fs::path installed = exe_dir / ".." / "lib" / "silkdex" / "plugins";
  std::error_code fec;
  if (fs::is_directory(installed, fec)) return installed.lexically_normal();
  return (exe_dir / ".." / "plugins").lexically_normal();
}

Result<std::unique_ptr<PluginHost>> PluginHost::Load(const PluginOptions& options) {
  fs::path dir = options.directory.empty() ? DefaultPluginDirectory() : options.directory;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound("plugin folder " + dir.string() + " does not exist");
  auto impl = std::make_unique<Impl>();
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".so") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::string dir_problem = WritableByOthers(dir);
  for (const auto& file : files) {
    PluginInfo info;
    info.file = file;
    Impl::Loaded loaded;
    info.reason = dir_problem.empty() ? impl->Refuse(file, options, &loaded, &info) : "plugin folder " + dir_problem;
    info.loaded = info.reason.empty();
    if (info.loaded) {
      impl->info_of_loaded.push_back(impl->infos.size());
      impl->loaded.push_back(std::move(loaded));
    } else if (info.reason != "disabled") {
      spdlog::warn("plugin {} refused: {}", file.string(), info.reason);
    }
    impl->infos.push_back(std::move(info));
  }
  return std::unique_ptr<PluginHost>(new PluginHost(std::move(impl)));
}

std::vector<PluginInfo> PluginHost::plugins() const {
  std::vector<PluginInfo> out = impl_->infos;
  for (size_t i = 0; i < impl_->loaded.size(); ++i) out[impl_->info_of_loaded[i]].failures = impl_->loaded[i].failures->load();
  return out;
}

void PluginHost::Extract(Document* doc) {
  doc->suggested_themes.clear();
  doc->extracted.clear();
  doc->quantities.clear();
  std::string body = doc->body;
  for (const auto& seg : doc->segments) body += "\n" + seg.text;
  silkdex_document view{sizeof(silkdex_document), Text(doc->id), Text(doc->language), Text(doc->title),
                        Text(doc->summary), Text(body)};
  for (auto& l : impl_->loaded) {
    Collected c;
    c.plugin = l.plugin->name;
    c.version = l.plugin->version;
    silkdex_sink sink{sizeof(silkdex_sink), &c, OnTheme, OnEntity, OnQuantity};
    char error[512] = "";
    int rc = l.plugin->extract(&view, &sink, error, sizeof error);
    std::string problem;
    if (rc != 0) problem = error[0] ? error : "failed without a reason";
    auto themes = ThemeIds();
    for (const auto& t : c.themes) {
      if (std::find(themes.begin(), themes.end(), t.theme) == themes.end()) problem = "suggested an unknown theme '" + t.theme + "'";
      else if (!(t.confidence >= 0 && t.confidence <= 1)) problem = "suggested a confidence outside [0, 1]";
    }
    if (!problem.empty()) {
      ++*l.failures;
      spdlog::warn("plugin {} failed on document {}: {}", c.plugin, doc->id, problem);
      continue;
    }
    for (auto& t : c.themes) {
      bool rejected = std::find(doc->rejected_themes.begin(), doc->rejected_themes.end(), t.theme) != doc->rejected_themes.end();
      if (!rejected) doc->suggested_themes.push_back(std::move(t));
    }
    for (auto& [facet, values] : c.entities) {
      auto& all = doc->extracted[facet];
      for (auto& v : values)
        if (std::find(all.begin(), all.end(), v) == all.end()) all.push_back(std::move(v));
    }
    // Several plugins read the same figure ("22 countries"): keep it once.
    for (auto& q : c.quantities) {
      bool seen = std::any_of(doc->quantities.begin(), doc->quantities.end(), [&](const Quantity& o) {
        return o.value == q.value && o.unit == q.unit && o.counts == q.counts;
      });
      if (!seen) doc->quantities.push_back(std::move(q));
    }
  }
}

std::vector<SynonymGroup> PluginHost::VocabularyGroups() {
  Vocabularies vocabularies;
  for (auto& l : impl_->loaded) {
    if (!l.plugin->vocabulary || !(l.plugin->capabilities & SILKDEX_CAP_VOCABULARY)) continue;
    silkdex_vocabulary_sink sink{sizeof(silkdex_vocabulary_sink), &vocabularies, OnTerm};
    char error[512] = "";
    if (l.plugin->vocabulary(&sink, error, sizeof error) != 0) {
      ++*l.failures;
      spdlog::warn("plugin {} failed to give its vocabulary: {}", l.plugin->name, error);
    }
  }
  std::vector<SynonymGroup> out;
  for (auto& [preferred, variants] : vocabularies.variants) {
    if (variants.empty()) continue;
    auto lang = vocabularies.preferred_language.find(preferred);
    SynonymGroup group{SynonymTerm(preferred, lang == vocabularies.preferred_language.end() ? "en" : lang->second)};
    group.insert(group.end(), variants.begin(), variants.end());
    out.push_back(std::move(group));
  }
  return out;
}

uint64_t PluginHost::failures() const {
  uint64_t n = 0;
  for (const auto& l : impl_->loaded) n += l.failures->load();
  return n;
}

}  // namespace silkdex
