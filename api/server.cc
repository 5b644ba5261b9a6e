#include "server.h"

#include <cctype>
#include <chrono>
#include <thread>

#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/URI.h>
#include <spdlog/spdlog.h>

#include "problem.h"
#include "router.h"

namespace silkdex::api {
namespace {

using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

std::string Bearer(const HTTPServerRequest& raw) {
  if (!raw.has("Authorization")) return {};
  const std::string& v = raw.get("Authorization");
  return v.rfind("Bearer ", 0) == 0 ? v.substr(7) : std::string("\x01");  // \x01: not a bearer key
}

size_t HeadBytes(const HTTPServerRequest& raw) {
  size_t n = raw.getMethod().size() + raw.getURI().size() + raw.getVersion().size() + 4;
  for (const auto& [name, value] : raw) n += name.size() + value.size() + 4;
  return n;
}

// Reads the body, refusing more than `cap` bytes without reading them all.
std::optional<Problem> ReadBody(HTTPServerRequest& raw, size_t cap, std::string* body) {
  auto too_large = Problem{413, "body_too_large",
                           "the request body is over the limit of " + std::to_string(cap) + " bytes; send less per request (bulk loads: split the NDJSON)", {}};
  std::istream& in = raw.stream();
  char buf[16384];
  // A body past the cap is read and dropped up to a few times the cap, so that
  // the client, still sending, gets the 413 rather than a reset connection;
  // beyond that the connection is closed.
  auto refuse = [&] {
    size_t dropped = body->size();
    body->clear();
    while (in && dropped <= 4 * cap) {
      in.read(buf, sizeof buf);
      dropped += static_cast<size_t>(in.gcount());
    }
    return too_large;
  };
  if (raw.hasContentLength() && raw.getContentLength64() > static_cast<Poco::Int64>(cap)) return refuse();
  while (in) {
    in.read(buf, sizeof buf);
    body->append(buf, static_cast<size_t>(in.gcount()));
    if (body->size() > cap) return refuse();
  }
  return std::nullopt;
}

class Dispatcher : public Poco::Net::HTTPRequestHandler {
 public:
  Dispatcher(Context& ctx, const Router& router) : ctx_(ctx), router_(router) {}

  void handleRequest(HTTPServerRequest& raw, HTTPServerResponse& resp) override {
    auto started = std::chrono::steady_clock::now();
    std::string route = "unmatched";
    Reply reply;
    try {
      reply = Handle(raw, &route);
    } catch (const std::exception& e) {
      spdlog::error("{} {}: {}", raw.getMethod(), raw.getURI(), e.what());
      reply = Problem{500, "internal_error", "the server failed to handle this request; it has been logged", {}}.ToReply();
    } catch (...) {
      spdlog::error("{} {}: unknown exception", raw.getMethod(), raw.getURI());
      reply = Problem{500, "internal_error", "the server failed to handle this request; it has been logged", {}}.ToReply();
    }
    Send(raw, resp, reply);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    ctx_.metrics().Observe(route, reply.status, seconds);
    spdlog::info("{} {} {} {:.2f}ms", raw.getMethod(), raw.getURI(), reply.status, seconds * 1000);
  }

 private:
  Reply Handle(HTTPServerRequest& raw, std::string* route_name) {
    if (HeadBytes(raw) > ctx_.limits().max_header_bytes) {
      return Problem{431, "headers_too_large",
                     "the request line and headers are over the limit of " + std::to_string(ctx_.limits().max_header_bytes) + " bytes", {}}.ToReply();
    }
    Request req;
    req.method = raw.getMethod();
    for (const auto& [name, value] : raw) {
      std::string lower = name;
      for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      req.headers[lower] = value;
    }
    try {
      Poco::URI uri(raw.getURI());
      req.path = uri.getPath();
      for (auto& [k, v] : uri.getQueryParameters()) req.query_params.emplace(k, v);
    } catch (const Poco::SyntaxException&) {
      return Problem{400, "invalid_uri", "the request URI is not valid: check its %-escapes", {}}.ToReply();
    }
    Router::Match match = router_.Find(req.method, req.path);
    if (!match.route) {
      if (match.allowed.empty())
        return Problem{404, "unknown_route", "there is no " + req.path + " in this API; see docs/openapi.yaml", {}}.ToReply();
      std::string allow;
      for (const auto& m : match.allowed) allow += (allow.empty() ? "" : ", ") + m;
      Reply r = Problem{405, "method_not_allowed", req.method + " is not allowed on " + req.path + "; use " + allow, {}}.ToReply();
      r.headers.emplace_back("Allow", allow);
      return r;
    }
    *route_name = match.route->name;
    req.path_params = std::move(match.params);
    std::string key = Bearer(raw);
    if (!key.empty()) {
      auto who = ctx_.keys().Authenticate(key);
      if (!who.ok()) return Unauthorized("the API key is not valid: check the Authorization: Bearer header");
      req.principal = *who;
    }
    if (req.principal.role < match.route->least_role) {
      std::string need(RoleName(match.route->least_role));
      if (req.principal.role == Role::kPublic) return Unauthorized(req.method + " " + match.route->pattern + " needs a " + need + " key");
      return Problem{403, "forbidden", "a " + std::string(RoleName(req.principal.role)) + " key cannot " + req.method + " " +
                                           match.route->pattern + "; it needs a " + need + " key", {}}.ToReply();
    }
    if (req.method == "POST" || req.method == "PUT") {
      if (auto p = ReadBody(raw, ctx_.limits().max_body_bytes, &req.body)) {
        Reply r = p->ToReply();
        r.close = raw.stream().good();  // more was sent than was read
        return r;
      }
    }
    return match.route->handler(ctx_, req);
  }

