// The web interface's files (api/web/), embedded into the binary at build time
// by indexes/embed.cmake, with the Content-Type and ETag each is served with.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace silkdex::api {

struct WebAsset {
  std::string_view name;       // file name under api/web/, e.g. "app.js"
  std::string_view bytes;
  std::string content_type;    // from the extension, e.g. "text/javascript; charset=utf-8"
  std::string etag;            // a strong validator: "\"<16 hex digits of the content's SHA-1>\""
};

// Every embedded file, sorted by name. Computed once.
const std::vector<WebAsset>& WebAssets();

// The file called `name`, or null.
const WebAsset* FindWebAsset(std::string_view name);

// The Content-Type for a file name ("application/octet-stream" when unknown).
std::string WebContentType(std::string_view name);

}  // namespace silkdex::api
