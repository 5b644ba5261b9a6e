// What a route handler sees and returns: a parsed request and a reply value.
// Handlers never touch Poco's server objects, so they are plain functions that
// tests and the dispatcher call alike.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "auth.h"

namespace silkdex::api {

struct Request {
  std::string method;
  std::string path;
  std::map<std::string, std::string> path_params;        // {id} -> value
  std::multimap<std::string, std::string> query_params;  // repeated params kept in order
  std::map<std::string, std::string> headers;           // request headers, names in lower case
  std::string body;
  Principal principal;

  // The single value of a query parameter, or nullopt.
  std::optional<std::string> Param(const std::string& name) const;
  // Every value of a repeated query parameter.
  std::vector<std::string> Params(const std::string& name) const;
};

struct Reply {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  bool close = false;  // close the connection after the reply (a body was left unread)
};

// 200 (or `status`) with a JSON body.
Reply JsonReply(std::string body, int status = 200);

}  // namespace silkdex::api
