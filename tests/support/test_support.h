// Shared test helpers: fixtures in fresh temporary folders, files, PDFs, and
// matchers that check the exact Status.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <gmock/gmock.h>

#include "silkdex/status.h"

namespace silkdex::testing {

// A fresh folder under the system temporary folder, removed with its contents
// when the object goes. Tests never share or wipe fixed paths.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& rel) const { return path_ / rel; }

 private:
  std::filesystem::path path_;
};

// Writes `content` to `path`, creating parent folders.
void WriteFile(const std::filesystem::path& path, const std::string& content);
std::string ReadFile(const std::filesystem::path& path);

// A valid PDF (Helvetica, one page per entry of `pages`, ASCII text) with
// `title` in its document information (none when empty).
std::string MakePdf(const std::string& title, const std::vector<std::string>& pages);

// The source tree's examples/corpus (the demo corpus).
std::filesystem::path DemoCorpus();
// The built `silkdex` program.
std::filesystem::path SilkdexBinary();

// Runs a command through the shell; returns its exit status and fills stdout/stderr.
int RunCommand(const std::string& command, std::string* out, std::string* err);

MATCHER_P2(IsStatus, code, message,
           "is a Status with code " + std::string(StatusCodeName(code)) + " and message \"" + message + "\"") {
  if (arg.code() == code && arg.message() == message) return true;
  *result_listener << "which is " << arg.ToString();
  return false;
}

MATCHER_P2(IsStatusContaining, code, fragment,
           "is a Status with code " + std::string(StatusCodeName(code)) + " whose message contains \"" + fragment + "\"") {
  if (arg.code() == code && arg.message().find(fragment) != std::string::npos) return true;
  *result_listener << "which is " << arg.ToString();
  return false;
}

MATCHER(IsOk, "is OK") {
  if (arg.ok()) return true;
  *result_listener << "which is " << arg.ToString();
  return false;
}

}  // namespace silkdex::testing
