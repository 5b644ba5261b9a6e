#include "handlers/common.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <sstream>

#include "silkdex/document_json.h"

namespace silkdex::api::handlers {

using Poco::JSON::Array;
using Poco::JSON::Object;

Actor ActorOf(const Principal& p) { return {p.key_id, std::string(RoleName(p.role))}; }

std::string DocumentJson(Context& ctx, const Document& doc) {
  Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(/*preserveObjectOrder=*/true));
  auto obj = parser.parse(DocumentToJson(doc)).extract<Object::Ptr>();
  Array::Ptr themes = new Array, clusters = new Array, tags = new Array;
  for (const auto& t : doc.themes) themes->add(t);
  auto all = ctx.index().catalog().Clusters();
  if (all.ok())
    for (const auto& c : ClustersOf(doc, *all)) clusters->add(c);
  for (const auto& t : doc.tags) tags->add(t);
  obj->set("themes", themes);
  if (!obj->has("suggested_themes")) obj->set("suggested_themes", Array::Ptr(new Array));
  if (!obj->has("extracted")) obj->set("extracted", Object::Ptr(new Object));
  obj->set("tags", tags);
  obj->set("clusters", clusters);
  std::ostringstream out;
  obj->stringify(out);
  return out.str();
}

Problem DocumentNotFound(const std::string& id) { return Problem{404, "document_not_found", "no document has id '" + id + "'", {}}; }

Problem ClusterNotFound(const std::string& id) {
  return Problem{404, "cluster_not_found", "no cluster has id '" + id + "'; GET /v1/clusters lists them", {}};
}

std::optional<Problem> ReadObject(const std::string& body, const std::string& example, Object::Ptr* out) {
  try {
    Poco::JSON::Parser parser;
    *out = parser.parse(body).extract<Object::Ptr>();
    if (*out) return std::nullopt;
  } catch (const std::exception&) {
  }
  return Problem{400, "invalid_json", "the body must be a JSON object such as " + example, {}};
}

std::optional<Problem> ReadStrings(const Object& obj, const std::string& key, std::vector<std::string>* out) {
  if (!obj.has(key)) return std::nullopt;
  Array::Ptr arr = obj.getArray(key);
  bool ok = static_cast<bool>(arr);
  for (size_t i = 0; ok && i < arr->size(); ++i) ok = arr->get(static_cast<unsigned>(i)).isString();
  if (!ok) return Problem{400, "invalid_json", "field '" + key + "' must be an array of strings", {{key, "must be an array of strings"}}};
  for (size_t i = 0; i < arr->size(); ++i) out->push_back(arr->getElement<std::string>(static_cast<unsigned>(i)));
  return std::nullopt;
}

void AddAll(std::vector<std::string>* list, const std::vector<std::string>& add) {
  for (const auto& v : add)
    if (!v.empty() && std::find(list->begin(), list->end(), v) == list->end()) list->push_back(v);
}

void RemoveAll(std::vector<std::string>* list, const std::vector<std::string>& remove) {
  list->erase(std::remove_if(list->begin(), list->end(),
                             [&](const std::string& v) { return std::find(remove.begin(), remove.end(), v) != remove.end(); }),
              list->end());
}

bool Moderates(const Principal& p, const std::vector<std::string>& clusters) {
  if (p.role == Role::kAdmin) return true;
  if (p.role != Role::kModerator) return false;
  return std::any_of(clusters.begin(), clusters.end(), [&](const std::string& c) {
    return std::find(p.clusters.begin(), p.clusters.end(), c) != p.clusters.end();
  });
}

}  // namespace silkdex::api::handlers
