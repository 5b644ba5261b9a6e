// Internal: counts the values of a multi-valued facet slot (a document has
// several cities and themes, so Xapian's ValueCountMatchSpy, one value per
// slot, would count wrongly). It serialises itself and its results, so it can
// be registered (Xapian::Registry) and run on remote shards.
#pragma once

#include <map>
#include <string>

#include <xapian.h>

namespace silkdex::search {

class MultiValueCountMatchSpy : public Xapian::MatchSpy {
 public:
  explicit MultiValueCountMatchSpy(Xapian::valueno slot = Xapian::BAD_VALUENO) : slot_(slot) {}

  void operator()(const Xapian::Document& doc, double weight) override;
  Xapian::MatchSpy* clone() const override { return new MultiValueCountMatchSpy(slot_); }
  std::string name() const override { return "silkdex.MultiValueCountMatchSpy"; }
  std::string serialise() const override;
  Xapian::MatchSpy* unserialise(const std::string& serialised, const Xapian::Registry& context) const override;
  std::string serialise_results() const override;
  void merge_results(const std::string& serialised) override;
  std::string get_description() const override;

  // Value -> number of matching documents that have it.
  const std::map<std::string, Xapian::doccount>& counts() const { return counts_; }

 private:
  Xapian::valueno slot_;
  std::map<std::string, Xapian::doccount> counts_;
};

}  // namespace silkdex::search
