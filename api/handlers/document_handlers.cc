// /v1/documents: read, create, replace, delete, bulk load, tags and themes.
// A write is answered only after it is committed.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>
#include <Poco/UUIDGenerator.h>

#include <algorithm>
#include <sstream>

#include "handlers/common.h"
#include "handlers/handlers.h"
#include "handlers/params.h"
#include "silkdex/document_json.h"
#include "silkdex/ingest.h"

namespace silkdex::api::handlers {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

// A document the caller may see, or the 404 (the public never learns that an
// unpublished document exists).
Result<Document> Visible(Context& ctx, const Request& req, const std::string& id) {
  auto searcher = ctx.index().Acquire();
  if (!searcher.ok()) return searcher.status();
  auto doc = (*searcher)->Get(id);
  if (!doc.ok()) return doc.status();
  auto visible = VisibleStatuses(req.principal);
  if (std::find(visible.begin(), visible.end(), doc->status) == visible.end())
    return Status::NotFound("no document has id '" + id + "'");
  return doc;
}

Problem DocumentProblem(const Status& s) {
  Problem p = FromStatus(s);
  if (s.message().rfind("malformed JSON", 0) == 0 || s.message().rfind("invalid UTF-8", 0) == 0 ||
      s.message().rfind("expected a JSON object", 0) == 0) {
    p.code = "invalid_json";
  } else if (p.status == 400) {
    p.code = "invalid_document";
  }
  if (s.code() == StatusCode::kResourceExhausted) {
    p.status = 400;
    p.code = "invalid_json";
  }
  return p;
}

// Parses, applies the defaults for the caller and validates a document body.
// Staff submissions wait for review (`in_review`); an admin's are published.
std::optional<Problem> ReadDocument(const Request& req, const std::string& fallback_id, Document* doc) {
  auto parsed = DocumentFromJson(req.body);
  if (!parsed.ok()) return DocumentProblem(parsed.status());
  *doc = std::move(parsed).value();
  if (doc->body.empty() && doc->segments.empty())
    return DocumentProblem(Status::InvalidArgument("field 'body': is missing (required for JSON documents)"));
  bool admin = req.principal.role == Role::kAdmin;
  if (!admin && !doc->status.empty() && doc->status != "draft" && doc->status != "in_review")
    return Forbidden("status '" + doc->status + "' is for moderators and admins to give; submit as 'draft' or 'in_review'");
  IngestOptions options;
  options.default_status = admin ? "published" : "in_review";
  if (Status s = FinishDocument(doc, fallback_id, options); !s.ok()) return DocumentProblem(s);
  return std::nullopt;
}

// Adds places found in the text, runs the plugins (their findings replace the
// old ones), then stores the document; the reply comes after the commit.
Reply Write(Context& ctx, const Request& req, Document doc, int status) {
  ctx.Enrich(&doc);
  if (auto w = ctx.index().Put(doc, ActorOf(req.principal)); !w.ok()) return FromStatus(w.status()).ToReply();
  Reply r = JsonReply(DocumentJson(ctx, doc), status);
  if (status == 201) r.headers.emplace_back("Location", "/v1/documents/" + doc.id);
  return r;
}

bool Exists(Context& ctx, const std::string& id) {
  auto searcher = ctx.index().Acquire();
  return searcher.ok() && (*searcher)->Get(id).ok();
}

// {"add": [...], "remove": [...]}-style bodies: the string arrays under `keys`.
std::optional<Problem> ReadEdits(const std::string& body, std::initializer_list<const char*> keys,
                                 std::map<std::string, std::vector<std::string>>* out) {
  Object::Ptr obj;
  try {
    Poco::JSON::Parser parser;
    obj = parser.parse(body).extract<Object::Ptr>();
  } catch (const std::exception&) {
    return Problem{400, "invalid_json", "the body must be a JSON object such as {\"add\": [...], \"remove\": [...]}", {}};
  }
  for (const char* key : keys) {
    if (!obj->has(key)) continue;
    Array::Ptr arr = obj->getArray(key);
    if (!arr) return Problem{400, "invalid_json", std::string("field '") + key + "' must be an array of strings", {{key, "must be an array of strings"}}};
    for (size_t i = 0; i < arr->size(); ++i) {
      if (!arr->get(i).isString())
        return Problem{400, "invalid_json", std::string("field '") + key + "' must be an array of strings", {{key, "must be an array of strings"}}};
      (*out)[key].push_back(arr->getElement<std::string>(static_cast<unsigned>(i)));
    }
  }
  return std::nullopt;
}


}  // namespace

Reply GetDocument(Context& ctx, const Request& req) {
  const std::string& id = req.path_params.at("id");
  auto doc = Visible(ctx, req, id);
  if (!doc.ok()) return doc.status().code() == StatusCode::kNotFound ? DocumentNotFound(id).ToReply() : FromStatus(doc.status()).ToReply();
  return JsonReply(DocumentJson(ctx, *doc));
}

Reply PutDocument(Context& ctx, const Request& req) {
  const std::string& id = req.path_params.at("id");
  if (!IsValidId(id))
    return Problem{400, "invalid_parameter", "the id in the path is not 1 to 128 characters of A-Z a-z 0-9 . _ -", {{"id", "invalid"}}}.ToReply();
  Document doc;
  if (auto p = ReadDocument(req, id, &doc)) return p->ToReply();
  if (doc.id != id)
    return Problem{400, "invalid_document", "field 'id': '" + doc.id + "' differs from the id in the path, '" + id + "'", {{"id", "differs from the path"}}}.ToReply();
  return Write(ctx, req, doc, Exists(ctx, id) ? 200 : 201);
}

