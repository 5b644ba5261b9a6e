#include "search/search_slots.h"

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace silkdex::search {
namespace {

// Waits (without a deadline: the test runner's timeout is the bound) until `done`.
template <typename F>
void Until(F done) {
  while (!done()) std::this_thread::yield();
}

TEST(SearchSlotsTest, ASearchBeyondTheCapacityWaitsForASlot) {
  SearchSlots slots(2);
  slots.Enter();
  slots.Enter();
  EXPECT_FALSE(slots.HasRoom());
  std::atomic<bool> entered = false;
  std::thread third([&] {
    SearchSlots::Turn turn(slots);
    entered = true;
  });
  Until([&] { return slots.waiting() == 1; });
  EXPECT_FALSE(entered);
  EXPECT_EQ(slots.running(), 2u);
  slots.Leave();
  third.join();
  EXPECT_TRUE(entered);
  EXPECT_EQ(slots.running(), 1u);
  EXPECT_TRUE(slots.HasRoom());
  slots.Leave();
  EXPECT_EQ(slots.running(), 0u);
}

TEST(SearchSlotsTest, WaitingSearchesStartInArrivalOrder) {
  SearchSlots slots(1);
  slots.Enter();
  std::mutex mu;
  std::vector<std::string> order;
  std::vector<std::thread> threads;
  for (const char* name : {"a", "b", "c", "d"}) {
    unsigned before = slots.waiting();
    threads.emplace_back([&, name] {
      SearchSlots::Turn turn(slots);
      std::lock_guard lock(mu);
      order.push_back(name);
    });
    Until([&] { return slots.waiting() == before + 1; });  // in line before the next one comes
  }
  slots.Leave();
  for (auto& t : threads) t.join();
  EXPECT_THAT(order, ::testing::ElementsAre("a", "b", "c", "d"));
  EXPECT_EQ(slots.waiting(), 0u);
}

TEST(SearchSlotsTest, CapacityZeroMeansNoLimitAndARaisedCapacityLetsWaitersIn) {
  SearchSlots unlimited(0);
  for (int i = 0; i < 100; ++i) unlimited.Enter();
  EXPECT_EQ(unlimited.running(), 100u);
  EXPECT_TRUE(unlimited.HasRoom());

  SearchSlots slots(1);
  slots.Enter();
  std::thread second([&] { SearchSlots::Turn turn(slots); });
  Until([&] { return slots.waiting() == 1; });
  slots.set_capacity(2);
  second.join();
  EXPECT_EQ(slots.running(), 1u);
}

}  // namespace
}  // namespace silkdex::search
