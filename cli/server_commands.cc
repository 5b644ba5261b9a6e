#include "server_commands.h"

#include <csignal>
#include <iostream>

#include <yaml-cpp/yaml.h>

#include "auth.h"
#include "data_folder.h"
#include "server.h"
#include "silkdex/document.h"

namespace silkdex::cli {
namespace {

// `bind:` and `port:` of the config file, when there is one.
void ApplyConfig(api::ServerOptions* options) {
  std::string path = ConfigFile().string();
  if (path.empty()) return;
  try {
    YAML::Node root = YAML::LoadFile(path);
    if (root["bind"]) options->bind = root["bind"].as<std::string>();
    if (root["port"]) options->port = root["port"].as<uint16_t>();
    if (root["threads"]) options->threads = root["threads"].as<int>();
  } catch (const YAML::Exception&) {
    // ResolveDataFolder reports a broken config file.
  }
}

}  // namespace

int RunServe(const ServeCommand& cmd, std::ostream& out, std::ostream& err) {
  auto data = ResolveDataFolder(cmd.data);
  if (!data.ok()) return Fail(err, data.status());
  api::ServerOptions options;
  ApplyConfig(&options);
  if (!cmd.bind.empty()) options.bind = cmd.bind;
  if (cmd.port >= 0) options.port = static_cast<uint16_t>(cmd.port);
  if (cmd.threads > 0) options.threads = cmd.threads;

  // Block the stop signals in every thread (the server's inherit the mask) and
  // wait for them here, so that shutdown runs in an ordinary thread.
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop, nullptr);

  auto plugins = LoadPlugins(cmd.plugins);
  if (!plugins.ok()) return Fail(err, plugins.status());
  auto server = api::Server::Start(options, data->root, std::move(plugins).value());
  if (!server.ok()) return Fail(err, server.status());
  out << "listening on http://" << options.bind << ":" << (*server)->port() << " (data: " << data->root.string()
      << ")" << std::endl;
  int sig = 0;
  sigwait(&stop, &sig);
  err << "silkdex: " << (sig == SIGINT ? "SIGINT" : "SIGTERM") << ": finishing requests in flight and closing the index\n";
  (*server)->Stop();
  return 0;
}

int RunKeysCreate(const KeysCreateCommand& cmd, std::ostream& out, std::ostream& err) {
  auto role = api::ParseRole(cmd.role);
  if (!role.ok() || *role == api::Role::kPublic)
    return Fail(err, Status::InvalidArgument("--role must be staff, moderator or admin, got '" + cmd.role + "'"));
  for (const auto& c : cmd.clusters) {
    auto themes = ThemeIds();
    if (std::find(themes.begin(), themes.end(), c) == themes.end())
      return Fail(err, Status::InvalidArgument("--cluster '" + c + "' is not a cluster; the clusters are health, agriculture, ecommerce, tourism, drr, transport, green"));
  }
  auto data = ResolveDataFolder(cmd.data);
  if (!data.ok()) return Fail(err, data.status());
  std::error_code ec;
  std::filesystem::create_directories(data->root, ec);
  auto keys = api::KeyStore::Open(data->root / "keys.sqlite");
  if (!keys.ok()) return Fail(err, keys.status());
  auto key = (*keys)->Create(*role, cmd.clusters);
  if (!key.ok()) return Fail(err, key.status());
  out << key->key << "\n";
  err << "silkdex: made " << cmd.role << " key " << key->id << "; it is shown only this once, keep it safe\n";
  return 0;
}

}  // namespace silkdex::cli
