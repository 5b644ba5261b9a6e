// Markdown: metadata from YAML front matter (yaml-cpp), text from the CommonMark
// tree (cmark) with the markup stripped; the first heading is the fallback title.
#include <cmark.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <memory>
#include <regex>

#include "document/json_fields.h"
#include "ingest/readers.h"
#include "text/utf8.h"

namespace silkdex::ingest {
namespace {

using Poco::Dynamic::Var;

// Front matter nested deeper than this is refused.
constexpr int kMaxYamlDepth = 32;
// Front matter with more values than this is refused: YAML aliases can repeat a
// list inside a list ("billion laughs"), so a small file can stand for billions.
constexpr size_t kMaxYamlValues = 100000;

// YAML scalars are all text to yaml-cpp; a plain (unquoted) scalar is resolved
// the YAML 1.2 core-schema way (null, booleans, integers), a quoted one stays a
// string. Unquoted dates such as 2020-09-08 are not integers and stay strings.
// Only `views` and `sdgs` are numbers in the contract; everywhere else an
// unquoted number is text (`title: 1984`, `tags: [2020]`).
Var ScalarToVar(const YAML::Node& node, bool numbers) {
  const std::string& s = node.Scalar();
  if (node.Tag() != "?") return s;
  if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return Var();
  if (s == "true" || s == "True" || s == "TRUE") return true;
  if (s == "false" || s == "False" || s == "FALSE") return false;
  static const std::regex kInt("[-+]?[0-9]{1,18}");
  if (numbers && std::regex_match(s, kInt)) return static_cast<Poco::Int64>(std::stoll(s));
  return s;
}

Result<Var> YamlToVar(const YAML::Node& node, int depth, size_t* budget, bool numbers) {
  if (depth > kMaxYamlDepth)
    return Status::ResourceExhausted("front matter nested deeper than " + std::to_string(kMaxYamlDepth) + " levels");
  if (*budget == 0)
    return Status::ResourceExhausted("front matter has more than " + std::to_string(kMaxYamlValues) + " values");
  --*budget;
  switch (node.Type()) {
    case YAML::NodeType::Scalar: return ScalarToVar(node, numbers);
    case YAML::NodeType::Sequence: {
      Poco::JSON::Array::Ptr arr = new Poco::JSON::Array;
      for (const auto& item : node) {
        auto v = YamlToVar(item, depth + 1, budget, numbers);
        if (!v.ok()) return v.status();
        arr->add(*v);
      }
      return Var(arr);
    }
    case YAML::NodeType::Map: {
      Poco::JSON::Object::Ptr obj = new Poco::JSON::Object;
      for (const auto& kv : node) {
        const std::string& key = kv.first.Scalar();
        auto v = YamlToVar(kv.second, depth + 1, budget, numbers || (depth == 0 && (key == "views" || key == "sdgs")));
        if (!v.ok()) return v.status();
        obj->set(kv.first.Scalar(), *v);
      }
      return Var(obj);
    }
    default: return Var();
  }
}

// Splits "---\n<yaml>\n---\n<markdown>"; `fm_line` is the line the YAML starts on.
Status SplitFrontMatter(std::string_view content, std::string_view* yaml, std::string_view* markdown, int* body_line) {
  *yaml = {};
  *markdown = content;
  *body_line = 1;
  if (!(content.starts_with("---\n") || content.starts_with("---\r\n"))) return Status::Ok();
  size_t pos = content.find('\n') + 1;
  int line = 2;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view l = content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (l == "---" || l == "...") {
      *yaml = content.substr(content.find('\n') + 1, pos - content.find('\n') - 1);
      *markdown = nl == std::string_view::npos ? std::string_view() : content.substr(nl + 1);
      *body_line = line + 1;
      return Status::Ok();
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
    ++line;
  }
  return Status::InvalidArgument("front matter opened on line 1 is never closed with a '---' line");
}

Status ReadFrontMatter(std::string_view yaml, Document* doc) {
  if (yaml.find_first_not_of(" \t\r\n") == std::string_view::npos) return Status::Ok();
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::DeepRecursion&) {  // yaml-cpp's own limit, whose message is "bad file"
    return Status::ResourceExhausted("front matter nested deeper than " + std::to_string(kMaxYamlDepth) + " levels");
  } catch (const YAML::Exception& e) {
    // Line numbers in the file: the YAML starts on line 2.
    return Status::InvalidArgument("front matter line " + std::to_string(e.mark.line + 2) + ": " + e.msg);
  }
  if (!root.IsMap()) return Status::InvalidArgument("front matter must be a YAML mapping of fields");
  size_t budget = kMaxYamlValues;
  auto var = YamlToVar(root, 0, &budget, /*numbers=*/false);
  if (!var.ok()) return var.status();
  return json::ApplyFields(*json::ToObject(*var), doc, /*allow_body=*/false)
      .WithContext("front matter");
}

bool IsBlock(cmark_node_type t) {
  return t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING || t == CMARK_NODE_ITEM ||
         t == CMARK_NODE_CODE_BLOCK || t == CMARK_NODE_BLOCK_QUOTE || t == CMARK_NODE_THEMATIC_BREAK;
}

// Visible text of the CommonMark tree, blocks separated by blank lines. cmark's
// iterator walks the tree without recursion, so deep nesting is safe.
void ExtractText(cmark_node* root, std::string* text, std::string* first_heading) {
  std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(cmark_iter_new(root), cmark_iter_free);
  int heading_depth = 0;
  std::string heading;
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_HEADING) heading_depth += ev == CMARK_EVENT_ENTER ? 1 : -1;
    if (ev == CMARK_EVENT_EXIT && IsBlock(type)) {
      if (type == CMARK_NODE_HEADING && first_heading->empty()) *first_heading = heading;
      if (!text->empty() && text->back() != '\n') *text += "\n\n";
      continue;
    }
    if (ev != CMARK_EVENT_ENTER) continue;
    const char* literal = nullptr;
    switch (type) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
      case CMARK_NODE_CODE_BLOCK: literal = cmark_node_get_literal(node); break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK: literal = " "; break;
      default: break;
    }
    if (!literal) continue;
    *text += literal;
    if (heading_depth > 0 && first_heading->empty()) heading += literal;
  }
  while (!text->empty() && (text->back() == '\n' || text->back() == ' ')) text->pop_back();
}

}  // namespace

ReadResult ReadMarkdown(const Source& src) {
  std::string_view content = text::StripBom(src.content);
  if (auto bad = text::FindInvalidUtf8(content)) return ReadResult::Failed(src.path, 0, text::DescribeInvalidUtf8(content, *bad));
  std::string_view yaml, markdown;
  int body_line = 1;
  if (Status s = SplitFrontMatter(content, &yaml, &markdown, &body_line); !s.ok())
    return ReadResult::Failed(src.path, 1, s.message());
  Record rec;
  if (Status s = ReadFrontMatter(yaml, &rec.doc); !s.ok()) return ReadResult::Failed(src.path, 0, s.message());
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> root(
      cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT), cmark_node_free);
  if (!root) return ReadResult::Failed(src.path, body_line, "the Markdown could not be parsed");
  std::string heading;
  ExtractText(root.get(), &rec.doc.body, &heading);
  rec.fallback_title = heading.empty() ? FirstLine(rec.doc.body) : FirstLine(heading);
  ReadResult out;
  out.records.push_back(std::move(rec));
  return out;
}

}  // namespace silkdex::ingest
