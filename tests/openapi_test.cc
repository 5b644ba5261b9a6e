// docs/openapi.yaml against the routes the server actually has
// (silkdex::api::MakeRouter()): the same (method, path) pairs, the same least
// role per route, and problem+json errors on every operation.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include "auth.h"
#include "problem.h"
#include "router.h"

namespace {

using Operation = std::pair<std::string, std::string>;  // method (upper case), path

const char* const kMethods[] = {"get", "put", "post", "delete", "patch", "head", "options", "trace"};

std::string Upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string Describe(const Operation& op) { return op.first + " " + op.second; }

class OpenApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    spec_ = new YAML::Node(YAML::LoadFile(std::string(SILKDEX_SOURCE_DIR) + "/docs/openapi.yaml"));
  }
  static void TearDownTestSuite() {
    delete spec_;
    spec_ = nullptr;
  }

  static const YAML::Node& Spec() { return *spec_; }

  // Every operation of the file, by (METHOD, path).
  static std::map<Operation, YAML::Node> Operations() {
    std::map<Operation, YAML::Node> out;
    for (const auto& path : Spec()["paths"]) {
      for (const char* method : kMethods) {
        if (path.second[method]) out.emplace(Operation{Upper(method), path.first.as<std::string>()}, path.second[method]);
      }
    }
    return out;
  }

  // Follows a local "$ref" ("#/components/responses/X") to the node it names.
  // (No YAML::Node assignment here: assigning to a node rewrites what it refers to.)
  static YAML::Node Resolve(const YAML::Node& node) {
    if (!node.IsMap() || !node["$ref"]) return node;
    std::string ref = node["$ref"].as<std::string>();
    EXPECT_EQ(ref.rfind("#/", 0), 0u) << "only local references are expected: " << ref;
    std::vector<std::string> parts;
    std::istringstream in(ref.substr(2));
    for (std::string part; std::getline(in, part, '/');) parts.push_back(part);
    YAML::Node target = Walk(Spec(), parts, 0);
    if (!target) {
      ADD_FAILURE() << "dangling reference " << ref;
      return target;
    }
    return Resolve(target);
  }

  static YAML::Node Walk(const YAML::Node& at, const std::vector<std::string>& parts, size_t i) {
    if (i == parts.size() || !at) return at;
    return Walk(at[parts[i]], parts, i + 1);
  }

  static const silkdex::api::Router& Routes() {
    static const silkdex::api::Router router = silkdex::api::MakeRouter();
    return router;
  }

 private:
  static YAML::Node* spec_;
};

YAML::Node* OpenApiTest::spec_ = nullptr;

TEST_F(OpenApiTest, IsOpenApi303) {
  ASSERT_TRUE(Spec()["openapi"]);
  EXPECT_EQ(Spec()["openapi"].as<std::string>(), "3.0.3");
  EXPECT_TRUE(Spec()["info"]["title"]);
  EXPECT_TRUE(Spec()["components"]["securitySchemes"]["bearerAuth"]);
  EXPECT_EQ(Spec()["components"]["securitySchemes"]["bearerAuth"]["scheme"].as<std::string>(), "bearer");
}

TEST_F(OpenApiTest, DescribesEveryRouteAndNoOther) {
  std::set<Operation> routes, described;
  for (const auto& r : Routes().routes()) routes.insert({r.method, r.pattern});
  for (const auto& [op, node] : Operations()) described.insert(op);
  ASSERT_FALSE(routes.empty());
  for (const auto& op : routes)
    EXPECT_TRUE(described.count(op)) << Describe(op) << " is a route of MakeRouter() but not in docs/openapi.yaml";
  for (const auto& op : described)
    EXPECT_TRUE(routes.count(op)) << Describe(op) << " is in docs/openapi.yaml but not a route of MakeRouter()";
  EXPECT_EQ(routes, described);
}

TEST_F(OpenApiTest, EachOperationNamesTheRoutesLeastRole) {
  auto ops = Operations();
  for (const auto& r : Routes().routes()) {
    auto it = ops.find({r.method, r.pattern});
    if (it == ops.end()) continue;  // reported by DescribesEveryRouteAndNoOther
    const YAML::Node& op = it->second;
    ASSERT_TRUE(op["x-silkdex-role"]) << r.method << " " << r.pattern << " has no x-silkdex-role";
    EXPECT_EQ(op["x-silkdex-role"].as<std::string>(), std::string(silkdex::api::RoleName(r.least_role)))
        << r.method << " " << r.pattern;
    // Routes that need a key must not offer the anonymous alternative ({}).
    if (r.least_role != silkdex::api::Role::kPublic && op["security"]) {
      for (const auto& requirement : op["security"]) {
        EXPECT_GT(requirement.size(), 0u) << r.method << " " << r.pattern << " needs a key but allows no security";
      }
    }
    if (op["operationId"]) {
      EXPECT_EQ(op["operationId"].as<std::string>(), r.name) << r.method << " " << r.pattern;
    }
  }
}

