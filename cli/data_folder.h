// Where a command's data lives: --index PATH, else the config file's `data:`,
// else ./data. The folder holds the index (PATH/index) and, later, the catalog
// and keys.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>

#include "silkdex/status.h"

namespace silkdex::cli {

struct DataFolder {
  std::filesystem::path root;
  std::filesystem::path index() const { return root / "index"; }
};

// The config file: $SILKDEX_CONFIG, else ./silkdex.yaml when it exists, else empty.
std::filesystem::path ConfigFile();

// Prints "silkdex: <message>" on `err` and returns the exit status 1.
int Fail(std::ostream& err, const Status& s);

// `flag` is the --index value or empty. The config file is $SILKDEX_CONFIG,
// else ./silkdex.yaml when it exists.
Result<DataFolder> ResolveDataFolder(const std::string& flag);

}  // namespace silkdex::cli