Reply PostDocument(Context& ctx, const Request& req) {
  Document doc;
  if (auto p = ReadDocument(req, Poco::UUIDGenerator::defaultGenerator().createRandom().toString(), &doc))
    return p->ToReply();
  if (Exists(ctx, doc.id))
    return Problem{409, "document_exists", "a document with id '" + doc.id + "' exists; replace it with PUT /v1/documents/" + doc.id, {}}.ToReply();
  return Write(ctx, req, doc, 201);
}

Reply DeleteDocument(Context& ctx, const Request& req) {
  const std::string& id = req.path_params.at("id");
  Status s = ctx.index().Delete(id, ActorOf(req.principal));
  if (s.code() == StatusCode::kNotFound) return DocumentNotFound(id).ToReply();
  if (!s.ok()) return FromStatus(s).ToReply();
  Reply r;
  r.status = 204;
  r.content_type.clear();
  return r;
}

Reply PostDocumentsBulk(Context& ctx, const Request& req) {
  std::vector<Document> good;
  Array::Ptr failed = new Array;
  std::istringstream lines(req.body);
  std::string line;
  for (int n = 1; std::getline(lines, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    Request one = req;
    one.body = line;
    Document doc;
    auto problem = ReadDocument(one, Poco::UUIDGenerator::defaultGenerator().createRandom().toString(), &doc);
    if (problem) {
      Poco::JSON::Parser parser;
      Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
      item->set("line", n);
      item->set("problem", parser.parse(problem->ToJson()));
      failed->add(item);
      continue;
    }
    good.push_back(std::move(doc));
  }
  for (auto& d : good) ctx.Enrich(&d);
  if (auto w = ctx.index().PutMany(good, ActorOf(req.principal)); !w.ok()) return FromStatus(w.status()).ToReply();
  Object o(Poco::JSON_PRESERVE_KEY_ORDER);
  o.set("indexed", good.size());
  o.set("failed", failed);
  std::ostringstream out;
  o.stringify(out);
  return JsonReply(out.str());
}

// Runs an edit of a stored document under the write lock; an edit that finds
// the request wrong sets `problem` and aborts with nothing written. Edits of
// tags and themes do not run the plugins again: what they found stands.
Reply Edit(Context& ctx, const Request& req, const std::string& action,
           const std::function<std::optional<Problem>(Document*)>& edit) {
  const std::string& id = req.path_params.at("id");
  std::optional<Problem> problem;
  auto doc = ctx.index().Update(id, ActorOf(req.principal), action, [&](Document* d) -> Status {
    problem = edit(d);
    return problem ? Status::FailedPrecondition("refused") : Status::Ok();
  });
  if (problem) return problem->ToReply();
  if (!doc.ok()) return doc.status().code() == StatusCode::kNotFound ? DocumentNotFound(id).ToReply() : FromStatus(doc.status()).ToReply();
  return JsonReply(DocumentJson(ctx, *doc));
}

Reply PostDocumentTags(Context& ctx, const Request& req) {
  std::map<std::string, std::vector<std::string>> edits;
  if (auto p = ReadEdits(req.body, {"add", "remove"}, &edits)) return p->ToReply();
  return Edit(ctx, req, "tags", [&](Document* doc) -> std::optional<Problem> {
    RemoveAll(&doc->tags, edits["remove"]);
    AddAll(&doc->tags, edits["add"]);
    return std::nullopt;
  });
}

Reply PostDocumentThemes(Context& ctx, const Request& req) {
  const std::string& id = req.path_params.at("id");
  std::map<std::string, std::vector<std::string>> edits;
  if (auto p = ReadEdits(req.body, {"accept", "reject", "add", "remove"}, &edits)) return p->ToReply();
  for (const char* key : {"accept", "reject", "add", "remove"}) {
    for (const auto& t : edits[key]) {
      auto themes = ThemeIds();
      if (std::find(themes.begin(), themes.end(), t) == themes.end())
        return Problem{400, "invalid_document", std::string("field '") + key + "': '" + t + "' is not a theme id", {{key, "'" + t + "' is not a theme id"}}}.ToReply();
    }
  }
  return Edit(ctx, req, "themes", [&](Document* doc) -> std::optional<Problem> {
    // Accepting a suggestion makes it a given theme; rejecting one keeps it
    // rejected when plugins look at the document again.
    for (const char* key : {"accept", "reject"}) {
      for (const auto& t : edits[key]) {
        bool suggested = std::any_of(doc->suggested_themes.begin(), doc->suggested_themes.end(),
                                     [&](const SuggestedTheme& s) { return s.theme == t; });
        if (!suggested)
          return Problem{409, "not_suggested", "theme '" + t + "' is not among the plugins' suggestions for document '" + id + "'", {{key, "not suggested"}}};
      }
    }
    AddAll(&doc->themes, edits["accept"]);
    AddAll(&doc->rejected_themes, edits["reject"]);
    // A rejected suggestion leaves the suggestions now (the plugins drop it
    // whenever they run again).
    std::erase_if(doc->suggested_themes, [&](const SuggestedTheme& s) {
      return std::find(edits["reject"].begin(), edits["reject"].end(), s.theme) != edits["reject"].end();
    });
    RemoveAll(&doc->rejected_themes, edits["accept"]);
    RemoveAll(&doc->themes, edits["remove"]);
    AddAll(&doc->themes, edits["add"]);
    return std::nullopt;
  });
}

}  // namespace silkdex::api::handlers
