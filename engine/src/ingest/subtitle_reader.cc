// WebVTT and SRT transcripts: each cue becomes a segment with its times and,
// from a `<v Name>` voice tag or a `Name: ` prefix, its speaker. A cue with no
// speaker of its own keeps the previous cue's: transcripts name a speaker when
// the speaker changes.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "ingest/readers.h"
#include "text/utf8.h"

namespace silkdex::ingest {
namespace {

struct Line {
  std::string_view text;
  int number;  // 1-based
};

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

// Splits the text into blocks of non-blank lines.
std::vector<std::vector<Line>> Blocks(std::string_view text) {
  std::vector<std::vector<Line>> blocks(1);
  int number = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty()) {
      if (!blocks.back().empty()) blocks.emplace_back();
    } else {
      blocks.back().push_back({line, number});
    }
  }
  if (blocks.back().empty()) blocks.pop_back();
  return blocks;
}

void DecodeEntities(std::string* s) {
  static const std::pair<std::string_view, std::string_view> kEntities[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&nbsp;", " "}, {"&quot;", "\""}, {"&apos;", "'"}, {"&#39;", "'"}};
  // One pass, so that "&amp;lt;" becomes "&lt;", not "<".
  std::string out;
  for (size_t i = 0; i < s->size();) {
    bool decoded = false;
    if ((*s)[i] == '&') {
      for (const auto& [from, to] : kEntities) {
        if (std::string_view(*s).substr(i, from.size()) == from) {
          out += to;
          i += from.size();
          decoded = true;
          break;
        }
      }
    }
    if (!decoded) out += (*s)[i++];
  }
  *s = std::move(out);
}

// Takes a leading `<v Name>` (or `<v.class Name>`) voice tag as the speaker, and
// drops every other tag (<i>, <b>, <c.x>, <00:01:02.000>).
std::string StripTags(std::string_view in, std::string* speaker) {
  std::string out;
  for (size_t i = 0; i < in.size();) {
    if (in[i] != '<') { out += in[i++]; continue; }
    size_t close = in.find('>', i);
    if (close == std::string_view::npos) { out += in.substr(i); break; }
    std::string_view tag = in.substr(i + 1, close - i - 1);
    if (speaker->empty() && tag.size() > 2 && tag[0] == 'v' && (tag[1] == ' ' || tag[1] == '.')) {
      size_t space = tag.find(' ');
      if (space != std::string_view::npos) *speaker = std::string(Trim(tag.substr(space + 1)));
    }
    i = close + 1;
  }
  DecodeEntities(&out);
  return out;
}

// "Dr. Xiaojun Grace Wang: Welcome..." -> speaker and text, when the part before
// the colon looks like a name (short, capitalised, no sentence punctuation).
bool SplitSpeakerPrefix(std::string_view text, std::string* speaker, std::string* rest) {
  size_t colon = text.find(": ");
  if (colon == std::string_view::npos || colon == 0 || colon > 60) return false;
  std::string_view name = text.substr(0, colon);
  if (std::isdigit(static_cast<unsigned char>(name[0])) || std::islower(static_cast<unsigned char>(name[0])))
    return false;
  if (name.find_first_of("?!;\"") != std::string_view::npos) return false;
  if (std::count(name.begin(), name.end(), ' ') > 5) return false;
  *speaker = std::string(name);
  *rest = std::string(Trim(text.substr(colon + 2)));
  return true;
}

ReadResult ReadCues(const Source& src, bool vtt) {
  std::string_view content = text::StripBom(src.content);
  if (auto bad = text::FindInvalidUtf8(content)) return ReadResult::Failed(src.path, 0, text::DescribeInvalidUtf8(content, *bad));
  auto blocks = Blocks(content);
  size_t first = 0;
  if (vtt) {
    if (blocks.empty() || blocks[0][0].number != 1 || blocks[0][0].text.substr(0, 6) != "WEBVTT" ||
        (blocks[0][0].text.size() > 6 && blocks[0][0].text[6] != ' ' && blocks[0][0].text[6] != '\t'))
      return ReadResult::Failed(src.path, 1, "a WebVTT file must start with a 'WEBVTT' line");
    first = 1;
  }
  Record rec;
  std::string last_speaker;
  for (size_t b = first; b < blocks.size(); ++b) {
    const auto& block = blocks[b];
    std::string_view head = Trim(block[0].text);
    if (vtt && (head.starts_with("NOTE") || head.starts_with("STYLE") || head.starts_with("REGION"))) continue;
    // The timing line is the first line, or the second after a cue identifier (SRT: the cue number).
    size_t t = block[0].text.find("-->") != std::string_view::npos ? 0 : 1;
    if (t >= block.size() || block[t].text.find("-->") == std::string_view::npos)
      return ReadResult::Failed(src.path, block[0].number, "cue has no timing line ('start --> end')");
    std::string_view timing = block[t].text;
    size_t arrow = timing.find("-->");
    std::string_view start_text = Trim(timing.substr(0, arrow));
    std::string_view end_text = Trim(timing.substr(arrow + 3));
    end_text = end_text.substr(0, end_text.find_first_of(" \t"));  // WebVTT cue settings follow
    Segment seg;
    for (auto [text, out] : {std::pair{start_text, &seg.start_ms}, std::pair{end_text, &seg.end_ms}}) {
      auto ms = ParseTimestamp(text);
      if (!ms.ok()) return ReadResult::Failed(src.path, block[t].number, ms.status().message());
      *out = *ms;
    }
    if (seg.end_ms < seg.start_ms)
      return ReadResult::Failed(src.path, block[t].number, "cue ends before it starts");
    std::string text;
    for (size_t k = t + 1; k < block.size(); ++k) {
      std::string line = StripTags(Trim(block[k].text), &seg.speaker);
      if (seg.speaker.empty() && k == t + 1) {
        std::string rest;
        if (SplitSpeakerPrefix(line, &seg.speaker, &rest)) line = rest;
      }
      if (!line.empty()) text += (text.empty() ? "" : " ") + line;
    }
    if (text.empty()) continue;
    seg.text = std::move(text);
    if (seg.speaker.empty()) seg.speaker = last_speaker;
    last_speaker = seg.speaker;
    rec.doc.segments.push_back(std::move(seg));
  }
  if (rec.doc.segments.empty()) return ReadResult::Failed(src.path, 0, "the transcript has no cues");
  rec.fallback_title = FirstLine(rec.doc.segments.front().text);
  ReadResult out;
  out.records.push_back(std::move(rec));
  return out;
}

}  // namespace

ReadResult ReadWebVtt(const Source& src) { return ReadCues(src, /*vtt=*/true); }
ReadResult ReadSrt(const Source& src) { return ReadCues(src, /*vtt=*/false); }

}  // namespace silkdex::ingest
