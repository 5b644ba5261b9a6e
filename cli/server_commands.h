// `silkdex serve` and `silkdex keys create`: the commands that run or
// administer the HTTP API.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "plugin_commands.h"

namespace silkdex::cli {

struct ServeCommand {
  std::string data;              // --index
  std::string bind;              // --bind (default: config `bind`, else 127.0.0.1)
  int port = -1;                 // --port (default: config `port`, else 8080; 0: any free port)
  int threads = 0;               // --threads (0: 16, or 4 per core)
  int searches_at_once = -1;     // --searches-at-once (-1: one per core; 0: no limit)
  PluginFlags plugins;
};
// Serves until SIGINT or SIGTERM, then finishes requests in flight, commits and
// closes the index. Prints "listening on http://HOST:PORT" once ready.
int RunServe(const ServeCommand& cmd, std::ostream& out, std::ostream& err);

struct KeysCreateCommand {
  std::string data;
  std::string role;
  std::vector<std::string> clusters;
};
// Prints the new key, once; only its hash is stored.
int RunKeysCreate(const KeysCreateCommand& cmd, std::ostream& out, std::ostream& err);

}  // namespace silkdex::cli
