// Where a command's data lives: --index PATH, else the config file's `data:`,
// else ./data. The folder holds the index (PATH/index) and, later, the catalog
// and keys.
#pragma once

#include <filesystem>
#include <string>

#include "silkdex/status.h"

namespace silkdex::cli {

struct DataFolder {
  std::filesystem::path root;
  std::filesystem::path index() const { return root / "index"; }
};

// `flag` is the --index value or empty. The config file is $SILKDEX_CONFIG,
// else ./silkdex.yaml when it exists.
Result<DataFolder> ResolveDataFolder(const std::string& flag);

}  // namespace silkdex::cli
