#include "silkdex/kit/matcher.h"

#include <algorithm>
#include <map>
#include <queue>
#include <stdexcept>

#include "silkdex/kit/text.h"

namespace silkdex::kit {

int PhraseMatcher::Add(std::string_view phrase, uint32_t group) {
  if (compiled_) throw std::logic_error("PhraseMatcher::Add after Compile");
  Pattern p;
  std::string_view body = phrase;
  while (!body.empty() && body.back() == ' ') body.remove_suffix(1);
  if (!body.empty() && body.back() == '*') {
    p.prefix = true;
    body.remove_suffix(1);
  }
  p.text = Fold(body);
  if (p.text.empty()) return -1;
  p.group = group;
  if (group + 1 > groups_) groups_ = group + 1;
  p.left_boundary = IsWordChar(CodePointAt(p.text, 0));
  p.right_boundary = IsWordChar(CodePointBefore(p.text, p.text.size()));
  if (!p.right_boundary) p.prefix = false;
  patterns_.push_back(std::move(p));
  return static_cast<int>(patterns_.size() - 1);
}

void PhraseMatcher::Compile() {
  if (compiled_) return;
  // The trie, with ordered child maps while building.
  std::vector<std::map<unsigned char, uint32_t>> children(1);
  std::vector<std::vector<uint32_t>> ends(1);
  for (uint32_t id = 0; id < patterns_.size(); ++id) {
    uint32_t state = 0;
    for (char ch : patterns_[id].text) {
      auto c = static_cast<unsigned char>(ch);
      auto it = children[state].find(c);
      if (it == children[state].end()) {
        auto next = static_cast<uint32_t>(children.size());
        children[state][c] = next;
        children.emplace_back();
        ends.emplace_back();
        state = next;
      } else {
        state = it->second;
      }
    }
    ends[state].push_back(id);
  }
  nodes_.assign(children.size(), Node{});
  for (uint32_t s = 0; s < children.size(); ++s) {
    nodes_[s].first_edge = static_cast<uint32_t>(edges_.size());
    nodes_[s].edge_count = static_cast<uint32_t>(children[s].size());
    for (auto [c, to] : children[s]) edges_.push_back({c, to});
    for (uint32_t id : ends[s]) {
      outputs_.push_back(id);
      output_next_.push_back(nodes_[s].out);
      nodes_[s].out = static_cast<uint32_t>(outputs_.size() - 1);
    }
  }
  // Failure and dictionary links, breadth first (so parents come before children).
  std::vector<uint32_t> order;
  order.reserve(children.size());
  std::queue<uint32_t> queue;
  for (auto [c, to] : children[0]) queue.push(to);
  while (!queue.empty()) {
    uint32_t s = queue.front();
    queue.pop();
    order.push_back(s);
    for (auto [c, to] : children[s]) {
      uint32_t f = nodes_[s].fail;
      while (f != 0 && !children[f].count(c)) f = nodes_[f].fail;
      auto it = children[f].find(c);
      nodes_[to].fail = (it != children[f].end() && it->second != to) ? it->second : 0;
      uint32_t fl = nodes_[to].fail;
      nodes_[to].dict = nodes_[fl].out != UINT32_MAX ? fl : nodes_[fl].dict;
      queue.push(to);
    }
  }
  // Full transition tables (fail links resolved) for the root and the nodes
  // with several children: most of the scanning happens there. Built in
  // breadth-first order, so a node's fail target already has its table.
  auto add_dense = [&](uint32_t s) {
    std::vector<uint32_t> table(256);
    for (int c = 0; c < 256; ++c) table[static_cast<size_t>(c)] = Next(s, static_cast<unsigned char>(c));
    nodes_[s].dense = static_cast<uint32_t>(dense_.size());
    dense_.insert(dense_.end(), table.begin(), table.end());
  };
  add_dense(0);
  for (uint32_t s : order) {
    if (nodes_[s].edge_count >= 3) add_dense(s);
  }
  compiled_ = true;
}

uint32_t PhraseMatcher::Next(uint32_t state, unsigned char c) const {
  while (true) {
    const Node& n = nodes_[state];
    if (n.dense != UINT32_MAX) return dense_[n.dense + c];
    const Edge* first = edges_.data() + n.first_edge;
    const Edge* last = first + n.edge_count;
    for (const Edge* e = first; e != last; ++e) {
      if (e->byte == c) return e->to;
    }
    if (state == 0) return 0;  // only while the root's table is being built
    state = n.fail;
  }
}

std::vector<PhraseMatcher::Match> PhraseMatcher::Find(std::string_view text) const {
  std::vector<Match> found;
  if (!compiled_ || patterns_.empty()) return found;
  uint32_t state = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    state = Next(state, static_cast<unsigned char>(text[i]));
    uint32_t node = nodes_[state].out != UINT32_MAX ? state : nodes_[state].dict;
    for (; node != UINT32_MAX; node = nodes_[node].dict) {
      for (uint32_t o = nodes_[node].out; o != UINT32_MAX; o = output_next_[o]) {
        const Pattern& p = patterns_[outputs_[o]];
        size_t end = i + 1;
        size_t begin = end - p.text.size();
        if (p.left_boundary && IsWordChar(CodePointBefore(text, begin))) continue;
        if (p.prefix) {
          while (end < text.size()) {
            size_t j = end;
            char32_t cp = DecodeUtf8(text, j);
            if (!IsWordChar(cp)) break;
            end = j;
          }
        } else if (p.right_boundary && IsWordChar(CodePointAt(text, end))) {
          continue;
        }
        found.push_back({outputs_[o], static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
      }
    }
  }
  std::sort(found.begin(), found.end(), [](const Match& a, const Match& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.id < b.id;
  });
  // Within a group, drop a match that lies inside a longer one. Per group, the
  // (begin, end) of the match reaching furthest so far (end 0: none yet).
  std::vector<Match> kept;
  kept.reserve(found.size());
  std::vector<std::pair<uint32_t, uint32_t>> widest(groups_, {0, 0});
  for (const Match& m : found) {
    auto& [wb, we] = widest[patterns_[m.id].group];
    if (we > 0) {
      bool inside = m.end <= we;
      bool same_span = m.begin == wb && m.end == we;
      if (inside && !same_span) continue;
    }
    if (m.end > we) {
      wb = m.begin;
      we = m.end;
    }
    kept.push_back(m);
  }
  return kept;
}

}  // namespace silkdex::kit
