// The commands of the `silkdex` program, callable from main() and from tests.
// Each returns the process exit status; output goes to the given streams.
#pragma once

#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "plugin_commands.h"

namespace silkdex::cli {

struct IndexCommand {
  std::string folder;      // DIR
  std::string data;        // --index
  bool rebuild = false;    // --rebuild
  bool progress = false;   // progress line on stderr (set when stderr is a terminal)
  PluginFlags plugins;
};
// Prints each problem ("error: path:line: message") on `err` and the summary
// "indexed N, skipped N, failed N" on `out`. Exit 1 when anything failed.
int RunIndex(const IndexCommand& cmd, std::ostream& out, std::ostream& err);

struct SearchCommand {
  std::string query;
  std::string data;
  bool json = false;
  int limit = 10;
  int page = 1;
  std::string sort = "relevance";
  std::string from, to;
  std::map<std::string, std::vector<std::string>> filters;  // --theme, --type, ...
  bool all_statuses = false;                                // --all-statuses: drafts, in review...
  std::string theme_source = "given";                       // --theme-source given|suggested|both
  PluginFlags plugins;                                      // their vocabularies expand queries
};
int RunSearch(const SearchCommand& cmd, std::ostream& out, std::ostream& err);

struct ShowCommand {
  std::string id;
  std::string data;
};
int RunShow(const ShowCommand& cmd, std::ostream& out, std::ostream& err);

}  // namespace silkdex::cli
