// The route table of shared/contract/api.md. Clusters and moderation join here
// with the curation issue.
#include "handlers/handlers.h"
#include "router.h"

namespace silkdex::api {

Router MakeRouter() {
  using namespace handlers;
  Router r;
  r.Add({"GET", "/v1/search", "get_search", Role::kPublic, GetSearch});
  r.Add({"GET", "/v1/suggest", "get_suggest", Role::kPublic, GetSuggest});
  r.Add({"GET", "/v1/plugins", "get_plugins", Role::kPublic, GetPlugins});
  r.Add({"POST", "/v1/documents", "post_document", Role::kStaff, PostDocument});
  r.Add({"POST", "/v1/documents:bulk", "post_documents_bulk", Role::kStaff, PostDocumentsBulk});
  r.Add({"POST", "/v1/documents:upload", "post_document_upload", Role::kStaff, PostDocumentUpload});
  r.Add({"GET", "/v1/documents/{id}", "get_document", Role::kPublic, GetDocument});
  r.Add({"PUT", "/v1/documents/{id}", "put_document", Role::kStaff, PutDocument});
  r.Add({"DELETE", "/v1/documents/{id}", "delete_document", Role::kStaff, DeleteDocument});
  r.Add({"GET", "/v1/documents/{id}/similar", "get_similar", Role::kPublic, GetSimilar});
  r.Add({"POST", "/v1/documents/{id}/tags", "post_document_tags", Role::kStaff, PostDocumentTags});
  r.Add({"POST", "/v1/documents/{id}/themes", "post_document_themes", Role::kStaff, PostDocumentThemes});
  r.Add({"GET", "/healthz", "get_healthz", Role::kPublic, GetHealthz});
  // The web interface (api/web/): its files, and the page at / and at each of
  // its own addresses, so that a deep link or a reload opens the app there.
  r.Add({"GET", "/assets/{file}", "get_web_asset", Role::kPublic, GetWebAsset});
  for (const char* page : {"/", "/documents/{id}", "/clusters", "/clusters/{id}", "/staff", "/moderation"})
    r.Add({"GET", page, "get_web_page", Role::kPublic, GetWebPage});
  r.Add({"GET", "/readyz", "get_readyz", Role::kPublic, GetReadyz});
  r.Add({"GET", "/metrics", "get_metrics", Role::kPublic, GetMetrics});
  return r;
}

}  // namespace silkdex::api
