#include "plugin_commands.h"

#include <iostream>

#include <CLI/CLI.hpp>

#include "data_folder.h"
#include "silkdex/index.h"
#include "silkdex/places.h"
#include "silkdex/store.h"

namespace silkdex::cli {

void AddPluginFlags(CLI::App* command, PluginFlags* flags) {
  command->add_option("--plugins", flags->directory, "Folder of plugin modules (default: beside the program)");
  command->add_flag("--no-plugins", flags->none, "Run without thematic plugins");
  command->add_option("--disable-plugin", flags->disabled, "Leave this plugin unloaded (repeat for several)");
}

Result<std::unique_ptr<PluginHost>> LoadPlugins(const PluginFlags& flags) {
  if (flags.none) return PluginHost::Empty();
  PluginOptions options;
  options.directory = flags.directory;
  options.disabled = flags.disabled;
  auto host = PluginHost::Load(options);
  if (!host.ok() && flags.directory.empty() && host.status().code() == StatusCode::kNotFound) return PluginHost::Empty();
  return host;
}

int RunPlugins(const PluginsCommand& cmd, std::ostream& out, std::ostream& err) {
  auto host = LoadPlugins(cmd.plugins);
  if (!host.ok()) {
    err << "silkdex: " << host.status().message() << "\n";
    return 1;
  }
  auto plugins = (*host)->plugins();
  if (plugins.empty()) out << "no plugins in " << (cmd.plugins.directory.empty() ? DefaultPluginDirectory().string() : cmd.plugins.directory) << "\n";
  for (const auto& p : plugins) {
    out << (p.name.empty() ? "?" : p.name) << "\t" << (p.version.empty() ? "?" : p.version) << "\t"
        << (p.theme.empty() ? "?" : p.theme) << "\t" << (p.loaded ? "loaded" : "refused: " + p.reason) << "\t"
        << p.file.string() << "\n";
  }
  return 0;
}

int RunReindex(const ReindexCommand& cmd, std::ostream& out, std::ostream& err) {
  auto fail = [&](const Status& s) { return Fail(err, s); };
  auto data = ResolveDataFolder(cmd.data);
  if (!data.ok()) return fail(data.status());
  auto host = LoadPlugins(cmd.plugins);
  if (!host.ok()) return fail(host.status());
  auto places = Gazetteer::Load();
  if (!places.ok()) return fail(places.status());
  if (!std::filesystem::exists(Store::CatalogPath(data->root)) && !std::filesystem::exists(Store::IndexPath(data->root)))
    return fail(Status::NotFound("no data in " + data->root.string() + "; index documents first with `silkdex index DIR`"));
  auto store = Store::Open(data->root);
  if (!store.ok()) return fail(store.status());
  // A fresh index from the catalog alone, every document through the places
  // and the plugins again (their changed findings are recorded).
  auto done = (*store)->Rebuild([&](Document* doc) {
    AddPlaces(**places, doc);
    (*host)->Extract(doc);
  });
  if (!done.ok()) return fail(done.status());
  out << "reindexed " << *done << ", plugin failures " << (*host)->failures() << "\n";
  return 0;
}

}  // namespace silkdex::cli
