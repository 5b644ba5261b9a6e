#include "search/facet_spy.h"

#include "index/layout.h"

namespace silkdex::search {

void FacetCountMatchSpy::operator()(const Xapian::Document& doc, double) {
  std::string value = doc.get_value(slot_);
  index::ForEachFacet(value, [&](std::string_view facet, std::string_view list) {
    if (!wanted_.count(facet)) return;
    auto f = counts_.find(facet);
    if (f == counts_.end()) f = counts_.emplace(std::string(facet), Counts{}).first;
    Counts& counts = f->second;
    index::ForEachInList(list, [&](std::string_view v) {
      auto it = counts.find(v);
      if (it == counts.end()) counts.emplace(std::string(v), 1);
      else ++it->second;
    });
  });
}

std::string FacetCountMatchSpy::serialise() const {
  std::vector<std::string> parts{std::to_string(slot_)};
  parts.insert(parts.end(), wanted_.begin(), wanted_.end());
  return index::SerialiseList(parts);
}

Xapian::MatchSpy* FacetCountMatchSpy::unserialise(const std::string& s, const Xapian::Registry&) const {
  auto parts = index::UnserialiseList(s);
  if (parts.empty()) throw Xapian::SerialisationError("bad FacetCountMatchSpy");
  return new FacetCountMatchSpy(static_cast<Xapian::valueno>(std::stoul(parts[0])),
                                std::set<std::string, std::less<>>(parts.begin() + 1, parts.end()));
}

std::string FacetCountMatchSpy::serialise_results() const {
  std::vector<std::string> flat;
  for (const auto& [facet, counts] : counts_) {
    for (const auto& [value, n] : counts) {
      flat.push_back(facet);
      flat.push_back(value);
      flat.push_back(std::to_string(n));
    }
  }
  return index::SerialiseList(flat);
}

void FacetCountMatchSpy::merge_results(const std::string& s) {
  auto flat = index::UnserialiseList(s);
  for (size_t i = 0; i + 2 < flat.size(); i += 3)
    counts_[flat[i]][flat[i + 1]] += static_cast<Xapian::doccount>(std::stoul(flat[i + 2]));
}

std::string FacetCountMatchSpy::get_description() const {
  return "FacetCountMatchSpy(slot " + std::to_string(slot_) + ", " + std::to_string(wanted_.size()) + " facets)";
}

const std::map<std::string, Xapian::doccount, std::less<>>& FacetCountMatchSpy::counts(const std::string& facet) const {
  static const Counts kNone;
  auto it = counts_.find(facet);
  return it == counts_.end() ? kNone : it->second;
}

}  // namespace silkdex::search
