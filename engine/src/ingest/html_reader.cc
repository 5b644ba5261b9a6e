// HTML: visible text through gumbo (an HTML5 parser), without script, style,
// navigation and other boilerplate; title from <title>, else the first heading;
// summary from <meta name="description">; language from <html lang>.
#include <gumbo.h>

#include <strings.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis/analyzer.h"
#include "ingest/readers.h"
#include "text/utf8.h"

namespace silkdex::ingest {
namespace {

// Elements whose content is never part of the document's text.
bool IsBoilerplate(const GumboElement& el) {
  switch (el.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_FORM:
      return true;
    default: break;
  }
  const GumboAttribute* role = gumbo_get_attribute(&el.attributes, "role");
  if (role && (std::strcmp(role->value, "navigation") == 0 || std::strcmp(role->value, "banner") == 0 ||
               std::strcmp(role->value, "contentinfo") == 0))
    return true;
  return gumbo_get_attribute(&el.attributes, "hidden") != nullptr;
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BR:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_HR: case GUMBO_TAG_ASIDE:
      return true;
    default: return false;
  }
}

bool IsHeading(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }

// Appends text, collapsing runs of white space to one space.
void AppendText(const char* s, std::string* out) {
  for (; *s; ++s) {
    char c = *s;
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (space) {
      if (!out->empty() && out->back() != ' ' && out->back() != '\n') *out += ' ';
    } else {
      *out += c;
    }
  }
}

void EndBlock(std::string* out) {
  while (!out->empty() && out->back() == ' ') out->pop_back();
  if (!out->empty() && !out->ends_with("\n\n")) *out += out->back() == '\n' ? "\n" : "\n\n";
}

struct Page {
  std::string title, description, lang, text, first_heading;
};

// <title> and <meta name="description">; nothing else of the head is text.
void ReadHead(const GumboElement& head, Page* page) {
  for (unsigned i = 0; i < head.children.length; ++i) {
    const GumboNode* child = static_cast<const GumboNode*>(head.children.data[i]);
    if (child->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& el = child->v.element;
    if (el.tag == GUMBO_TAG_TITLE && page->title.empty()) {
      for (unsigned k = 0; k < el.children.length; ++k) {
        const GumboNode* t = static_cast<const GumboNode*>(el.children.data[k]);
        if (t->type == GUMBO_NODE_TEXT) AppendText(t->v.text.text, &page->title);
      }
    } else if (el.tag == GUMBO_TAG_META) {
      const GumboAttribute* name = gumbo_get_attribute(&el.attributes, "name");
      const GumboAttribute* content = gumbo_get_attribute(&el.attributes, "content");
      if (name && content && strcasecmp(name->value, "description") == 0) page->description = content->value;
    }
  }
}

// Walks the tree with an explicit stack (no recursion: nesting depth is the
// input's to choose). A null node on the stack marks the end of an element.
void Walk(const GumboNode* root, Page* page) {
  std::vector<std::pair<const GumboNode*, bool>> stack{{root, false}};  // (node, closing)
  int heading_depth = 0;
  std::string heading;
  while (!stack.empty()) {
    auto [node, closing] = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_ELEMENT) {
      const GumboElement& el = node->v.element;
      if (closing) {
        if (IsHeading(el.tag) && --heading_depth == 0 && page->first_heading.empty()) page->first_heading = heading;
        if (IsBlock(el.tag)) EndBlock(&page->text);
        continue;
      }
      if (el.tag == GUMBO_TAG_HTML) {
        if (const GumboAttribute* lang = gumbo_get_attribute(&el.attributes, "lang")) page->lang = lang->value;
      } else if (el.tag == GUMBO_TAG_HEAD) {
        ReadHead(el, page);
        continue;
      }
      if (IsBoilerplate(el)) continue;
      if (IsHeading(el.tag)) ++heading_depth;
      stack.emplace_back(node, true);
      for (unsigned i = el.children.length; i-- > 0;)
        stack.emplace_back(static_cast<const GumboNode*>(el.children.data[i]), false);
    } else if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
               node->type == GUMBO_NODE_WHITESPACE) {
      AppendText(node->v.text.text, &page->text);
      if (heading_depth > 0 && page->first_heading.empty()) AppendText(node->v.text.text, &heading);
    } else if (node->type == GUMBO_NODE_DOCUMENT) {
      const GumboVector& children = node->v.document.children;
      for (unsigned i = children.length; i-- > 0;)
        stack.emplace_back(static_cast<const GumboNode*>(children.data[i]), false);
    }
  }
  while (!page->text.empty() && (page->text.back() == '\n' || page->text.back() == ' ')) page->text.pop_back();
}

