// A minimal HTTP client for tests that talk to a real silkdex server on loopback.
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <string>
#include <utility>
#include <vector>

namespace silkdex::testing {

struct Response {
  int status = 0;
  std::string body;
  std::string content_type;
  Poco::Net::HTTPResponse head;
  std::string header(const std::string& name) const { return head.get(name, ""); }
  Poco::JSON::Object::Ptr json() const {
    Poco::JSON::Parser parser;
    return parser.parse(body).extract<Poco::JSON::Object::Ptr>();
  }
  std::string code() const { return json()->getValue<std::string>("code"); }
  std::string detail() const { return json()->getValue<std::string>("detail"); }
};

// One request on a new connection to 127.0.0.1:`port`, with a bearer key when given.
inline Response Call(uint16_t port, const std::string& method, const std::string& uri, const std::string& body = "",
                     const std::string& key = "", const std::vector<std::pair<std::string, std::string>>& headers = {}) {
  Poco::Net::HTTPClientSession session("127.0.0.1", port);
  Poco::Net::HTTPRequest req(method, uri, Poco::Net::HTTPMessage::HTTP_1_1);
  if (!key.empty()) req.set("Authorization", "Bearer " + key);
  for (const auto& [k, v] : headers) req.set(k, v);
  if (!body.empty() || method == "POST" || method == "PUT") req.setContentLength64(static_cast<Poco::Int64>(body.size()));
  session.sendRequest(req) << body;
  Response r;
  std::istream& in = session.receiveResponse(r.head);
  Poco::StreamCopier::copyToString(in, r.body);
  r.status = r.head.getStatus();
  r.content_type = r.head.getContentType();
  return r;
}

// The ids of a search response's hits, in order.
inline std::vector<std::string> HitIds(const Response& r) {
  std::vector<std::string> ids;
  auto hits = r.json()->getArray("hits");
  for (size_t i = 0; i < hits->size(); ++i) ids.push_back(hits->getObject(static_cast<unsigned>(i))->getValue<std::string>("id"));
  return ids;
}

}  // namespace silkdex::testing
