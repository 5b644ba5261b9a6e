#include "catalog/audit_diff.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <algorithm>
#include <sstream>

#include "silkdex/document_json.h"

namespace silkdex::catalog {
namespace {

using Poco::Dynamic::Var;
using Poco::JSON::Object;

Object::Ptr Parse(const Document& doc) {
  Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(/*preserveObjectOrder=*/true));
  return parser.parse(DocumentToJson(doc)).extract<Object::Ptr>();
}

std::string Text(const Var& v) {
  if (v.isEmpty()) return "null";
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(v, out);
  return out.str();
}

std::string Stringify(const Object& o) {
  std::ostringstream out;
  o.stringify(out);
  return out.str();
}

void SetChange(Object& changes, const std::string& field, const Var& before, const Var& after) {
  Object::Ptr change = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
  change->set("before", before);
  change->set("after", after);
  changes.set(field, change);
}

}  // namespace

Diff DiffDocuments(const Document* before, const Document& after) {
  Diff diff;
  Object changes(Poco::JSON_PRESERVE_KEY_ORDER);
  Object::Ptr a = Parse(after);
  if (!before) {
    for (const auto& field : a->getNames()) {
      Var value = a->get(field);
      if (field == "body" || field == "segments") {
        Object::Ptr size = new Object;
        if (field == "body")
          size->set("chars", after.body.size());
        else
          size->set("count", after.segments.size());
        SetChange(changes, field, Var(), size);
      } else {
        SetChange(changes, field, Var(), value);
      }
    }
  } else {
    Object::Ptr b = Parse(*before);
    std::vector<std::string> fields = a->getNames();
    for (const auto& f : b->getNames())
      if (!a->has(f)) fields.push_back(f);
    for (const auto& field : fields) {
      Var bv = b->has(field) ? b->get(field) : Var();
      Var av = a->has(field) ? a->get(field) : Var();
      if (Text(bv) != Text(av)) SetChange(changes, field, bv, av);
    }
  }
  auto credit = [&](const SuggestedTheme& s) {
    std::string who = s.plugin + (s.plugin_version.empty() ? "" : " " + s.plugin_version);
    if (!s.plugin.empty() && std::find(diff.plugins.begin(), diff.plugins.end(), who) == diff.plugins.end())
      diff.plugins.push_back(who);
  };
  // New suggestions: the plugins that made them.
  if (!before || before->suggested_themes != after.suggested_themes)
    for (const auto& s : after.suggested_themes) credit(s);
  // A theme decision (a suggestion accepted or rejected): the plugin that suggested it.
  if (before) {
    auto added = [](const std::vector<std::string>& from, const std::vector<std::string>& to, const std::string& t) {
      return std::find(to.begin(), to.end(), t) != to.end() && std::find(from.begin(), from.end(), t) == from.end();
    };
    for (const auto& s : before->suggested_themes)
      if (added(before->themes, after.themes, s.theme) || added(before->rejected_themes, after.rejected_themes, s.theme))
        credit(s);
  }
  diff.changes_json = Stringify(changes);
  return diff;
}

std::string DeletionChanges(const Document& before) {
  Object changes(Poco::JSON_PRESERVE_KEY_ORDER);
  Object::Ptr b = Parse(before);
  for (const char* field : {"title", "status", "themes"})
    if (b->has(field)) SetChange(changes, field, b->get(field), Var());
  return Stringify(changes);
}

}  // namespace silkdex::catalog
