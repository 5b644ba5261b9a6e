#include "http.h"

namespace silkdex::api {

std::optional<std::string> Request::Param(const std::string& name) const {
  auto it = query_params.find(name);
  if (it == query_params.end()) return std::nullopt;
  return it->second;
}

std::vector<std::string> Request::Params(const std::string& name) const {
  std::vector<std::string> out;
  auto [b, e] = query_params.equal_range(name);
  for (auto it = b; it != e; ++it) out.push_back(it->second);
  return out;
}

Reply JsonReply(std::string body, int status) {
  Reply r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

}  // namespace silkdex::api
