// Internal: counts facet values over every match from the document's facets
// slot (one value read per document for all facets; multi-valued fields such
// as cities and themes count once per document each). Xapian's
// ValueCountMatchSpy takes one value per slot, so it cannot do this. The spy
// serialises itself and its results, so it can be registered
// (Xapian::Registry) and run on remote shards.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

namespace silkdex::search {

class FacetCountMatchSpy : public Xapian::MatchSpy {
 public:
  // Counts the facets named in `wanted` found in value slot `slot`.
  FacetCountMatchSpy(Xapian::valueno slot = Xapian::BAD_VALUENO, std::set<std::string, std::less<>> wanted = {})
      : slot_(slot), wanted_(std::move(wanted)) {}

  void operator()(const Xapian::Document& doc, double weight) override;
  Xapian::MatchSpy* clone() const override { return new FacetCountMatchSpy(slot_, wanted_); }
  std::string name() const override { return "silkdex.FacetCountMatchSpy"; }
  std::string serialise() const override;
  Xapian::MatchSpy* unserialise(const std::string& serialised, const Xapian::Registry& context) const override;
  std::string serialise_results() const override;
  void merge_results(const std::string& serialised) override;
  std::string get_description() const override;

  // Value -> number of matching documents that have it, for one facet.
  const std::map<std::string, Xapian::doccount, std::less<>>& counts(const std::string& facet) const;

 private:
  Xapian::valueno slot_;
  using Counts = std::map<std::string, Xapian::doccount, std::less<>>;
  std::set<std::string, std::less<>> wanted_;
  std::map<std::string, Counts, std::less<>> counts_;
};

}  // namespace silkdex::search
