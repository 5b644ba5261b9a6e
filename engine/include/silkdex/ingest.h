// silkdex: reading knowledge products from files (the formats of
// shared/contract/document.md) into Documents ready to index.
//
// Readers never throw and never stop at the first bad record: a file yields
// the documents it could read and one Problem for each record it could not.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "silkdex/document.h"
#include "silkdex/status.h"

namespace silkdex {

struct IngestOptions {
  // Files larger than this are refused (counted as failed), never read whole.
  // Default: 64 MiB.
  uint64_t max_file_bytes = 64ull << 20;
  // Status of documents that do not give one. Default: "published" (the
  // contract's default for `silkdex index` of a folder).
  std::string default_status = "published";
};

// Why one record (a file, an array element, an NDJSON line) was not read.
struct IngestProblem {
  std::string path;  // the file, as given (under the ingested folder)
  int line = 0;      // 1-based line where known, else 0
  std::string message;

  // "path:line: message" (or "path: message").
  std::string ToString() const;
};

// What one file yielded.
struct FileIngest {
  bool skipped = false;             // not a format silkdex reads (counted as skipped)
  std::vector<Document> documents;  // defaults applied and validated
  std::vector<IngestProblem> problems;  // each one a failed record
};

// Reads one file. Ids missing from the file's metadata are derived from its
// path relative to `root` (tourism/dunhuang.md -> tourism-dunhuang). Metadata
// comes from the file itself (JSON, front matter, HTML head, PDF info) and from
// a sidecar NAME.meta.json beside it.
FileIngest IngestFile(const std::filesystem::path& file, const std::filesystem::path& root,
                      const IngestOptions& options = {});

// The files under `root` to hand to IngestFile, sorted: every regular file
// except sidecars (*.meta.json belonging to a file beside them) and hidden
// files or folders. Symbolic links to folders are not followed.
Result<std::vector<std::filesystem::path>> ListFolder(const std::filesystem::path& root);

// Applies the contract's defaults to a document that came without a file (API,
// JSON): id from `fallback_id` when missing, type "other", language detected
// (else "en"), title from the first line of the body, status from `options`;
// then validates it.
Status FinishDocument(Document* doc, const std::string& fallback_id, const IngestOptions& options = {});

}  // namespace silkdex
