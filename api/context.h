// What every handler works with: the index, the keys, the metrics and the
// limits the server was started with.
#pragma once

#include <cstddef>
#include <memory>

#include "auth.h"
#include "index_service.h"
#include "metrics.h"
#include "silkdex/places.h"
#include "silkdex/plugins.h"

namespace silkdex::api {

struct Limits {
  size_t max_body_bytes = 16u << 20;     // larger bodies: 413
  size_t max_header_bytes = 16u << 10;   // larger request heads: 431
  double search_time_limit_ms = 2000;    // matching stops and ranks what it has
};

class Context {
 public:
  Context(std::unique_ptr<IndexService> index, std::unique_ptr<KeyStore> keys, std::unique_ptr<PluginHost> plugins,
          std::unique_ptr<Gazetteer> places, Limits limits)
      : index_(std::move(index)), keys_(std::move(keys)), plugins_(std::move(plugins)), places_(std::move(places)),
        limits_(limits) {}

  IndexService& index() { return *index_; }
  KeyStore& keys() { return *keys_; }
  PluginHost& plugins() { return *plugins_; }
  // Fills a document's empty city and country facets from its text, then runs the plugins.
  void Enrich(Document* doc) {
    AddPlaces(*places_, doc);
    plugins_->Extract(doc);
  }
  Metrics& metrics() { return metrics_; }
  const Limits& limits() const { return limits_; }

 private:
  std::unique_ptr<IndexService> index_;
  std::unique_ptr<KeyStore> keys_;
  std::unique_ptr<PluginHost> plugins_;
  std::unique_ptr<Gazetteer> places_;
  Metrics metrics_;
  Limits limits_;
};

}  // namespace silkdex::api