  static Reply Unauthorized(const std::string& detail) {
    Reply r = Problem{401, "unauthorized", detail, {}}.ToReply();
    r.headers.emplace_back("WWW-Authenticate", "Bearer");
    return r;
  }

  static void Send(const HTTPServerRequest& raw, HTTPServerResponse& resp, const Reply& reply) {
    resp.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(reply.status));
    resp.setReason(StatusTitle(reply.status));
    resp.set("Cache-Control", "no-store");  // unless the reply says otherwise (the web interface's files)
    for (const auto& [k, v] : reply.headers) resp.set(k, v);
    if (reply.close) resp.setKeepAlive(false);
    resp.set("X-Content-Type-Options", "nosniff");
    if (!reply.content_type.empty()) resp.setContentType(reply.content_type);  // JSON is UTF-8 by definition (RFC 8259)
    if (reply.status != 304) resp.setContentLength64(static_cast<Poco::Int64>(reply.body.size()));
    if (raw.getMethod() == "HEAD" || reply.status == 204 || reply.status == 304) {
      resp.send();
      return;
    }
    resp.send().write(reply.body.data(), static_cast<std::streamsize>(reply.body.size()));
  }

  Context& ctx_;
  const Router& router_;
};

// Answers 503 without touching the index: the server is full.
class Overloaded : public Poco::Net::HTTPRequestHandler {
 public:
  void handleRequest(HTTPServerRequest&, HTTPServerResponse& resp) override {
    std::string body = Problem{503, "overloaded", "the server is busy; retry in a moment", {}}.ToJson();
    resp.setStatus(Poco::Net::HTTPResponse::HTTP_SERVICE_UNAVAILABLE);
    resp.set("Retry-After", "1");
    resp.setContentType("application/problem+json");
    resp.setContentLength64(static_cast<Poco::Int64>(body.size()));
    resp.send() << body;
  }
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  Factory(Context& ctx, const Router& router, int max_queued) : ctx_(ctx), router_(router), max_queued_(max_queued) {}
  void set_server(const Poco::Net::HTTPServer* server) { server_ = server; }
  Poco::Net::HTTPRequestHandler* createRequestHandler(const HTTPServerRequest&) override {
    if (server_ && server_->queuedConnections() > max_queued_) return new Overloaded;
    return new Dispatcher(ctx_, router_);
  }

 private:
  Context& ctx_;
  const Router& router_;
  int max_queued_;
  const Poco::Net::HTTPServer* server_ = nullptr;
};

}  // namespace

struct Server::Impl {
  std::unique_ptr<Context> ctx;
  Router router = MakeRouter();
  std::unique_ptr<Poco::Net::HTTPServer> http;
  bool stopped = false;
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() { Stop(); }

Result<std::unique_ptr<Server>> Server::Start(const ServerOptions& options, const std::filesystem::path& data,
                                             std::unique_ptr<PluginHost> plugins) {
  auto impl = std::make_unique<Impl>();
  std::error_code ec;
  std::filesystem::create_directories(data, ec);
  if (!plugins) plugins = PluginHost::Empty();
  if (options.searches_at_once >= 0) SetSearchesAtOnce(static_cast<unsigned>(options.searches_at_once));
  IndexOptions search_options;
  search_options.extra_synonyms = plugins->VocabularyGroups();
  auto index = IndexService::Open(data, std::move(search_options));
  if (!index.ok()) return index.status();
  auto keys = KeyStore::Open(Store::CatalogPath(data));
  if (!keys.ok()) return keys.status();
  auto places = Gazetteer::Load();
  if (!places.ok()) return places.status();
  impl->ctx = std::make_unique<Context>(std::move(index).value(), std::move(keys).value(), std::move(plugins),
                                        std::move(places).value(), options.limits);
  try {
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress(options.bind, options.port), 128);
    auto* params = new Poco::Net::HTTPServerParams;
    // Poco holds a worker for each kept-alive connection, so there are more
    // workers than cores: searches are short, idle connections many.
    int threads = options.threads > 0 ? options.threads
                                      : std::max(16, 4 * static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
    params->setMaxThreads(threads);
    params->setMaxQueued(std::max(options.max_queued * 4, 256));  // Poco refuses past this; we answer 503 before
    params->setTimeout(Poco::Timespan(static_cast<long>(options.request_timeout_s * 1e6)));
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(static_cast<long>(options.idle_timeout_s * 1e6)));
    params->setMaxKeepAliveRequests(1000);
    params->setServerName("silkdex");
    auto* factory = new Factory(*impl->ctx, impl->router, options.max_queued);
    impl->http = std::make_unique<Poco::Net::HTTPServer>(factory, socket, params);
    factory->set_server(impl->http.get());
    impl->http->start();
  } catch (const Poco::Exception& e) {
    return Status::Unavailable("cannot listen on " + options.bind + ":" + std::to_string(options.port) + ": " + e.displayText());
  }
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

uint16_t Server::port() const { return impl_->http->port(); }

void Server::Stop() {
  if (!impl_ || impl_->stopped) return;
  impl_->stopped = true;
  impl_->http->stop();  // no new connections
  for (int i = 0; i < 300 && impl_->http->currentConnections() > 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  impl_->http->stopAll(true);
  if (Status s = impl_->ctx->index().Close(); !s.ok()) spdlog::error("closing the index: {}", s.ToString());
}

}  // namespace silkdex::api
