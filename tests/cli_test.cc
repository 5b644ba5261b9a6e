// The `silkdex` program as a person runs it: exit status, summary line,
// errors on stderr, JSON on stdout.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <Poco/JSON/Parser.h>

#include "support/test_support.h"

namespace silkdex {
namespace {

using ::testing::HasSubstr;
using testing::RunCommand;
using testing::SilkdexBinary;
using testing::TempDir;
using testing::WriteFile;

std::string Silkdex(const std::string& args) { return SilkdexBinary().string() + " " + args; }

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(docs_ / "good.json", R"({"id": "good", "title": "Flood early warning in Udine", "body": "Udine shares its flood warning system.", "themes": ["drr"]})");
    WriteFile(docs_ / "notes/plan.md", "---\ntitle: Waste plan\ndate: 2020-09-08\n---\nComposting for green cities.\n");
    WriteFile(docs_ / "bad.json", R"({"id": "bad", "title": "Bad", "body": "x", "views": "many"})");
    WriteFile(docs_ / "evil.json", R"({"id": "../../etc/passwd", "title": "Evil", "body": "x"})");
    WriteFile(docs_ / "picture.png", "not indexed");
  }
  std::string Data() const { return (dir_ / "data").string(); }

  TempDir dir_;
  std::filesystem::path docs_ = dir_ / "docs";
};

TEST_F(CliTest, IndexReportsEveryProblemAndKeepsTheRest) {
  std::string out, err;
  int rc = RunCommand(Silkdex("index " + docs_.string() + " --index " + Data()), &out, &err);
  EXPECT_EQ(rc, 1);
  EXPECT_EQ(out, "indexed 2, skipped 1, failed 2\n");
  EXPECT_THAT(err, HasSubstr("error: " + (docs_ / "bad.json").string() + ": field 'views': expected an integer, got a string\n"));
  EXPECT_THAT(err, HasSubstr("error: " + (docs_ / "evil.json").string() +
                             ": field 'id': '../../etc/passwd' is not 1 to 128 characters of A-Z a-z 0-9 . _ -\n"));
  EXPECT_FALSE(std::filesystem::exists(dir_ / "etc"));

  ASSERT_EQ(RunCommand(Silkdex("search flood --index " + Data()), &out, &err), 0) << err;
  EXPECT_THAT(out, HasSubstr("1 result for \"flood\""));
  EXPECT_THAT(out, HasSubstr("Flood early warning in Udine"));
  ASSERT_EQ(RunCommand(Silkdex("search composting --index " + Data()), &out, &err), 0) << err;
  EXPECT_THAT(out, HasSubstr("notes-plan"));  // id from the path
}

TEST_F(CliTest, CleanFolderExitsZero) {
  std::filesystem::remove(docs_ / "bad.json");
  std::filesystem::remove(docs_ / "evil.json");
  std::string out, err;
  EXPECT_EQ(RunCommand(Silkdex("index " + docs_.string() + " --index " + Data()), &out, &err), 0) << err;
  EXPECT_EQ(out, "indexed 2, skipped 1, failed 0\n");
}

TEST_F(CliTest, SearchJsonIsTheApiShape) {
  RunCommand(Silkdex("index " + docs_.string() + " --index " + Data()), nullptr, nullptr);
  std::string out, err;
  ASSERT_EQ(RunCommand(Silkdex("search 'flood warning' --json --theme drr --limit 5 --index " + Data()), &out, &err), 0) << err;
  Poco::JSON::Parser parser;
  auto root = parser.parse(out).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(root->getValue<int>("total"), 1);
  EXPECT_EQ(root->getValue<int>("per_page"), 5);
  EXPECT_EQ(root->getArray("hits")->getObject(0)->getValue<std::string>("id"), "good");
  EXPECT_TRUE(root->getObject("facets")->has("theme"));
}

TEST_F(CliTest, ReindexingTheSameFolderReplacesDocuments) {
  RunCommand(Silkdex("index " + docs_.string() + " --index " + Data()), nullptr, nullptr);
  WriteFile(docs_ / "good.json", R"({"id": "good", "title": "Cyclone shelters in Udine", "body": "Shelters.", "themes": ["drr"]})");
  RunCommand(Silkdex("index " + docs_.string() + " --index " + Data()), nullptr, nullptr);
  std::string out, err;
  ASSERT_EQ(RunCommand(Silkdex("search udine --json --index " + Data()), &out, &err), 0) << err;
  Poco::JSON::Parser parser;
  auto root = parser.parse(out).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(root->getValue<int>("total"), 1);
  EXPECT_EQ(root->getArray("hits")->getObject(0)->getValue<std::string>("title"), "Cyclone shelters in Udine");
}

TEST_F(CliTest, SearchWithoutAnIndexSaysSoInOneLine) {
  std::string out, err;
  EXPECT_EQ(RunCommand(Silkdex("search flood --index " + Data()), &out, &err), 1);
  EXPECT_THAT(err, ::testing::StartsWith("silkdex: opening index " + Data() + "/index: "));
  EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1);
}

TEST_F(CliTest, BadSearchParameterIsExplained) {
  RunCommand(Silkdex("index " + docs_.string() + " --index " + Data()), nullptr, nullptr);
  std::string out, err;
  EXPECT_EQ(RunCommand(Silkdex("search flood --sort size --index " + Data()), &out, &err), 1);
  EXPECT_EQ(err, "silkdex: parameter 'sort': 'size' is not one of relevance, date, -date, views\n");
}

TEST_F(CliTest, MissingFolderIsExplained) {
  std::string out, err;
  EXPECT_EQ(RunCommand(Silkdex("index " + (dir_ / "nope").string() + " --index " + Data()), &out, &err), 1);
  EXPECT_EQ(err, "silkdex: " + (dir_ / "nope").string() + ": not a folder\n");
}

TEST_F(CliTest, ShowPrintsTheStoredDocument) {
  RunCommand(Silkdex("index " + docs_.string() + " --index " + Data()), nullptr, nullptr);
  std::string out, err;
  ASSERT_EQ(RunCommand(Silkdex("show good --index " + Data()), &out, &err), 0) << err;
  EXPECT_THAT(out, HasSubstr("\"title\":\"Flood early warning in Udine\""));
  EXPECT_EQ(RunCommand(Silkdex("show missing --index " + Data()), &out, &err), 1);
  EXPECT_EQ(err, "silkdex: no document has id 'missing'\n");
}

TEST_F(CliTest, DataFolderComesFromTheConfigFile) {
  WriteFile(dir_ / "silkdex.yaml", "data: configured\n");
  std::string out, err;
  std::string env = "SILKDEX_CONFIG=" + (dir_ / "silkdex.yaml").string() + " ";
  std::filesystem::remove(docs_ / "bad.json");
  std::filesystem::remove(docs_ / "evil.json");
  ASSERT_EQ(RunCommand(env + Silkdex("index " + docs_.string()), &out, &err), 0) << err;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "configured/index"));
}

}  // namespace
}  // namespace silkdex
