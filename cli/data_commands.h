// `silkdex backup DEST` and `silkdex restore SRC`: a data folder's catalog and
// index, copied consistently while a server runs, and put back.
#pragma once

#include <iosfwd>
#include <string>

namespace silkdex::cli {

struct BackupCommand {
  std::string dest;
  std::string data;  // --index
};
int RunBackup(const BackupCommand& cmd, std::ostream& out, std::ostream& err);

struct RestoreCommand {
  std::string src;
  std::string data;  // --index
};
int RunRestore(const RestoreCommand& cmd, std::ostream& out, std::ostream& err);

}  // namespace silkdex::cli
