// Crash safety: the real `silkdex serve` is killed with SIGKILL in the middle
// of bulk loads, again and again. After each restart every write it
// acknowledged is there, and the catalog and the index hold the same documents.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <random>
#include <set>
#include <thread>

#include "auth.h"
#include "silkdex/search.h"
#include "silkdex/store.h"
#include "support/http_client.h"
#include "support/test_support.h"

namespace silkdex {
namespace {

using testing::TempDir;

// A `silkdex serve` child process on a free loopback port.
class ServerProcess {
 public:
  explicit ServerProcess(const std::filesystem::path& data) {
    int out[2];
    EXPECT_EQ(pipe(out), 0);
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      std::string bin = testing::SilkdexBinary().string(), dir = data.string();
      execl(bin.c_str(), bin.c_str(), "serve", "--index", dir.c_str(), "--port", "0", "--no-plugins", nullptr);
      _exit(127);
    }
    close(out[1]);
    // "listening on http://127.0.0.1:PORT (data: ...)"
    FILE* f = fdopen(out[0], "r");
    char line[512] = {0};
    while (fgets(line, sizeof line, f)) {  // log lines may come first
      std::string s(line);
      if (s.rfind("listening on http://127.0.0.1:", 0) != 0) continue;
      port_ = static_cast<uint16_t>(std::stoi(s.substr(std::string("listening on http://127.0.0.1:").size())));
      break;
    }
    // Keep reading the request log, so that a full pipe never blocks the server.
    drain_ = std::thread([f] {
      char buf[4096];
      while (fgets(buf, sizeof buf, f)) {
      }
      fclose(f);
    });
  }
  ~ServerProcess() {
    if (pid_ > 0) Kill(SIGKILL);
    if (drain_.joinable()) drain_.join();
  }
  uint16_t port() const { return port_; }
  void Kill(int sig) {
    kill(pid_, sig);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
  }

 private:
  pid_t pid_ = -1;
  uint16_t port_ = 0;
  std::thread drain_;
};

std::string BulkBody(int round, int batch, int size) {
  std::string body;
  for (int i = 0; i < size; ++i) {
    std::string id = "r" + std::to_string(round) + "-b" + std::to_string(batch) + "-" + std::to_string(i);
    body += R"({"id": ")" + id + R"(", "title": "Crash test )" + id +
            R"(", "body": "Early warning drills in flood season, document )" + id + R"(.", "themes": ["drr"]})" + "\n";
  }
  return body;
}

TEST(CrashTest, KilledDuringBulkLoadsLosesNoAcknowledgedWrite) {
  TempDir dir;
  auto data = dir / "data";
  std::string admin;
  {
    std::filesystem::create_directories(data);
    auto keys = api::KeyStore::Open(Store::CatalogPath(data));
    ASSERT_TRUE(keys.ok());
    admin = (*keys)->Create(api::Role::kAdmin, {})->key;
  }
  std::set<std::string> acknowledged;
  std::mt19937 random(20201106);
  for (int round = 0; round < 4; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    {
      ServerProcess server(data);
      ASSERT_NE(server.port(), 0) << "the server did not start";
      std::atomic<bool> stop{false};
      std::mutex mu;
      std::thread loader([&] {
        for (int batch = 0; !stop; ++batch) {
          try {
            auto r = testing::Call(server.port(), "POST", "/v1/documents:bulk", BulkBody(round, batch, 40), admin);
            if (r.status != 200) continue;
            std::lock_guard lock(mu);
            for (int i = 0; i < 40; ++i)
              acknowledged.insert("r" + std::to_string(round) + "-b" + std::to_string(batch) + "-" + std::to_string(i));
          } catch (const std::exception&) {
            return;  // the server is gone: this answer never came, so nothing was acknowledged
          }
        }
      });
      std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(300, 900)(random)));
      server.Kill(SIGKILL);
      stop = true;
      loader.join();
    }
    // Restarting repairs what the kill left behind; every acknowledged write is there.
    {
      ServerProcess server(data);
      ASSERT_NE(server.port(), 0);
      for (const auto& id : acknowledged) {
        auto r = testing::Call(server.port(), "GET", "/v1/documents/" + id);
        ASSERT_EQ(r.status, 200) << id << " was acknowledged but is lost";
      }
      server.Kill(SIGTERM);
    }
    // Catalog and index agree, document for document.
    auto store = Store::Open(data);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    auto catalog_ids = (*store)->catalog().Ids();
    ASSERT_TRUE(catalog_ids.ok());
    store->reset();
    auto searcher = Searcher::Open({Store::IndexPath(data)});
    ASSERT_TRUE(searcher.ok());
    EXPECT_EQ((*searcher)->document_count(), catalog_ids->size());
    for (const auto& id : *catalog_ids) ASSERT_TRUE((*searcher)->Get(id).ok()) << id << " is in the catalog only";
    EXPECT_GE(catalog_ids->size(), acknowledged.size());
  }
  EXPECT_GT(acknowledged.size(), 0u) << "no write was acknowledged before the kills: the test proved nothing";
  RecordProperty("acknowledged", static_cast<int>(acknowledged.size()));
}

}  // namespace
}  // namespace silkdex