TEST_F(OpenApiTest, EveryOperationListsProblemJsonErrors) {
  auto ops = Operations();
  ASSERT_FALSE(ops.empty());
  for (const auto& [op, node] : ops) {
    ASSERT_TRUE(node["responses"]) << Describe(op) << " has no responses";
    int errors = 0, successes = 0;
    for (const auto& response : node["responses"]) {
      std::string code = response.first.as<std::string>();
      const YAML::Node body = Resolve(response.second);
      ASSERT_TRUE(body["description"]) << Describe(op) << " " << code << " has no description";
      if (code[0] == '2') {
        ++successes;
        continue;
      }
      if (code[0] != '4' && code[0] != '5') continue;
      const YAML::Node content = body["content"];
      ASSERT_TRUE(content && content["application/problem+json"])
          << Describe(op) << " " << code << " is not application/problem+json";
      EXPECT_EQ(content.size(), 1u) << Describe(op) << " " << code << ": errors are only ever problem+json";
      const YAML::Node schema = content["application/problem+json"]["schema"];
      ASSERT_TRUE(schema && schema["$ref"]) << Describe(op) << " " << code << " has no schema";
      EXPECT_EQ(schema["$ref"].as<std::string>(), "#/components/schemas/Problem") << Describe(op) << " " << code;
      ++errors;
    }
    EXPECT_GE(successes, 1) << Describe(op) << " lists no 2xx response";
    EXPECT_GE(errors, 1) << Describe(op) << " lists no problem+json error response";
    // A route that needs a key can answer 401 and 403; every route answers 401 to a bad key.
    EXPECT_TRUE(node["responses"]["401"]) << Describe(op) << " does not list 401";
  }
}

TEST_F(OpenApiTest, PathParametersAreDeclared) {
  for (const auto& path : Spec()["paths"]) {
    std::string p = path.first.as<std::string>();
    std::set<std::string> placeholders, declared;
    for (size_t open = p.find('{'); open != std::string::npos; open = p.find('{', open + 1))
      placeholders.insert(p.substr(open + 1, p.find('}', open) - open - 1));
    auto collect = [&](const YAML::Node& params) {
      if (!params) return;
      for (const auto& param : params) {
        const YAML::Node resolved = Resolve(param);
        if (resolved["in"].as<std::string>() == "path") declared.insert(resolved["name"].as<std::string>());
      }
    };
    collect(path.second["parameters"]);
    for (const char* method : kMethods)
      if (path.second[method]) collect(path.second[method]["parameters"]);
    EXPECT_EQ(placeholders, declared) << p;
  }
}

TEST_F(OpenApiTest, SearchTakesEveryContractParameter) {
  const YAML::Node op = Spec()["paths"]["/v1/search"]["get"];
  ASSERT_TRUE(op);
  std::set<std::string> names;
  for (const auto& param : op["parameters"]) names.insert(Resolve(param)["name"].as<std::string>());
  for (const char* want : {"q", "theme", "type", "city", "country", "partner", "tag", "lang", "sdg", "from", "to",
                           "cluster", "sort", "page", "per_page", "facets", "status"})
    EXPECT_TRUE(names.count(want)) << "/v1/search does not describe parameter " << want;
  const YAML::Node per_page = Resolve(Spec()["components"]["parameters"]["per_page"]);
  EXPECT_EQ(per_page["schema"]["maximum"].as<int>(), 100);
}

// The Problem schema names what Problem::ToJson() sends, and requires what it always sends.
TEST_F(OpenApiTest, ProblemSchemaMatchesWhatTheServerSends) {
  const YAML::Node schema = Spec()["components"]["schemas"]["Problem"];
  ASSERT_TRUE(schema);
  std::set<std::string> properties, required;
  for (const auto& p : schema["properties"]) properties.insert(p.first.as<std::string>());
  for (const auto& r : schema["required"]) required.insert(r.as<std::string>());

  silkdex::api::Problem bare{404, "document_not_found", "no document has id 'x'", {}};
  silkdex::api::Problem with_fields{400, "invalid_parameter", "parameter 'page': must be 1 or more", {{"page", "must be 1 or more"}}};
  for (const auto& problem : {bare, with_fields}) {
    Poco::JSON::Parser parser;
    auto sent = parser.parse(problem.ToJson()).extract<Poco::JSON::Object::Ptr>();
    std::set<std::string> keys;
    for (const auto& [k, v] : *sent) keys.insert(k);
    for (const auto& k : keys) EXPECT_TRUE(properties.count(k)) << "the server sends '" << k << "', the schema does not name it";
    for (const auto& r : required) EXPECT_TRUE(keys.count(r)) << "the schema requires '" << r << "', the server does not send it";
  }
  const YAML::Node field = Spec()["components"]["schemas"]["FieldProblem"];
  ASSERT_TRUE(field);
  EXPECT_TRUE(field["properties"]["field"]);
  EXPECT_TRUE(field["properties"]["detail"]);
}

TEST_F(OpenApiTest, BulkTakesNdjson) {
  const YAML::Node op = Spec()["paths"]["/v1/documents:bulk"]["post"];
  ASSERT_TRUE(op);
  EXPECT_TRUE(op["requestBody"]["content"]["application/x-ndjson"]);
  EXPECT_EQ(Lower(Spec()["paths"]["/metrics"]["get"]["responses"]["200"]["content"].begin()->first.as<std::string>()),
            "text/plain");
}

}  // namespace
