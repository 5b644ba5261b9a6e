// What several handler files share: who the caller is for the audit trail,
// the document as the API shows it, moderators' rights, JSON bodies.
#pragma once

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

#include "context.h"
#include "http.h"
#include "problem.h"
#include "silkdex/catalog.h"

namespace silkdex::api::handlers {

// The audit trail's "who": the key id and role, never the key.
Actor ActorOf(const Principal& p);

// The stored document with what the contract adds around it: `themes`,
// `suggested_themes`, `extracted`, `tags`, `status` and `clusters`.
std::string DocumentJson(Context& ctx, const Document& doc);

Problem DocumentNotFound(const std::string& id);
Problem ClusterNotFound(const std::string& id);

// A JSON object body, or the problem that says the body must be one (`example`
// shows the expected shape).
std::optional<Problem> ReadObject(const std::string& body, const std::string& example, Poco::JSON::Object::Ptr* out);
// The string array at `key` (absent: empty), or the problem naming the field.
std::optional<Problem> ReadStrings(const Poco::JSON::Object& obj, const std::string& key, std::vector<std::string>* out);

// Adds the values of `add` missing from `list` (empty ones left out), in order.
void AddAll(std::vector<std::string>* list, const std::vector<std::string>& add);
// Removes every value of `remove` from `list`.
void RemoveAll(std::vector<std::string>* list, const std::vector<std::string>& remove);

// Whether `p` moderates at least one of `clusters` (admins moderate every cluster).
bool Moderates(const Principal& p, const std::vector<std::string>& clusters);

}  // namespace silkdex::api::handlers
