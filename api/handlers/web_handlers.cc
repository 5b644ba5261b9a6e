// The web interface: GET / and the app's deep links answer the page
// (api/web/index.html), /assets/{file} the embedded files. Each is served with
// its ETag and revalidated on every use (Cache-Control: no-cache), so a new
// binary's interface is picked up at once while an unchanged one costs a 304.
#include <sstream>

#include "handlers/handlers.h"
#include "problem.h"
#include "web_assets.h"

namespace silkdex::api::handlers {
namespace {

// Everything the page loads comes from this server: no CDN, no inline script.
constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

// True when an If-None-Match header names `etag` (or is "*"). Weak
// validators (W/"...") compare equal to strong ones for GET (RFC 9110 13.1.2).
bool Matches(const std::string& if_none_match, const std::string& etag) {
  std::istringstream in(if_none_match);
  for (std::string tag; std::getline(in, tag, ',');) {
    size_t b = tag.find_first_not_of(" \t"), e = tag.find_last_not_of(" \t");
    if (b == std::string::npos) continue;
    tag = tag.substr(b, e - b + 1);
    if (tag == "*") return true;
    if (tag.rfind("W/", 0) == 0) tag.erase(0, 2);
    if (tag == etag) return true;
  }
  return false;
}

Reply Serve(const WebAsset& asset, const Request& req) {
  Reply r;
  r.headers.emplace_back("ETag", asset.etag);
  r.headers.emplace_back("Cache-Control", "no-cache");
  if (asset.content_type.rfind("text/html", 0) == 0) {
    r.headers.emplace_back("Content-Security-Policy", kContentSecurityPolicy);
    r.headers.emplace_back("Referrer-Policy", "same-origin");
  }
  auto inm = req.headers.find("if-none-match");
  if (inm != req.headers.end() && Matches(inm->second, asset.etag)) {
    r.status = 304;
    r.content_type.clear();
    return r;
  }
  r.content_type = asset.content_type;
  r.body = std::string(asset.bytes);
  return r;
}

}  // namespace

Reply GetWebPage(Context&, const Request& req) {
  const WebAsset* page = FindWebAsset("index.html");
  if (!page) return Problem{500, "internal_error", "this build has no web interface (api/web/index.html)", {}}.ToReply();
  return Serve(*page, req);
}

Reply GetWebAsset(Context&, const Request& req) {
  const std::string& file = req.path_params.at("file");
  const WebAsset* asset = FindWebAsset(file);
  if (!asset) return Problem{404, "asset_not_found", "the web interface has no file '" + file + "'", {}}.ToReply();
  return Serve(*asset, req);
}

}  // namespace silkdex::api::handlers
