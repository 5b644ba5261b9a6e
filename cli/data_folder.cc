#include "data_folder.h"

#include <cstdlib>
#include <ostream>

#include <yaml-cpp/yaml.h>

namespace silkdex::cli {

std::filesystem::path ConfigFile() {
  if (const char* env = std::getenv("SILKDEX_CONFIG"); env && *env) return env;
  if (std::filesystem::exists("silkdex.yaml")) return "silkdex.yaml";
  return {};
}

int Fail(std::ostream& err, const Status& s) {
  err << "silkdex: " << s.message() << "\n";
  return 1;
}

Result<DataFolder> ResolveDataFolder(const std::string& flag) {
  if (!flag.empty()) return DataFolder{flag};
  std::filesystem::path config = ConfigFile();
  if (!config.empty()) {
    try {
      YAML::Node root = YAML::LoadFile(config.string());
      if (root["data"]) {
        std::filesystem::path data = root["data"].as<std::string>();
        if (data.is_relative()) data = config.parent_path() / data;
        return DataFolder{data};
      }
    } catch (const YAML::Exception& e) {
      return Status::InvalidArgument(config.string() + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
    }
  }
  return DataFolder{"data"};
}

}  // namespace silkdex::cli
