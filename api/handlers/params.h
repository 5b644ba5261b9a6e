// Reading query parameters into engine requests, with errors that name the parameter.
#pragma once

#include <optional>
#include <string>

#include "http.h"
#include "context.h"
#include "problem.h"
#include "silkdex/search.h"

namespace silkdex::api::handlers {

// The integer value of parameter `name` (default when absent); a problem naming it otherwise.
std::optional<Problem> IntParam(const Request& req, const std::string& name, int fallback, int* out);

// A SearchRequest from /v1/search-style parameters, with the caller's visibility.
std::optional<Problem> ParseSearchParams(Context& ctx, const Request& req, SearchRequest* out);

// Replaces the request's `cluster` (any catalog cluster) by its themes and,
// `with_pins`, the cluster's pins for the query; 400 naming 'cluster' when
// there is no such cluster.
std::optional<Problem> ResolveCluster(Context& ctx, SearchRequest* sr, bool with_pins);

// 403 for the public, naming what needs a key.
Problem Forbidden(const std::string& detail);

}  // namespace silkdex::api::handlers
