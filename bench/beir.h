// Reading BEIR-format collections (corpus.jsonl: {"_id","title","text"};
// queries.jsonl: {"_id","text"}) for benchmarks.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "silkdex/document.h"

namespace silkdex::bench {

// Every document of the corpus files, as silkdex documents (language "en", status published).
std::vector<Document> LoadBeirCorpus(const std::vector<std::filesystem::path>& files);
// The query texts of a queries.jsonl or a queries .tsv (id<TAB>text) file.
std::vector<std::string> LoadQueries(const std::filesystem::path& file);

}  // namespace silkdex::bench
