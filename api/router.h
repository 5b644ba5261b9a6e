// The one route table: method, path pattern, the least role that may call it,
// and the handler. Patterns are literal segments and {name} placeholders
// ("/v1/documents/{id}/tags"); a segment may hold a literal colon
// ("/v1/documents:bulk").
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "auth.h"
#include "http.h"

namespace silkdex::api {

class Context;  // what handlers work with (index, keys, metrics)

using Handler = std::function<Reply(Context&, const Request&)>;

struct Route {
  std::string method;
  std::string pattern;
  std::string name;  // handler name, e.g. "get_search": logs and metrics use it
  Role least_role;
  Handler handler;
};

class Router {
 public:
  void Add(Route route);

  struct Match {
    const Route* route = nullptr;             // null when nothing matched
    std::map<std::string, std::string> params;
    std::vector<std::string> allowed;         // methods of the path when only the method was wrong
  };
  Match Find(const std::string& method, const std::string& path) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

// Every route of the API (shared/contract/api.md) with its handler.
Router MakeRouter();

}  // namespace silkdex::api
