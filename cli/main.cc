// silkdex: the command line (shared/contract/api.md, "Command line").
#include <unistd.h>

#include <iostream>

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "commands.h"
#include "curate_command.h"
#include "data_commands.h"
#include "server_commands.h"
#include "eval_command.h"

int main(int argc, char** argv) {
  CLI::App app{"silkdex: search the knowledge products of the Silk Road Cities project"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "silkdex 0.1.0");
  // Logs go to stderr: stdout carries what a command answers (results, JSON, keys).
  spdlog::set_default_logger(spdlog::stderr_color_mt("silkdex"));
  spdlog::set_pattern("silkdex: %l: %v");

  silkdex::cli::IndexCommand index;
  auto* index_cmd = app.add_subcommand("index", "Index every supported file under DIR (recursively)");
  index_cmd->add_option("DIR", index.folder, "Folder of knowledge products")->required();
  index_cmd->add_option("--index", index.data, "Data folder (default: config file's `data`, else ./data)");
  index_cmd->add_flag("--rebuild", index.rebuild, "Rebuild the index from the catalog before indexing DIR");
  silkdex::cli::AddPluginFlags(index_cmd, &index.plugins);

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
  search_cmd->add_option("--theme-source", search.theme_source, "Themes --theme matches: given, suggested (by plugins) or both");
  silkdex::cli::AddPluginFlags(search_cmd, &search.plugins);

  silkdex::cli::PluginsCommand plugins;
  auto* plugins_cmd = app.add_subcommand("plugins", "List the thematic plugins: name, version, theme, status, file");
  silkdex::cli::AddPluginFlags(plugins_cmd, &plugins.plugins);

  silkdex::cli::ReindexCommand reindex;
  auto* reindex_cmd = app.add_subcommand("reindex", "Rebuild the index from the catalog, running the plugins again on every document");
  reindex_cmd->add_option("--index", reindex.data, "Data folder");
  silkdex::cli::AddPluginFlags(reindex_cmd, &reindex.plugins);

  silkdex::cli::ShowCommand show;
  auto* show_cmd = app.add_subcommand("show", "Print a stored document as JSON");
  show_cmd->add_option("ID", show.id, "Document id")->required();
  show_cmd->add_option("--index", show.data, "Data folder");

  silkdex::cli::EvalCommand eval;
  auto* eval_cmd = app.add_subcommand("eval", "Measure ranking quality on a BEIR-format test collection (docs/quality.md)");
  eval_cmd->add_option("--corpus", eval.corpus, "Corpus file(s): BEIR or Anserini JSONL, or id<TAB>text")->expected(1, -1);
  eval_cmd->add_option("--queries", eval.queries, "Queries: BEIR JSONL or id<TAB>text")->required();
  eval_cmd->add_option("--qrels", eval.qrels, "Judgments: TREC qrels or BEIR TSV, or a BEIR qrels/ folder")->required();
  eval_cmd->add_option("--split", eval.split, "Judgments file NAME.tsv when --qrels is a folder")->default_val("test");
  eval_cmd->add_option("--run", eval.run, "Write the TREC run file here");
  eval_cmd->add_option("--index", eval.data, "Data folder to index into, or to use as it is without --corpus (default: temporary)");
  eval_cmd->add_option("--language", eval.language, "Language of documents and queries (default: detected, as silkdex does)");
  eval_cmd->add_option("--definitions", eval.definitions, "Index definitions folder instead of the built-in indexes/default");
  eval_cmd->add_option("--baseline", eval.baseline, "xapian-default: plain Xapian BM25, the floor of docs/quality.md (report only)");
  eval_cmd->add_flag("--per-query", eval.per_query, "Print the measures of each query");

  silkdex::cli::ServeCommand serve;
  auto* serve_cmd = app.add_subcommand("serve", "Serve the HTTP API at http://127.0.0.1:8080");
  serve_cmd->add_option("--index", serve.data, "Data folder");
  serve_cmd->add_option("--port", serve.port, "Port (default: config `port`, else 8080; 0: any free port)");
  serve_cmd->add_option("--bind", serve.bind, "Address to listen on (default: config `bind`, else 127.0.0.1)");
  serve_cmd->add_option("--threads", serve.threads, "Worker threads (default: 16, or 4 per core)");
  serve_cmd->add_option("--searches-at-once", serve.searches_at_once,
                        "Searches run at once, the others wait their turn (default: one per core; 0: no limit)");
  silkdex::cli::AddPluginFlags(serve_cmd, &serve.plugins);

  silkdex::cli::KeysCreateCommand keys_create;
  auto* keys_cmd = app.add_subcommand("keys", "Manage API keys");
  keys_cmd->require_subcommand(1);
  auto* keys_create_cmd = keys_cmd->add_subcommand("create", "Make a key; it is printed once and only its hash is kept");
  keys_create_cmd->add_option("--role", keys_create.role, "staff, moderator or admin")->required();
  keys_create_cmd->add_option("--cluster", keys_create.clusters, "A moderator's cluster (repeat for several)");
  keys_create_cmd->add_option("--index", keys_create.data, "Data folder");

  silkdex::cli::BackupCommand backup;
  auto* backup_cmd = app.add_subcommand("backup", "Copy the data folder's catalog and index to DEST (while the server runs)");
  backup_cmd->add_option("DEST", backup.dest, "New or empty folder for the backup")->required();
  backup_cmd->add_option("--index", backup.data, "Data folder");

  silkdex::cli::RestoreCommand restore;
  auto* restore_cmd = app.add_subcommand("restore", "Put a backup back in place of the data folder's catalog and index (server stopped)");
  restore_cmd->add_option("SRC", restore.src, "Folder made by `silkdex backup`")->required();
  restore_cmd->add_option("--index", restore.data, "Data folder");

  silkdex::cli::CurateCommand curate;
  auto* curate_cmd = app.add_subcommand("curate", "Apply a curation file: documents (e.g. in review), featured items and pins of clusters");
  curate_cmd->add_option("FILE", curate.file, "Curation file (JSON; see examples/curation-demo.json)")->required();
  curate_cmd->add_option("--index", curate.data, "Data folder");
  silkdex::cli::AddPluginFlags(curate_cmd, &curate.plugins);

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
  if (*plugins_cmd) return silkdex::cli::RunPlugins(plugins, std::cout, std::cerr);
  if (*reindex_cmd) return silkdex::cli::RunReindex(reindex, std::cout, std::cerr);
  if (*serve_cmd) return silkdex::cli::RunServe(serve, std::cout, std::cerr);
  if (*keys_create_cmd) return silkdex::cli::RunKeysCreate(keys_create, std::cout, std::cerr);
  if (*eval_cmd) return silkdex::cli::RunEval(eval, std::cout, std::cerr);
  if (*backup_cmd) return silkdex::cli::RunBackup(backup, std::cout, std::cerr);
  if (*restore_cmd) return silkdex::cli::RunRestore(restore, std::cout, std::cerr);
  if (*curate_cmd) return silkdex::cli::RunCurate(curate, std::cout, std::cerr);
  return 0;
}
