#include "server_commands.h"

#include <csignal>
#include <iostream>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <yaml-cpp/yaml.h>

#include <sstream>

#include "auth.h"
#include "data_folder.h"
#include "server.h"
#include "silkdex/document.h"
#include "silkdex/store.h"

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
    if (root["searches_at_once"]) options->searches_at_once = root["searches_at_once"].as<int>();
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
  if (cmd.searches_at_once >= 0) options.searches_at_once = cmd.searches_at_once;

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
  auto data = ResolveDataFolder(cmd.data);
  if (!data.ok()) return Fail(err, data.status());
  std::error_code ec;
  std::filesystem::create_directories(data->root, ec);
  // Keys live in the catalog, beside the audit trail that records their making.
  auto catalog = Catalog::Open(Store::CatalogPath(data->root));
  if (!catalog.ok()) return Fail(err, catalog.status());
  auto clusters = (*catalog)->Clusters();
  if (!clusters.ok()) return Fail(err, clusters.status());
  std::string known;
  for (const auto& c : *clusters) known += (known.empty() ? "" : ", ") + c.id;
  for (const auto& c : cmd.clusters) {
    if (std::none_of(clusters->begin(), clusters->end(), [&](const Cluster& x) { return x.id == c; }))
      return Fail(err, Status::InvalidArgument("--cluster '" + c + "' is not a cluster; the clusters are " + known));
  }
  auto keys = api::KeyStore::Open(Store::CatalogPath(data->root));
  if (!keys.ok()) return Fail(err, keys.status());
  auto key = (*keys)->Create(*role, cmd.clusters);
  if (!key.ok()) return Fail(err, key.status());
  AuditEntry entry;
  entry.who = Actor::CommandLine();
  entry.action = "key_create";
  Poco::JSON::Object made(Poco::JSON_PRESERVE_KEY_ORDER), change(Poco::JSON_PRESERVE_KEY_ORDER), changes;
  Poco::JSON::Array scoped;
  for (const auto& c : cmd.clusters) scoped.add(c);
  made.set("id", key->id);
  made.set("role", cmd.role);
  made.set("clusters", scoped);
  change.set("before", Poco::Dynamic::Var());
  change.set("after", made);
  changes.set("key", change);
  std::ostringstream json;
  changes.stringify(json);
  entry.changes_json = json.str();
  if (Status s = (*catalog)->Transaction([&](Catalog::Batch& b) { return (*catalog)->Record(b, entry).status(); }); !s.ok())
    return Fail(err, s);
  out << key->key << "\n";
  err << "silkdex: made " << cmd.role << " key " << key->id << "; it is shown only this once, keep it safe\n";
  return 0;
}

}  // namespace silkdex::cli
