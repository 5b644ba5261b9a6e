#include "metrics.h"

#include <sstream>

namespace silkdex::api {

void Metrics::Observe(const std::string& route, int status, double seconds) {
  std::lock_guard lock(mu_);
  ++requests_[{route, status}];
  Histogram& h = latency_[route];
  for (size_t i = 0; i < kBuckets.size(); ++i)
    if (seconds <= kBuckets[i]) ++h.buckets[i];
  ++h.count;
  h.sum += seconds;
}

std::string Metrics::Render(const Gauges& g) const {
  std::ostringstream out;
  std::lock_guard lock(mu_);
  out << "# HELP silkdex_http_requests_total HTTP requests by route and status.\n"
      << "# TYPE silkdex_http_requests_total counter\n";
  for (const auto& [key, n] : requests_)
    out << "silkdex_http_requests_total{route=\"" << key.first << "\",status=\"" << key.second << "\"} " << n << "\n";
  out << "# HELP silkdex_http_request_duration_seconds Time to answer a request, by route.\n"
      << "# TYPE silkdex_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    for (size_t i = 0; i < kBuckets.size(); ++i)
      out << "silkdex_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"" << kBuckets[i] << "\"} "
          << h.buckets[i] << "\n";
    out << "silkdex_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"+Inf\"} " << h.count << "\n"
        << "silkdex_http_request_duration_seconds_sum{route=\"" << route << "\"} " << h.sum << "\n"
        << "silkdex_http_request_duration_seconds_count{route=\"" << route << "\"} " << h.count << "\n";
  }
  out << "# HELP silkdex_documents Documents in the index.\n# TYPE silkdex_documents gauge\n"
      << "silkdex_documents " << g.documents << "\n"
      << "# HELP silkdex_index_bytes Size of the index files.\n# TYPE silkdex_index_bytes gauge\n"
      << "silkdex_index_bytes " << g.index_bytes << "\n"
      << "# HELP silkdex_plugin_failures_total Documents a plugin failed on.\n"
      << "# TYPE silkdex_plugin_failures_total counter\n"
      << "silkdex_plugin_failures_total " << g.plugin_failures << "\n";
  return out.str();
}

}  // namespace silkdex::api
