#include "web_assets.h"

#include <algorithm>
#include <utility>

#include <Poco/DigestEngine.h>
#include <Poco/SHA1Engine.h>

namespace silkdex::api {

// Generated into the build tree from api/web/ (see api/CMakeLists.txt).
const std::vector<std::pair<std::string_view, std::string_view>>& EmbeddedWebFiles();

std::string WebContentType(std::string_view name) {
  static const std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},        {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},    {".mjs", "text/javascript; charset=utf-8"},
      {".json", "application/json"},                {".svg", "image/svg+xml"},
      {".png", "image/png"},                        {".ico", "image/x-icon"},
      {".txt", "text/plain; charset=utf-8"},        {".webmanifest", "application/manifest+json"},
  };
  for (const auto& [ext, type] : kTypes)
    if (name.size() >= ext.size() && name.substr(name.size() - ext.size()) == ext) return std::string(type);
  return "application/octet-stream";
}

const std::vector<WebAsset>& WebAssets() {
  static const std::vector<WebAsset> assets = [] {
    std::vector<WebAsset> out;
    for (const auto& [name, bytes] : EmbeddedWebFiles()) {
      Poco::SHA1Engine sha1;
      sha1.update(bytes.data(), static_cast<unsigned>(bytes.size()));
      std::string hex = Poco::DigestEngine::digestToHex(sha1.digest());
      out.push_back({name, bytes, WebContentType(name), "\"" + hex.substr(0, 16) + "\""});
    }
    std::sort(out.begin(), out.end(), [](const WebAsset& a, const WebAsset& b) { return a.name < b.name; });
    return out;
  }();
  return assets;
}

const WebAsset* FindWebAsset(std::string_view name) {
  const auto& assets = WebAssets();
  auto it = std::lower_bound(assets.begin(), assets.end(), name,
                             [](const WebAsset& a, std::string_view n) { return a.name < n; });
  return it != assets.end() && it->name == name ? &*it : nullptr;
}

}  // namespace silkdex::api
