#include "search/facet_spy.h"

#include "index/layout.h"

namespace silkdex::search {

void MultiValueCountMatchSpy::operator()(const Xapian::Document& doc, double) {
  std::string list = doc.get_value(slot_);
  if (list.empty()) return;
  for (auto& v : index::UnserialiseList(list)) ++counts_[std::move(v)];
}

std::string MultiValueCountMatchSpy::serialise() const {
  return Xapian::sortable_serialise(static_cast<double>(slot_));
}

Xapian::MatchSpy* MultiValueCountMatchSpy::unserialise(const std::string& s, const Xapian::Registry&) const {
  return new MultiValueCountMatchSpy(static_cast<Xapian::valueno>(Xapian::sortable_unserialise(s)));
}

std::string MultiValueCountMatchSpy::serialise_results() const {
  std::vector<std::string> flat;
  for (const auto& [value, count] : counts_) {
    flat.push_back(value);
    flat.push_back(std::to_string(count));
  }
  return index::SerialiseList(flat);
}

void MultiValueCountMatchSpy::merge_results(const std::string& s) {
  auto flat = index::UnserialiseList(s);
  for (size_t i = 0; i + 1 < flat.size(); i += 2) counts_[flat[i]] += static_cast<Xapian::doccount>(std::stoul(flat[i + 1]));
}

std::string MultiValueCountMatchSpy::get_description() const {
  return "MultiValueCountMatchSpy(slot " + std::to_string(slot_) + ", " + std::to_string(counts_.size()) + " values)";
}

}  // namespace silkdex::search
