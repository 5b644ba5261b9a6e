// Route handlers, one function per route, named after it (get_search ->
// GetSearch). Each takes the context and the parsed request and returns the
// reply; none throws for an expected failure.
#pragma once

#include "context.h"
#include "http.h"

namespace silkdex::api::handlers {

// search_handlers.cc
Reply GetSearch(Context& ctx, const Request& req);
Reply GetSuggest(Context& ctx, const Request& req);
Reply GetSimilar(Context& ctx, const Request& req);
Reply GetPlugins(Context& ctx, const Request& req);

// document_handlers.cc
Reply GetDocument(Context& ctx, const Request& req);
Reply PutDocument(Context& ctx, const Request& req);
Reply PostDocument(Context& ctx, const Request& req);
Reply DeleteDocument(Context& ctx, const Request& req);
Reply PostDocumentsBulk(Context& ctx, const Request& req);
Reply PostDocumentTags(Context& ctx, const Request& req);
Reply PostDocumentThemes(Context& ctx, const Request& req);

// curation_handlers.cc
Reply PostDocumentPublish(Context& ctx, const Request& req);
Reply PostDocumentReject(Context& ctx, const Request& req);
Reply PostDocumentArchive(Context& ctx, const Request& req);
Reply PostDocumentSubmit(Context& ctx, const Request& req);
Reply GetDocumentHistory(Context& ctx, const Request& req);
Reply GetClusters(Context& ctx, const Request& req);
Reply GetCluster(Context& ctx, const Request& req);
Reply PostCluster(Context& ctx, const Request& req);
Reply PutClusterItem(Context& ctx, const Request& req);
Reply DeleteClusterItem(Context& ctx, const Request& req);
Reply GetClusterPins(Context& ctx, const Request& req);
Reply PutClusterPins(Context& ctx, const Request& req);
Reply GetModerationQueue(Context& ctx, const Request& req);
Reply PostTagsBulk(Context& ctx, const Request& req);
Reply GetWhoami(Context& ctx, const Request& req);
Reply GetAudit(Context& ctx, const Request& req);

// upload_handlers.cc: POST /v1/documents:upload?filename=NAME, a file of any format `index` reads.
Reply PostDocumentUpload(Context& ctx, const Request& req);

// web_handlers.cc: the web interface's page (/ and its deep links) and files (/assets/{file}).
Reply GetWebPage(Context& ctx, const Request& req);
Reply GetWebAsset(Context& ctx, const Request& req);

// system_handlers.cc
Reply GetHealthz(Context& ctx, const Request& req);
Reply GetReadyz(Context& ctx, const Request& req);
Reply GetMetrics(Context& ctx, const Request& req);

// Statuses a caller may see: published only for the public, every status for staff and up.
std::vector<std::string> VisibleStatuses(const Principal& p);

}  // namespace silkdex::api::handlers
