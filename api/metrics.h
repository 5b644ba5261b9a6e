// Counters for GET /metrics, in the Prometheus text format. Thread-safe.
#pragma once

#include <array>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace silkdex::api {

class Metrics {
 public:
  // One finished request: its route's handler name (or "unmatched"), status and duration.
  void Observe(const std::string& route, int status, double seconds);

  struct Gauges {
    uint64_t documents = 0;
    uint64_t index_bytes = 0;
    uint64_t plugin_failures = 0;
  };
  std::string Render(const Gauges& gauges) const;

 private:
  static constexpr std::array<double, 12> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                      0.1,   0.25,   0.5,   1,    2.5,   5};
  struct Histogram {
    std::array<uint64_t, kBuckets.size()> buckets{};
    uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mu_;
  std::map<std::pair<std::string, int>, uint64_t> requests_;
  std::map<std::string, Histogram> latency_;
};

}  // namespace silkdex::api
