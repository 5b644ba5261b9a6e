#include "data_commands.h"

#include <iostream>

#include "data_folder.h"
#include "silkdex/store.h"

namespace silkdex::cli {

int RunBackup(const BackupCommand& cmd, std::ostream& out, std::ostream& err) {
  auto data = ResolveDataFolder(cmd.data);
  if (!data.ok()) return Fail(err, data.status());
  if (Status s = Store::Backup(data->root, cmd.dest); !s.ok()) return Fail(err, s);
  auto catalog = Catalog::Open(Store::CatalogPath(cmd.dest));
  if (!catalog.ok()) return Fail(err, catalog.status());
  out << "backed up " << (*catalog)->document_count() << " documents (catalog change " << (*catalog)->last_seq()
      << ") to " << cmd.dest << "\n";
  return 0;
}

int RunRestore(const RestoreCommand& cmd, std::ostream& out, std::ostream& err) {
  auto data = ResolveDataFolder(cmd.data);
  if (!data.ok()) return Fail(err, data.status());
  if (Status s = Store::Restore(cmd.src, data->root); !s.ok()) return Fail(err, s);
  auto catalog = Catalog::Open(Store::CatalogPath(data->root));
  if (!catalog.ok()) return Fail(err, catalog.status());
  out << "restored " << (*catalog)->document_count() << " documents (catalog change " << (*catalog)->last_seq()
      << ") into " << data->root.string() << "\n";
  return 0;
}

}  // namespace silkdex::cli
