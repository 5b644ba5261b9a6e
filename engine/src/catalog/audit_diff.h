// Internal: what an audit entry says changed between two versions of a document.
#pragma once

#include <string>
#include <vector>

#include "silkdex/document.h"

namespace silkdex::catalog {

struct Diff {
  // {"field": {"before": ..., "after": ...}} for every field that differs, in
  // the contract's field order. A new document (`before` null) records every
  // field it has except `body` and `segments`, whose sizes it records instead
  // (the text itself is the document's own record); a replacement records
  // every changed field in full.
  std::string changes_json = "{}";
  // "name version" of each plugin whose suggestions `after` holds, when the
  // suggestions changed.
  std::vector<std::string> plugins;
};

Diff DiffDocuments(const Document* before, const Document& after);

// A deletion: the status, title and themes the document had.
std::string DeletionChanges(const Document& before);

}  // namespace silkdex::catalog
