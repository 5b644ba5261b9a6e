// Keys and roles (shared/contract/api.md, "Roles and keys").
//
// A key is "sdx_<id>_<secret>". The key store keeps the id, the SHA-256 of the
// secret, the role and the clusters; the secret itself is shown once, when the
// key is made, and never stored. The id is what audit trails and logs name.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "silkdex/status.h"

namespace Poco::Data {
class Session;
}

namespace silkdex::api {

// Each role has every right of the roles before it.
enum class Role { kPublic = 0, kStaff = 1, kModerator = 2, kAdmin = 3 };

std::string_view RoleName(Role role);
// kInvalidArgument naming the roles when `name` is none of them.
Result<Role> ParseRole(std::string_view name);

struct Principal {
  Role role = Role::kPublic;
  std::string key_id;                 // empty for the public
  std::vector<std::string> clusters;  // a moderator's clusters
};

struct NewKey {
  std::string key;  // the whole key, to show once
  std::string id;
  Role role;
};

// Thread-safe.
class KeyStore {
 public:
  // Opens (creating) the SQLite key store at `path`.
  static Result<std::unique_ptr<KeyStore>> Open(const std::filesystem::path& path);
  ~KeyStore();

  // REQUIRES: `clusters` only for kModerator (kInvalidArgument otherwise, and a
  // moderator needs at least one).
  Result<NewKey> Create(Role role, const std::vector<std::string>& clusters);

  // The principal of a bearer key; kNotFound (never saying which part was
  // wrong) for a malformed, unknown or wrong key.
  Result<Principal> Authenticate(std::string_view key);

  // How many moderator keys are scoped to each cluster.
  std::map<std::string, int> ModeratorsByCluster();

 private:
  struct Entry {
    std::string hash;
    Principal principal;
  };
  explicit KeyStore(std::unique_ptr<Poco::Data::Session> session);
  Status Load(std::string_view id);

  std::mutex mu_;
  std::unique_ptr<Poco::Data::Session> session_;
  std::map<std::string, Entry, std::less<>> cache_;
};

}  // namespace silkdex::api