// gumbo's tree builder scans the stack of open elements for most start tags, so
// its time grows with the square of the nesting depth: 200000 nested <div>s take
// minutes. The depth is estimated first and deeper HTML is refused. (A heuristic
// against accidents, not a parser: crafted mis-nesting can still get past it.)
constexpr size_t kMaxHtmlDepth = 10000;

bool IsOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements that stay open until their end tag: not void, and not closed by the
// next sibling or by their parent's end tag (<p>, <li>, <td>...).
bool StaysOpen(std::string_view name) {
  return !IsOneOf(name, {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
                         "input", "keygen", "link", "meta", "param", "source", "track", "wbr", "html", "head", "body",
                         "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
                         "colgroup", "caption", "rb", "rt", "rtc", "rp"});
}

// The deepest nesting of elements, counted from the tags alone. An end tag
// closes only an element of its name that is open; comments and the text of
// script and style are skipped.
size_t EstimateDepth(std::string_view content) {
  std::string html(content);
  for (auto& c : html) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::map<std::string_view, size_t> open;  // elements open, by name
  size_t depth = 0, deepest = 0, foreign = 0;  // foreign: inside <svg> or <math>, where "<x/>" closes
  for (size_t i = html.find('<'); i != std::string::npos; i = html.find('<', i)) {
    if (html.compare(i, 4, "<!--") == 0) {
      i = html.find("-->", i + 4);
      if (i == std::string::npos) break;
      continue;
    }
    bool end = html.compare(i, 2, "</") == 0;
    size_t b = i + (end ? 2 : 1), e = b;
    while (e < html.size() && (std::isalnum(static_cast<unsigned char>(html[e])) || html[e] == '-')) ++e;
    if (e == b) {  // not a tag: text, <!DOCTYPE>, <?...>
      ++i;
      continue;
    }
    std::string_view name = std::string_view(html).substr(b, e - b);
    size_t close = html.find('>', e);
    if (close == std::string::npos) break;
    i = close + 1;
    bool foreign_root = name == "svg" || name == "math";
    if (end) {
      if (auto it = open.find(name); it != open.end() && it->second > 0) {
        --it->second;
        --depth;
        if (foreign_root) --foreign;
      }
      continue;
    }
    if (foreign == 0 && IsOneOf(name, {"script", "style"})) {  // raw text up to the end tag
      i = html.find("</" + std::string(name), i);
      if (i == std::string::npos) break;
      i += 2;  // the end tag closes nothing counted
      continue;
    }
    if (!StaysOpen(name) || (html[close - 1] == '/' && (foreign > 0 || foreign_root))) continue;
    if (foreign_root) ++foreign;
    ++open[name];
    deepest = std::max(deepest, ++depth);
  }
  return deepest;
}

}  // namespace

ReadResult ReadHtml(const Source& src) {
  std::string_view content = text::StripBom(src.content);
  if (auto bad = text::FindInvalidUtf8(content)) return ReadResult::Failed(src.path, 0, text::DescribeInvalidUtf8(content, *bad));
  if (EstimateDepth(content) > kMaxHtmlDepth)
    return ReadResult::Failed(src.path, 0, "HTML nested deeper than " + std::to_string(kMaxHtmlDepth) + " elements");
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 100;  // keep parse-error bookkeeping bounded on broken input
  std::unique_ptr<GumboOutput, std::function<void(GumboOutput*)>> output(
      gumbo_parse_with_options(&options, content.data(), content.size()),
      [options](GumboOutput* o) { gumbo_destroy_output(&options, o); });
  if (!output) return ReadResult::Failed(src.path, 0, "the HTML could not be parsed");
  Page page;
  Walk(output->document, &page);
  Record rec;
  rec.doc.title = page.title.substr(0, page.title.find_last_not_of(' ') + 1);
  rec.doc.summary = page.description;
  rec.doc.language = analysis::PrimaryLanguage(page.lang);
  rec.doc.body = std::move(page.text);
  rec.fallback_title = FirstLine(page.first_heading.empty() ? rec.doc.body : page.first_heading);
  ReadResult out;
  out.records.push_back(std::move(rec));
  return out;
}

}  // namespace silkdex::ingest
