// silkdex: the command line (shared/contract/api.md, "Command line").
#include <unistd.h>

#include <iostream>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"silkdex: search the knowledge products of the Silk Road Cities project"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "silkdex 0.1.0");
  spdlog::set_pattern("silkdex: %l: %v");

  silkdex::cli::IndexCommand index;
  auto* index_cmd = app.add_subcommand("index", "Index every supported file under DIR (recursively)");
  index_cmd->add_option("DIR", index.folder, "Folder of knowledge products")->required();
  index_cmd->add_option("--index", index.data, "Data folder (default: config file's `data`, else ./data)");
  index_cmd->add_flag("--rebuild", index.rebuild, "Start from an empty index (after the definitions changed)");

  silkdex::cli::SearchCommand search;
  auto* search_cmd = app.add_subcommand("search", "Search the index");
  search_cmd->add_option("QUERY", search.query, "Query: words, \"phrases\", AND/OR/NOT, -word, field:value, year:2019..2021");
  search_cmd->add_option("--index", search.data, "Data folder");
  search_cmd->add_flag("--json", search.json, "Print the API's search response JSON");
  search_cmd->add_option("--limit", search.limit, "Results per page (1-100)")->default_val(10);
  search_cmd->add_option("--page", search.page, "Page (1-based)")->default_val(1);
  search_cmd->add_option("--sort", search.sort, "relevance, date, -date or views")->default_val("relevance");
  search_cmd->add_option("--from", search.from, "Earliest date, YYYY[-MM[-DD]]");
  search_cmd->add_option("--to", search.to, "Latest date, YYYY[-MM[-DD]]");
  for (const char* f : {"theme", "type", "city", "country", "partner", "tag", "lang", "sdg"})
    search_cmd->add_option(std::string("--") + f, search.filters[f], std::string("Only this ") + f + " (repeat to OR)");
  search_cmd->add_flag("--all-statuses", search.all_statuses, "Include drafts, documents in review, rejected and archived");

  silkdex::cli::ShowCommand show;
  auto* show_cmd = app.add_subcommand("show", "Print a stored document as JSON");
  show_cmd->add_option("ID", show.id, "Document id")->required();
  show_cmd->add_option("--index", show.data, "Data folder");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if (*index_cmd) {
    index.progress = isatty(STDERR_FILENO);
    return silkdex::cli::RunIndex(index, std::cout, std::cerr);
  }
  if (*search_cmd) return silkdex::cli::RunSearch(search, std::cout, std::cerr);
  if (*show_cmd) return silkdex::cli::RunShow(show, std::cout, std::cerr);
  return 0;
}
