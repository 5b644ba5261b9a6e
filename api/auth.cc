#include "auth.h"

#include <array>
#include <sstream>

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>
#include <Poco/DigestEngine.h>
#include <Poco/Exception.h>
#include <Poco/RandomStream.h>
#include <Poco/SHA2Engine.h>

namespace silkdex::api {

using namespace Poco::Data::Keywords;

namespace {

constexpr std::array<std::string_view, 4> kRoleNames = {"public", "staff", "moderator", "admin"};

std::string RandomHex(size_t bytes) {
  Poco::RandomInputStream random;
  std::string raw(bytes, '\0');
  random.read(raw.data(), static_cast<std::streamsize>(bytes));
  return Poco::DigestEngine::digestToHex(Poco::DigestEngine::Digest(raw.begin(), raw.end()));
}

std::string Sha256Hex(std::string_view text) {
  Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
  sha.update(text.data(), static_cast<unsigned>(text.size()));
  return Poco::DigestEngine::digestToHex(sha.digest());
}

// Compares without an early exit, so timing does not tell how much matched.
bool SameHash(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

std::string JoinClusters(const std::vector<std::string>& clusters) {
  std::string out;
  for (const auto& c : clusters) out += (out.empty() ? "" : ",") + c;
  return out;
}

std::vector<std::string> SplitClusters(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string c; std::getline(in, c, ',');)
    if (!c.empty()) out.push_back(c);
  return out;
}

}  // namespace

std::string_view RoleName(Role role) { return kRoleNames[static_cast<size_t>(role)]; }

Result<Role> ParseRole(std::string_view name) {
  for (size_t i = 0; i < kRoleNames.size(); ++i)
    if (kRoleNames[i] == name) return static_cast<Role>(i);
  return Status::InvalidArgument("role '" + std::string(name) + "' is not one of staff, moderator, admin");
}

KeyStore::KeyStore(std::unique_ptr<Poco::Data::Session> session) : session_(std::move(session)) {}
KeyStore::~KeyStore() = default;

Result<std::unique_ptr<KeyStore>> KeyStore::Open(const std::filesystem::path& path) {
  try {
    Poco::Data::SQLite::Connector::registerConnector();
    auto session = std::make_unique<Poco::Data::Session>("SQLite", path.string());
    *session << "PRAGMA journal_mode=WAL", now;
    *session << "CREATE TABLE IF NOT EXISTS api_keys (id TEXT PRIMARY KEY, secret_sha256 TEXT NOT NULL, "
                "role TEXT NOT NULL, clusters TEXT NOT NULL, created TEXT NOT NULL DEFAULT (datetime('now')))",
        now;
    return std::unique_ptr<KeyStore>(new KeyStore(std::move(session)));
  } catch (const Poco::Exception& e) {
    return Status::IOError("key store " + path.string() + ": " + e.displayText());
  }
}

Result<NewKey> KeyStore::Create(Role role, const std::vector<std::string>& clusters) {
  if (role == Role::kPublic) return Status::InvalidArgument("the public needs no key");
  if (role == Role::kModerator && clusters.empty())
    return Status::InvalidArgument("a moderator key needs at least one --cluster");
  if (role != Role::kModerator && !clusters.empty())
    return Status::InvalidArgument("only moderator keys are scoped to clusters");
  NewKey out{"", RandomHex(6), role};
  std::string secret = RandomHex(24);
  out.key = "sdx_" + out.id + "_" + secret;
  std::string hash = Sha256Hex(secret), role_name(RoleName(role)), joined = JoinClusters(clusters);
  std::lock_guard lock(mu_);
  try {
    *session_ << "INSERT INTO api_keys (id, secret_sha256, role, clusters) VALUES (?, ?, ?, ?)", use(out.id),
        use(hash), use(role_name), use(joined), now;
  } catch (const Poco::Exception& e) {
    return Status::IOError("storing the key: " + e.displayText());
  }
  return out;
}

std::map<std::string, int> KeyStore::ModeratorsByCluster() {
  std::vector<std::string> lists;
  std::lock_guard lock(mu_);
  try {
    *session_ << "SELECT clusters FROM api_keys WHERE role = 'moderator'", into(lists), now;
  } catch (const Poco::Exception&) {
    return {};
  }
  std::map<std::string, int> out;
  for (const auto& l : lists)
    for (const auto& c : SplitClusters(l)) ++out[c];
  return out;
}

Status KeyStore::Load(std::string_view id) {
  std::string key_id(id), hash, role, clusters;
  try {
    Poco::Data::Statement select(*session_);
    select << "SELECT secret_sha256, role, clusters FROM api_keys WHERE id = ?", use(key_id), into(hash), into(role),
        into(clusters), limit(1);
    if (select.execute() == 0) return Status::NotFound("unknown key");
  } catch (const Poco::Exception& e) {
    return Status::IOError("reading the key store: " + e.displayText());
  }
  auto r = ParseRole(role);
  if (!r.ok()) return Status::Corruption("key " + key_id + " has role '" + role + "'");
  cache_[key_id] = Entry{hash, Principal{*r, key_id, SplitClusters(clusters)}};
  return Status::Ok();
}

Result<Principal> KeyStore::Authenticate(std::string_view key) {
  // sdx_<12 hex>_<48 hex>
  if (key.size() != 4 + 12 + 1 + 48 || key.substr(0, 4) != "sdx_" || key[16] != '_') return Status::NotFound("bad key");
  std::string_view id = key.substr(4, 12), secret = key.substr(17);
  std::lock_guard lock(mu_);
  auto it = cache_.find(id);
  if (it == cache_.end()) {
    // A key made by `silkdex keys create` while the server runs is found here.
    SILKDEX_RETURN_IF_ERROR(Load(id));
    it = cache_.find(id);
  }
  if (!SameHash(it->second.hash, Sha256Hex(secret))) return Status::NotFound("bad key");
  return it->second.principal;
}

}  // namespace silkdex::api
