// The plugin host: each way loading can fail, with its exact message, and what
// the host does with a plugin's findings and failures.
#include "silkdex/plugins.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace silkdex {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using testing::TempDir;

// A plugin folder holding copies of the given modules, owner-writable only.
class PluginDir {
 public:
  PluginDir& Add(const std::string& module, const std::string& as) {
    fs::copy_file(module, dir_ / as);
    fs::permissions(dir_ / as, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                   fs::perms::others_read | fs::perms::others_exec);
    return *this;
  }
  const fs::path& path() const { return dir_.path(); }
  std::vector<PluginInfo> Load(std::vector<std::string> disabled = {}) {
    PluginOptions options;
    options.directory = path();
    options.disabled = std::move(disabled);
    auto host = PluginHost::Load(options);
    EXPECT_TRUE(host.ok()) << host.status().ToString();
    return host.ok() ? (*host)->plugins() : std::vector<PluginInfo>{};
  }

 private:
  TempDir dir_;
};

Document Doc(const std::string& body) {
  Document d;
  d.id = "d1";
  d.title = "T";
  d.body = body;
  d.language = "en";
  return d;
}

TEST(PluginHostTest, LoadsAPluginAndReportsItsMetadata) {
  PluginDir dir;
  dir.Add(SILKDEX_EXAMPLE_PLUGIN, "silkdex_example.so");
  auto plugins = dir.Load();
  ASSERT_EQ(plugins.size(), 1u);
  EXPECT_TRUE(plugins[0].loaded);
  EXPECT_EQ(plugins[0].name, "example");
  EXPECT_EQ(plugins[0].version, "1.0.0");
  EXPECT_EQ(plugins[0].theme, "green");
  EXPECT_EQ(plugins[0].reason, "");
}

TEST(PluginHostTest, RefusesAFileThatIsNotALibrary) {
  PluginDir dir;
  testing::WriteFile(dir.path() / "notes.so", "this is text, not a library");
  fs::permissions(dir.path() / "notes.so", fs::perms::owner_read | fs::perms::owner_write);
  auto plugins = dir.Load();
  ASSERT_EQ(plugins.size(), 1u);
  EXPECT_FALSE(plugins[0].loaded);
  EXPECT_EQ(plugins[0].reason, "not a loadable library: " + (dir.path() / "notes.so").string() + ": file too short");
}

TEST(PluginHostTest, RefusesALibraryWithoutTheEntryPoint) {
  PluginDir dir;
  dir.Add(SILKDEX_FIXTURE_NO_ENTRY, "no_entry.so");
  auto plugins = dir.Load();
  ASSERT_EQ(plugins.size(), 1u);
  EXPECT_EQ(plugins[0].reason, "not a silkdex plugin: it does not export silkdex_plugin_entry");
}

TEST(PluginHostTest, RefusesAnotherApiVersionBeforeCallingAnythingElse) {
  PluginDir dir;
  dir.Add(SILKDEX_FIXTURE_WRONG_API, "future.so");  // its extract() traps if called
  auto plugins = dir.Load();
  ASSERT_EQ(plugins.size(), 1u);
  EXPECT_EQ(plugins[0].reason, "plugin API version mismatch: got 99, supported 1");
  EXPECT_FALSE(plugins[0].loaded);
}

TEST(PluginHostTest, RefusesADuplicateName) {
  PluginDir dir;
  dir.Add(SILKDEX_EXAMPLE_PLUGIN, "a.so").Add(SILKDEX_EXAMPLE_PLUGIN, "b.so");
  auto plugins = dir.Load();
  ASSERT_EQ(plugins.size(), 2u);
  EXPECT_TRUE(plugins[0].loaded);
  EXPECT_EQ(plugins[1].reason, "duplicate plugin name 'example': already loaded from " + (dir.path() / "a.so").string());
}

TEST(PluginHostTest, RefusesAPluginOthersCanWrite) {
  PluginDir dir;
  dir.Add(SILKDEX_EXAMPLE_PLUGIN, "open.so");
  fs::permissions(dir.path() / "open.so", fs::perms::others_write, fs::perm_options::add);
  auto plugins = dir.Load();
  ASSERT_EQ(plugins.size(), 1u);
  EXPECT_EQ(plugins[0].reason,
            (dir.path() / "open.so").string() + " is writable by others: a plugin must be writable by its owner only");
}

