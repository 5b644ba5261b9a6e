// Internal: one reader per file format. A reader turns a file's bytes into
// records (documents with only what the file itself says) and problems; the
// caller (ingest.cc) merges sidecar metadata, applies defaults and validates.
#pragma once

#include <string>
#include <vector>

#include "silkdex/document.h"
#include "silkdex/ingest.h"

namespace silkdex::ingest {

struct Source {
  std::string path;     // for messages
  std::string base_id;  // id derived from the path, for records without one
  std::string content;  // the file's bytes
};

struct Record {
  Document doc;
  std::string fallback_title;  // first heading, PDF title or first line, when `title` is missing
  int line = 0;                // line in the file where the record starts, when known
};

struct ReadResult {
  std::vector<Record> records;
  std::vector<IngestProblem> problems;

  // A result holding one problem: the whole file failed.
  static ReadResult Failed(const std::string& path, int line, std::string message) {
    ReadResult r;
    r.problems.push_back({path, line, std::move(message)});
    return r;
  }
};

ReadResult ReadJson(const Source& src);      // one object or an array of objects
ReadResult ReadNdjson(const Source& src);    // one object a line
ReadResult ReadMarkdown(const Source& src);  // YAML front matter + CommonMark
ReadResult ReadHtml(const Source& src);      // visible text, <title>, <meta description>, lang
ReadResult ReadText(const Source& src);      // plain UTF-8 text
ReadResult ReadWebVtt(const Source& src);    // cues -> segments
ReadResult ReadSrt(const Source& src);       // cues -> segments
ReadResult ReadPdf(const Source& src);       // text page by page, /Title

// The first non-empty line of `text`, trimmed and cut to at most 200 bytes at a
// character boundary.
std::string FirstLine(std::string_view text);

}  // namespace silkdex::ingest
