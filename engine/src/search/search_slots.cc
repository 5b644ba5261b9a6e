#include "search/search_slots.h"

#include <algorithm>
#include <limits>
#include <thread>

#include "silkdex/search.h"

namespace silkdex::search {

void SearchSlots::Enter() {
  std::unique_lock lock(mu_);
  const uint64_t ticket = next_ticket_++;
  cv_.wait(lock, [&] { return ticket == admitted_ && running_ < capacity_; });
  ++admitted_;
  ++running_;
  // The next in line may find a free slot too.
  cv_.notify_all();
}

void SearchSlots::Leave() {
  {
    std::lock_guard lock(mu_);
    --running_;
  }
  cv_.notify_all();
}

void SearchSlots::set_capacity(unsigned capacity) {
  {
    std::lock_guard lock(mu_);
    capacity_ = capacity == 0 ? std::numeric_limits<unsigned>::max() : capacity;
  }
  cv_.notify_all();
}

bool SearchSlots::HasRoom() const {
  std::lock_guard lock(mu_);
  return running_ < capacity_;
}

unsigned SearchSlots::running() const {
  std::lock_guard lock(mu_);
  return running_;
}

unsigned SearchSlots::waiting() const {
  std::lock_guard lock(mu_);
  return static_cast<unsigned>(next_ticket_ - admitted_);
}

SearchSlots& ProcessSearchSlots() {
  static SearchSlots slots(std::max(1u, std::thread::hardware_concurrency()));
  return slots;
}

}  // namespace silkdex::search

namespace silkdex {

void SetSearchesAtOnce(unsigned n) { search::ProcessSearchSlots().set_capacity(n); }

}  // namespace silkdex