TEST(PluginHostTest, RefusesEveryPluginOfAFolderOthersCanWrite) {
  PluginDir dir;
  dir.Add(SILKDEX_EXAMPLE_PLUGIN, "silkdex_example.so");
  fs::permissions(dir.path(), fs::perms::others_write, fs::perm_options::add);
  auto plugins = dir.Load();
  ASSERT_EQ(plugins.size(), 1u);
  EXPECT_EQ(plugins[0].reason, "plugin folder " + dir.path().string() +
                                   " is writable by others: a plugin must be writable by its owner only");
}

TEST(PluginHostTest, LeavesDisabledPluginsUnloaded) {
  PluginDir dir;
  dir.Add(SILKDEX_EXAMPLE_PLUGIN, "silkdex_example.so");
  auto plugins = dir.Load({"example"});
  ASSERT_EQ(plugins.size(), 1u);
  EXPECT_FALSE(plugins[0].loaded);
  EXPECT_EQ(plugins[0].reason, "disabled");
}

TEST(PluginHostTest, MissingFolderIsNotFound) {
  PluginOptions options;
  options.directory = "/nonexistent/silkdex-plugins";
  auto host = PluginHost::Load(options);
  ASSERT_FALSE(host.ok());
  EXPECT_THAT(host.status(), testing::IsStatus(StatusCode::kNotFound, "plugin folder /nonexistent/silkdex-plugins does not exist"));
}

TEST(PluginHostTest, ExtractsThemesEntitiesAndVocabulary) {
  PluginDir dir;
  dir.Add(SILKDEX_EXAMPLE_PLUGIN, "silkdex_example.so");
  PluginOptions options;
  options.directory = dir.path();
  auto host = PluginHost::Load(options);
  ASSERT_TRUE(host.ok());
  Document doc = Doc("The city organised tree planting along the river.");
  (*host)->Extract(&doc);
  ASSERT_EQ(doc.suggested_themes.size(), 1u);
  EXPECT_EQ(doc.suggested_themes[0], (SuggestedTheme{"green", 0.9, {"tree planting"}, "example", "1.0.0"}));
  EXPECT_THAT(doc.extracted["green_action"], ElementsAre("tree planting"));
  // Each term keeps its language; the preferred term is English.
  EXPECT_THAT((*host)->VocabularyGroups(),
              ElementsAre(ElementsAre(SynonymTerm("tree planting", "en"), SynonymTerm("reforestation", "en"),
                                      SynonymTerm("reforestación", "es"))));
}

TEST(PluginHostTest, RejectedThemesStayRejected) {
  PluginDir dir;
  dir.Add(SILKDEX_EXAMPLE_PLUGIN, "silkdex_example.so");
  PluginOptions options;
  options.directory = dir.path();
  auto host = PluginHost::Load(options);
  ASSERT_TRUE(host.ok());
  Document doc = Doc("tree planting");
  doc.rejected_themes = {"green"};
  (*host)->Extract(&doc);
  EXPECT_TRUE(doc.suggested_themes.empty());
  EXPECT_FALSE(doc.extracted.empty());  // entities are not themes: kept
}

TEST(PluginHostTest, APluginThatFailsIsIsolatedAndCounted) {
  PluginDir dir;
  dir.Add(SILKDEX_EXAMPLE_PLUGIN, "a_example.so").Add(SILKDEX_FIXTURE_MISBEHAVING, "b_misbehaving.so");
  PluginOptions options;
  options.directory = dir.path();
  auto host = PluginHost::Load(options);
  ASSERT_TRUE(host.ok());
  Document boom = Doc("tree planting, then boom");
  (*host)->Extract(&boom);
  ASSERT_EQ(boom.suggested_themes.size(), 1u);  // the example plugin's findings are kept
  EXPECT_EQ(boom.suggested_themes[0].plugin, "example");
  EXPECT_FALSE(boom.extracted.count("misbehaving_seen"));  // the failing plugin's are dropped
  Document space = Doc("tree planting in space");
  (*host)->Extract(&space);
  EXPECT_FALSE(space.extracted.count("misbehaving_seen"));  // an unknown theme makes the whole output invalid
  Document fine = Doc("nothing special");
  (*host)->Extract(&fine);
  EXPECT_THAT(fine.extracted["misbehaving_seen"], ElementsAre("yes"));
  EXPECT_EQ((*host)->failures(), 2u);
  auto plugins = (*host)->plugins();
  EXPECT_EQ(plugins[1].name, "misbehaving");
  EXPECT_EQ(plugins[1].failures, 2u);
}

}  // namespace
}  // namespace silkdex
