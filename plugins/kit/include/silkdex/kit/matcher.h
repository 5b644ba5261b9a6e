// silkdex plugin kit: many phrases found in one pass (Aho-Corasick over the
// bytes of normalised text).
//
// A phrase is normalised like the text (see text.h). In alphabetic scripts it
// matches whole words only: "flood" is not found in "floodlight". A trailing
// '*' makes the last word a prefix: "flood*" finds "floods", "flooding", and the
// match covers the whole word. A phrase in Chinese (or Japanese, Korean) needs
// no boundary: "口罩" is found inside "外科口罩". Where matches of phrases of the
// same group overlap and one lies inside a longer one, only the longer is
// kept: "public health measures" hides the "public health" inside it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace silkdex::kit {

class PhraseMatcher {
 public:
  struct Match {
    uint32_t id;     // as returned by Add
    uint32_t begin;  // byte range in the normalised text
    uint32_t end;
  };

  // Adds a phrase (normalised here) in a group; returns its id, or -1 when the
  // phrase normalises to nothing. Add everything before the first Find.
  int Add(std::string_view phrase, uint32_t group = 0);
  void Compile();

  // All matches in `text` (already normalised), ordered by begin, then longest first.
  std::vector<Match> Find(std::string_view text) const;

  size_t size() const { return patterns_.size(); }
  const std::string& pattern(uint32_t id) const { return patterns_[id].text; }

 private:
  struct Pattern {
    std::string text;
    uint32_t group = 0;
    bool prefix = false;         // last word is a prefix
    bool left_boundary = false;  // starts with a word character
    bool right_boundary = false;
  };
  struct Node {
    uint32_t fail = 0;
    uint32_t out = UINT32_MAX;   // first pattern ending here (index into outputs_)
    uint32_t dict = UINT32_MAX;  // nearest node on the fail chain with outputs
    uint32_t first_edge = 0, edge_count = 0;
    uint32_t dense = UINT32_MAX;  // offset of its 256 transitions in dense_ (busy nodes)
  };
  struct Edge {
    unsigned char byte;
    uint32_t to;
  };
  uint32_t Next(uint32_t state, unsigned char c) const;

  std::vector<Pattern> patterns_;
  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  std::vector<uint32_t> dense_;    // full transitions (fail links resolved) of the root and busy nodes
  std::vector<uint32_t> outputs_;  // pattern ids, chained by output_next_
  std::vector<uint32_t> output_next_;
  uint32_t groups_ = 1;
  bool compiled_ = false;
};

}  // namespace silkdex::kit
