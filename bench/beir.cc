#include "beir.h"

#include <fstream>
#include <stdexcept>

#include "silkdex/document_json.h"
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

namespace silkdex::bench {

std::vector<Document> LoadBeirCorpus(const std::vector<std::filesystem::path>& files) {
  std::vector<Document> docs;
  for (const auto& file : files) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      Poco::JSON::Parser parser;
      auto obj = parser.parse(line).extract<Poco::JSON::Object::Ptr>();
      Document d;
      d.id = "b" + obj->optValue<std::string>("_id", obj->optValue<std::string>("id", ""));
      d.title = obj->optValue<std::string>("title", "");
      d.body = obj->optValue<std::string>("text", obj->optValue<std::string>("contents", ""));
      if (d.title.empty()) d.title = d.body.substr(0, d.body.find('.'));
      if (d.title.empty()) d.title = d.id;
      d.language = "en";
      d.type = "publication";
      d.status = "published";
      docs.push_back(std::move(d));
    }
  }
  return docs;
}

std::vector<std::string> LoadQueries(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    if (line[0] == '{') {
      Poco::JSON::Parser parser;
      out.push_back(parser.parse(line).extract<Poco::JSON::Object::Ptr>()->optValue<std::string>("text", ""));
    } else {
      auto tab = line.find('\t');
      out.push_back(tab == std::string::npos ? line : line.substr(tab + 1));
    }
  }
  return out;
}

}  // namespace silkdex::bench
