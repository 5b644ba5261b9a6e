#include "problem.h"

#include <sstream>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPResponse.h>

namespace silkdex::api {

std::string StatusTitle(int status) {
  if (status == 422) return "Unprocessable Content";
  if (status == 431) return "Request Header Fields Too Large";
  return Poco::Net::HTTPResponse::getReasonForStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
}

std::string Problem::ToJson() const {
  Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
  o.set("type", "https://silkdex.org/problems/" + code);
  o.set("title", StatusTitle(status));
  o.set("status", status);
  o.set("detail", detail);
  o.set("code", code);
  if (!errors.empty()) {
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const auto& e : errors) {
      Poco::JSON::Object::Ptr item = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
      item->set("field", e.field);
      item->set("detail", e.detail);
      list->add(item);
    }
    o.set("errors", list);
  }
  std::ostringstream out;
  o.stringify(out);
  return out.str();
}

Reply Problem::ToReply() const {
  Reply r;
  r.status = status;
  r.content_type = "application/problem+json";
  r.body = ToJson();
  return r;
}

namespace {

// "parameter 'page': must be..." -> {"page", "must be..."}; also "field 'x': ", "filter 'x': ".
bool SplitField(const std::string& message, FieldProblem* out) {
  for (const char* lead : {"parameter '", "field '", "filter '", "unknown filter '"}) {
    std::string l = lead;
    if (message.rfind(l, 0) != 0) continue;
    size_t end = message.find('\'', l.size());
    if (end == std::string::npos) return false;
    out->field = message.substr(l.size(), end - l.size());
    out->detail = message.substr(end + 1);
    if (out->detail.rfind(": ", 0) == 0) out->detail.erase(0, 2);
    if (l == "unknown filter '") out->detail = message;
    return true;
  }
  return false;
}

}  // namespace

Problem FromStatus(const Status& status) {
  Problem p;
  p.detail = status.message();
  switch (status.code()) {
    case StatusCode::kInvalidArgument: {
      p.status = 400;
      FieldProblem field;
      if (status.message().rfind("query", 0) == 0) {
        p.code = "invalid_query";
      } else if (SplitField(status.message(), &field)) {
        p.code = status.message().rfind("field '", 0) == 0 ? "invalid_document" : "invalid_parameter";
        p.errors.push_back(field);
      } else {
        p.code = "invalid_argument";
      }
      break;
    }
    case StatusCode::kNotFound: p.status = 404; p.code = "not_found"; break;
    case StatusCode::kFailedPrecondition: p.status = 409; p.code = "failed_precondition"; break;
    case StatusCode::kResourceExhausted: p.status = 413; p.code = "too_large"; break;
    case StatusCode::kUnavailable: p.status = 503; p.code = "unavailable"; break;
    default:
      p.status = 500;
      p.code = "internal_error";
      p.detail = "the server failed to handle this request; it has been logged";
      break;
  }
  return p;
}

}  // namespace silkdex::api
