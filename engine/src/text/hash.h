// A stable 64-bit FNV-1a digest, for values that must not change between
// builds or platforms (analyzer fingerprints, ids made from paths).
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace silkdex::text {

class Fnv1a {
 public:
  // Adds `part` followed by a separator, so ("ab","c") and ("a","bc") differ.
  Fnv1a& Add(std::string_view part) {
    for (unsigned char c : part) Mix(c);
    Mix(0xff);
    return *this;
  }
  uint64_t value() const { return h_; }
  std::string Hex() const {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h_));
    return buf;
  }

 private:
  void Mix(unsigned char c) {
    h_ ^= c;
    h_ *= 1099511628211ull;
  }
  uint64_t h_ = 1469598103934665603ull;
};

}  // namespace silkdex::text
