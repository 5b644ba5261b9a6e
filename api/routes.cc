// The route table of shared/contract/api.md, and what silkdex adds to it
// (archive, submit, pins listing, cluster creation, bulk tagging, whoami).
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
  r.Add({"POST", "/v1/documents/{id}/publish", "post_document_publish", Role::kModerator, PostDocumentPublish});
  r.Add({"POST", "/v1/documents/{id}/reject", "post_document_reject", Role::kModerator, PostDocumentReject});
  r.Add({"POST", "/v1/documents/{id}/archive", "post_document_archive", Role::kModerator, PostDocumentArchive});
  r.Add({"POST", "/v1/documents/{id}/submit", "post_document_submit", Role::kStaff, PostDocumentSubmit});
  r.Add({"GET", "/v1/documents/{id}/history", "get_document_history", Role::kStaff, GetDocumentHistory});
  r.Add({"POST", "/v1/tags:bulk", "post_tags_bulk", Role::kStaff, PostTagsBulk});
  r.Add({"GET", "/v1/clusters", "get_clusters", Role::kPublic, GetClusters});
  r.Add({"POST", "/v1/clusters", "post_cluster", Role::kAdmin, PostCluster});
  r.Add({"GET", "/v1/clusters/{id}", "get_cluster", Role::kPublic, GetCluster});
  r.Add({"PUT", "/v1/clusters/{id}/items/{doc_id}", "put_cluster_item", Role::kModerator, PutClusterItem});
  r.Add({"DELETE", "/v1/clusters/{id}/items/{doc_id}", "delete_cluster_item", Role::kModerator, DeleteClusterItem});
  r.Add({"GET", "/v1/clusters/{id}/pins", "get_cluster_pins", Role::kModerator, GetClusterPins});
  r.Add({"PUT", "/v1/clusters/{id}/pins", "put_cluster_pins", Role::kModerator, PutClusterPins});
  r.Add({"GET", "/v1/moderation/queue", "get_moderation_queue", Role::kModerator, GetModerationQueue});
  r.Add({"GET", "/v1/audit", "get_audit", Role::kAdmin, GetAudit});
  r.Add({"GET", "/v1/whoami", "get_whoami", Role::kPublic, GetWhoami});
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
