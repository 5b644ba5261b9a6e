// Internal: how many searches run at once in the process, and in what order
// the others start.
//
// Searches are short and use a core each (two with counting beside the
// ranking). When more run than there are cores, the cores are shared and every
// one of them finishes late: four started together on two cores each take
// about twice their time. Run at most one per core, the others waiting in
// arrival order, and half of them finish in their own time while the rest
// take no longer than before (docs/performance.md, "A fixed rate with wrk; searches in turn").
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace silkdex::search {

class SearchSlots {
 public:
  // `capacity` 0: no limit.
  explicit SearchSlots(unsigned capacity) { set_capacity(capacity); }

  // Waits for a slot, first come first served.
  void Enter();
  void Leave();
  // 0: no limit. Searches running keep their slots; waiting ones see the new capacity.
  void set_capacity(unsigned capacity);
  // Whether a core is left for a search's second thread: fewer searches run than there are slots.
  bool HasRoom() const;
  unsigned running() const;
  unsigned waiting() const;

  // Holds a slot for its lifetime.
  class Turn {
   public:
    explicit Turn(SearchSlots& slots) : slots_(slots) { slots_.Enter(); }
    ~Turn() { slots_.Leave(); }
    Turn(const Turn&) = delete;
    Turn& operator=(const Turn&) = delete;

   private:
    SearchSlots& slots_;
  };

 private:
  unsigned capacity_ = 0;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  uint64_t next_ticket_ = 0;  // handed to the next caller of Enter
  uint64_t admitted_ = 0;     // tickets below this have entered
  unsigned running_ = 0;
};

// The process's slots: one per core (std::thread::hardware_concurrency) unless
// SetSearchesAtOnce said otherwise.
SearchSlots& ProcessSearchSlots();

}  // namespace silkdex::search
