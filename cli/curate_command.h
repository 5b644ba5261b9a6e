// `silkdex curate FILE`: applies a curation file to a data folder, audited as
// the command line. The file is one JSON object:
//
//   {
//     "documents": [ {document, as in shared/contract/document.md}, ... ],
//     "clusters": [
//       {"id": "drr",
//        "items": [{"id": "gp-drr-four-cities", "note": "Start here"}, ...],
//        "pins": [{"query": "reopening", "ids": ["doc-a", "doc-b"]}, ...]}
//     ]
//   }
//
// Documents are created or replaced (their `status` as given, else
// "published"), with places and plugins as `silkdex index` adds them. A
// cluster's listed items take the first positions in the order listed, with
// their notes; items it already had stay, after them. Each pin list replaces
// the pins of its query ([] removes them). The whole file is checked before
// anything is written; what is already as the file says is not written again,
// so applying a file twice changes nothing the second time.
#pragma once

#include <iosfwd>
#include <string>

#include "plugin_commands.h"

namespace silkdex::cli {

struct CurateCommand {
  std::string file;  // FILE
  std::string data;  // --index
  PluginFlags plugins;
};
// Prints "curated: N documents (N unchanged), N featured items (N unchanged),
// N pins (N unchanged)"; problems name the file and the entry.
int RunCurate(const CurateCommand& cmd, std::ostream& out, std::ostream& err);

}  // namespace silkdex::cli
