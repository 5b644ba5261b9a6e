// GET /healthz, /readyz, /metrics.
#include "handlers/handlers.h"
#include "problem.h"

namespace silkdex::api::handlers {

Reply GetHealthz(Context&, const Request&) { return JsonReply(R"({"status":"ok"})"); }

Reply GetReadyz(Context& ctx, const Request&) {
  auto searcher = ctx.index().Acquire();
  if (!searcher.ok())
    return Problem{503, "not_ready", "the index cannot be searched: " + searcher.status().message(), {}}.ToReply();
  return JsonReply(R"({"status":"ready","documents":)" + std::to_string((*searcher)->document_count()) + "}");
}

Reply GetMetrics(Context& ctx, const Request&) {
  Reply r;
  r.content_type = "text/plain; version=0.0.4";
  r.body = ctx.metrics().Render({ctx.index().document_count(), ctx.index().index_bytes(), ctx.plugins().failures()});
  return r;
}

}  // namespace silkdex::api::handlers
