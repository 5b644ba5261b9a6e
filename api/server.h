// The HTTP server (Poco::Net::HTTPServer): binds, routes every request
// through the route table, authenticates, enforces limits, answers errors as
// problem+json, logs and counts each request.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "context.h"
#include "silkdex/status.h"

namespace silkdex::api {

struct ServerOptions {
  std::string bind = "127.0.0.1";  // loopback unless told otherwise
  uint16_t port = 8080;            // 0: any free port (tests)
  int threads = 0;                 // worker threads; 0: 16, or 4 per core on bigger machines
  int max_queued = 64;             // connections waiting beyond this get 503
  int searches_at_once = -1;       // searches run at once (SetSearchesAtOnce); -1: one per core; 0: no limit
  double request_timeout_s = 30;   // to receive a request / send a reply
  // Keep-alive connections idle longer are closed. Poco gives a kept-alive
  // connection its worker thread until then, so this stays short.
  double idle_timeout_s = 2;
  Limits limits;
};

class Server {
 public:
  // Opens the index (PATH/index) and catalog with the keys (PATH/catalog.sqlite) of the data folder
  // and starts serving. kUnavailable when the port is taken or the index is
  // locked by another writer.
  // `plugins`: the thematic plugins (their findings on every write, their
  // vocabularies in query expansion); null: none.
  static Result<std::unique_ptr<Server>> Start(const ServerOptions& options, const std::filesystem::path& data,
                                               std::unique_ptr<PluginHost> plugins = nullptr);
  ~Server();  // Stop()

  uint16_t port() const;
  // Stops accepting, lets requests in flight finish, commits and closes the index.
  void Stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace silkdex::api
