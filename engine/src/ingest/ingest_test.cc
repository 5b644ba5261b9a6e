#include "silkdex/ingest.h"
#include "text/hash.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "support/test_support.h"

namespace silkdex {
namespace {

namespace fs = std::filesystem;
using ::silkdex::testing::IsOk;
using ::silkdex::testing::IsStatus;
using ::silkdex::testing::TempDir;
using ::silkdex::testing::WriteFile;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;

const char kSpanish[] =
    "La ciudad de Medellín transformó sus barrios más pobres con bibliotecas, parques y un sistema de transporte "
    "por cable que conecta las laderas con el centro. Los vecinos participaron en el diseño de cada proyecto y "
    "hoy la ciudad es un ejemplo de resiliencia urbana para toda América Latina.";
const char kChinese[] =
    "敦煌是丝绸之路上的重要城市，以莫高窟闻名于世。疫情期间，敦煌研究院推出了云游敦煌小程序，"
    "让游客在家中也能欣赏壁画和彩塑，了解千年文化遗产的保护与传承。";

// The one document `file` yields; a failure for each problem.
Document IngestOne(const fs::path& file, const fs::path& root, const IngestOptions& options = {}) {
  FileIngest in = IngestFile(file, root, options);
  for (const auto& p : in.problems) ADD_FAILURE() << p.ToString();
  if (in.documents.size() != 1) {
    ADD_FAILURE() << in.documents.size() << " documents from " << file;
    return {};
  }
  return in.documents[0];
}

// The one problem `file` yields, as "path:line: message" with the temporary folder left out.
std::string OneProblem(const fs::path& file, const TempDir& dir, const IngestOptions& options = {}) {
  FileIngest in = IngestFile(file, dir.path(), options);
  EXPECT_THAT(in.documents, IsEmpty());
  if (in.problems.size() != 1) {
    ADD_FAILURE() << in.problems.size() << " problems from " << file;
    return {};
  }
  std::string s = in.problems[0].ToString();
  std::string prefix = dir.path().string() + "/";
  if (s.starts_with(prefix)) s.erase(0, prefix.size());
  return s;
}

std::vector<std::string> Relative(const std::vector<fs::path>& files, const fs::path& root) {
  std::vector<std::string> out;
  for (const auto& f : files) out.push_back(fs::relative(f, root).generic_string());
  return out;
}

std::set<std::string> AllFilesUnder(const fs::path& root) {
  std::set<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(root)) out.insert(e.path().string());
  return out;
}

// ---- ids, types, statuses

TEST(IngestFile, DerivesTheIdFromThePathRelativeToTheRoot) {
  TempDir dir;
  WriteFile(dir / "tourism/dunhuang-cloud-tour.md", "# Dunhuang cloud tour\n\nText.\n");
  Document doc = IngestOne(dir / "tourism/dunhuang-cloud-tour.md", dir.path());
  EXPECT_EQ(doc.id, "tourism-dunhuang-cloud-tour");
  EXPECT_EQ(doc.source, "tourism/dunhuang-cloud-tour.md");
}

TEST(IngestFile, ReplacesCharactersOutsideTheIdAlphabetInDerivedIds) {
  TempDir dir;
  WriteFile(dir / "drr/Medellín good practice (2020).txt", "Text.\n");
  EXPECT_EQ(IngestOne(dir / "drr/Medellín good practice (2020).txt", dir.path()).id, "drr-Medellin-good-practice-2020");
}

TEST(IngestFile, NamesAFileOfOnlyChineseCharactersByADigestOfItsPath) {
  TempDir dir;
  WriteFile(dir / "敦煌.txt", "敦煌云游。\n");
  std::string id = IngestOne(dir / "敦煌.txt", dir.path()).id;
  EXPECT_EQ(id, "doc-" + silkdex::text::Fnv1a().Add("敦煌").Hex());
}

TEST(IngestFile, KeepsTheIdTheFileGives) {
  TempDir dir;
  WriteFile(dir / "a/b.md", "---\nid: own-id\n---\nText.\n");
  EXPECT_EQ(IngestOne(dir / "a/b.md", dir.path()).id, "own-id");
}

TEST(IngestFile, DefaultsTheTypeToOther) {
  TempDir dir;
  WriteFile(dir / "a.md", "# T\n");
  WriteFile(dir / "b.txt", "T\n");
  WriteFile(dir / "c.json", R"({"body": "T"})");
  EXPECT_EQ(IngestOne(dir / "a.md", dir.path()).type, "other");
  EXPECT_EQ(IngestOne(dir / "b.txt", dir.path()).type, "other");
  EXPECT_EQ(IngestOne(dir / "c.json", dir.path()).type, "other");
}

TEST(IngestFile, DefaultsTheTypeOfSubtitlesToWebinarTranscript) {
  TempDir dir;
  WriteFile(dir / "w.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello\n");
  WriteFile(dir / "w2.srt", "1\n00:00:01,000 --> 00:00:02,000\nHello\n");
  EXPECT_EQ(IngestOne(dir / "w.vtt", dir.path()).type, "webinar_transcript");
  EXPECT_EQ(IngestOne(dir / "w2.srt", dir.path()).type, "webinar_transcript");
}

TEST(IngestFile, KeepsATypeTheSidecarGivesToASubtitle) {
  TempDir dir;
  WriteFile(dir / "w.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello\n");
  WriteFile(dir / "w.meta.json", R"({"type": "video"})");
  EXPECT_EQ(IngestOne(dir / "w.vtt", dir.path()).type, "video");
}

TEST(IngestFile, DefaultsTheStatusToPublished) {
  TempDir dir;
  WriteFile(dir / "a.txt", "Text\n");
  EXPECT_EQ(IngestOne(dir / "a.txt", dir.path()).status, "published");
}

TEST(IngestFile, TakesTheDefaultStatusFromTheOptions) {
  TempDir dir;
  WriteFile(dir / "a.txt", "Text\n");
  WriteFile(dir / "b.md", "---\nstatus: draft\n---\nText\n");
  IngestOptions options;
  options.default_status = "in_review";
  EXPECT_EQ(IngestOne(dir / "a.txt", dir.path(), options).status, "in_review");
  EXPECT_EQ(IngestOne(dir / "b.md", dir.path(), options).status, "draft");
}

// ---- language

TEST(IngestFile, DetectsSpanishWhenTheLanguageIsNotGiven) {
  TempDir dir;
  WriteFile(dir / "es.txt", kSpanish);
  EXPECT_EQ(IngestOne(dir / "es.txt", dir.path()).language, "es");
}

TEST(IngestFile, DetectsChineseWhenTheLanguageIsNotGiven) {
  TempDir dir;
  WriteFile(dir / "zh.txt", kChinese);
  EXPECT_EQ(IngestOne(dir / "zh.txt", dir.path()).language, "zh");
}

TEST(IngestFile, FallsBackToEnglishForATextTooShortToDetect) {
  TempDir dir;
  WriteFile(dir / "short.txt", "Hola");
  EXPECT_EQ(IngestOne(dir / "short.txt", dir.path()).language, "en");
}

TEST(IngestFile, KeepsTheGivenLanguageAsAPrimaryTag) {
  TempDir dir;
  WriteFile(dir / "a.md", std::string("---\nlanguage: PT-BR\n---\n") + kSpanish);
  EXPECT_EQ(IngestOne(dir / "a.md", dir.path()).language, "pt");
}

// ---- titles

TEST(IngestFile, TitlesAPlainTextFileByItsFirstLine) {
  TempDir dir;
  WriteFile(dir / "a.txt", "\n\n  Storage management sessions  \nBody text.\n");
  EXPECT_EQ(IngestOne(dir / "a.txt", dir.path()).title, "Storage management sessions");
}

TEST(IngestFile, RefusesAnEmptyTextFileForWantOfATitle) {
  TempDir dir;
  WriteFile(dir / "empty.txt", "");
  EXPECT_EQ(OneProblem(dir / "empty.txt", dir), "empty.txt: field 'title': is missing or empty");
}

// ---- sidecars

TEST(IngestFile, AppliesTheSidecarBesideTheFile) {
  TempDir dir;
  WriteFile(dir / "agri/xiaononghu.txt", kChinese);
  WriteFile(dir / "agri/xiaononghu.meta.json",
            R"({"id": "xiaononghu", "title": "Smallholders and e-commerce", "themes": ["agriculture"], "language": "zh"})");
  Document doc = IngestOne(dir / "agri/xiaononghu.txt", dir.path());
  EXPECT_EQ(doc.id, "xiaononghu");
  EXPECT_EQ(doc.title, "Smallholders and e-commerce");
  EXPECT_THAT(doc.themes, ElementsAre("agriculture"));
  EXPECT_EQ(doc.body, kChinese);
}

TEST(IngestFile, RefusesABodyInASidecar) {
  TempDir dir;
  WriteFile(dir / "a.txt", "Text\n");
  WriteFile(dir / "a.meta.json", R"({"body": "other text"})");
  EXPECT_EQ(OneProblem(dir / "a.txt", dir),
            "a.txt: a.meta.json: field 'body': is not allowed here: the text comes from the file");
}

TEST(IngestFile, ReportsAMalformedSidecar) {
  TempDir dir;
  WriteFile(dir / "a.txt", "Text\n");
  WriteFile(dir / "a.meta.json", R"(["not", "an", "object"])");
  EXPECT_EQ(OneProblem(dir / "a.txt", dir), "a.txt: a.meta.json: expected a JSON object");
}

TEST(IngestFile, SkipsASidecarGivenOnItsOwn) {
  TempDir dir;
  WriteFile(dir / "a.meta.json", R"({"title": "T"})");
  FileIngest in = IngestFile(dir / "a.meta.json", dir.path());
  EXPECT_TRUE(in.skipped);
  EXPECT_THAT(in.documents, IsEmpty());
  EXPECT_THAT(in.problems, IsEmpty());
}

// ---- files that are skipped or refused

TEST(IngestFile, SkipsUnknownExtensions) {
  TempDir dir;
  WriteFile(dir / "report.docx", "PK\x03\x04");
  WriteFile(dir / "README", "text");
  for (const char* name : {"report.docx", "README"}) {
    FileIngest in = IngestFile(dir / name, dir.path());
    EXPECT_TRUE(in.skipped) << name;
    EXPECT_THAT(in.documents, IsEmpty()) << name;
    EXPECT_THAT(in.problems, IsEmpty()) << name;
  }
}

TEST(IngestFile, ReadsExtensionsWhateverTheirCase) {
  TempDir dir;
  WriteFile(dir / "NOTES.TXT", "Notes\n");
  EXPECT_EQ(IngestOne(dir / "NOTES.TXT", dir.path()).title, "Notes");
}

TEST(IngestFile, RefusesIdsOutsideTheIdAlphabetWithoutWritingAnything) {
  TempDir dir;
  WriteFile(dir / "root/in.json",
            R"([{"id": "../../etc/passwd", "body": "a"}, {"id": "a b", "body": "b"}, {"id": "ok", "body": "c"}])");
  std::set<std::string> before = AllFilesUnder(dir.path());
  FileIngest in = IngestFile(dir / "root/in.json", dir / "root");
  ASSERT_THAT(in.documents, SizeIs(1));
  EXPECT_EQ(in.documents[0].id, "ok");
  ASSERT_THAT(in.problems, SizeIs(2));
  EXPECT_EQ(in.problems[0].message, "field 'id': '../../etc/passwd' is not 1 to 128 characters of A-Z a-z 0-9 . _ -");
  EXPECT_EQ(in.problems[1].message, "field 'id': 'a b' is not 1 to 128 characters of A-Z a-z 0-9 . _ -");
  EXPECT_EQ(AllFilesUnder(dir.path()), before);
  EXPECT_FALSE(fs::exists(dir / "etc"));
}

TEST(IngestFile, RefusesAnIdLongerThan128Characters) {
  TempDir dir;
  std::string id(129, 'x');
  WriteFile(dir / "a.md", "---\nid: " + id + "\n---\nText\n");
  EXPECT_EQ(OneProblem(dir / "a.md", dir),
            "a.md: field 'id': '" + id + "' is not 1 to 128 characters of A-Z a-z 0-9 . _ -");
}

TEST(IngestFile, RefusesAFileOverTheSizeLimit) {
  TempDir dir;
  WriteFile(dir / "big.txt", std::string((3u << 20) + 1, 'a'));
  IngestOptions options;
  options.max_file_bytes = 2u << 20;
  EXPECT_EQ(OneProblem(dir / "big.txt", dir, options),
            "big.txt: the file is 3145729 bytes, over the limit of 2097152 bytes");
}

TEST(IngestFile, NamesTheExactSizesOfAFileJustOverASmallLimit) {
  TempDir dir;
  WriteFile(dir / "a.txt", std::string(101, 'a'));
  IngestOptions options;
  options.max_file_bytes = 100;
  EXPECT_EQ(OneProblem(dir / "a.txt", dir, options), "a.txt: the file is 101 bytes, over the limit of 100 bytes");
}

TEST(IngestFile, AcceptsAFileExactlyAtTheSizeLimit) {
  TempDir dir;
  WriteFile(dir / "a.txt", std::string(100, 'a'));
  IngestOptions options;
  options.max_file_bytes = 100;
  EXPECT_EQ(IngestOne(dir / "a.txt", dir.path(), options).body.size(), 100u);
}

TEST(IngestFile, ReportsAMissingFile) {
  TempDir dir;
  FileIngest in = IngestFile(dir / "gone.txt", dir.path());
  EXPECT_THAT(in.documents, IsEmpty());
  ASSERT_THAT(in.problems, SizeIs(1));
  EXPECT_EQ(in.problems[0].path, (dir / "gone.txt").string());
  EXPECT_EQ(in.problems[0].message, "cannot read: No such file or directory");
}

TEST(IngestFile, IndexesAnEightMegabyteSingleLineTextFile) {
  TempDir dir;
  std::string line;
  line.reserve(8u << 20);
  while (line.size() < (8u << 20)) line += "resilient city ";
  WriteFile(dir / "long.txt", line);
  Document doc = IngestOne(dir / "long.txt", dir.path());
  EXPECT_EQ(doc.body.size(), line.size());
  EXPECT_LE(doc.title.size(), 200u);
  EXPECT_TRUE(doc.title.starts_with("resilient city"));
}

TEST(IngestFile, IndexesAnEightMegabyteNdjsonLine) {
  TempDir dir;
  std::string body;
  body.reserve(8u << 20);
  while (body.size() < (8u << 20)) body += "sponge city ";
  WriteFile(dir / "big.ndjson", "{\"title\": \"Big\", \"body\": \"" + body + "\"}\n{\"body\": \"small\"}\n");
  FileIngest in = IngestFile(dir / "big.ndjson", dir.path());
  EXPECT_THAT(in.problems, IsEmpty());
  ASSERT_THAT(in.documents, SizeIs(2));
  EXPECT_EQ(in.documents[0].body.size(), body.size());
  EXPECT_EQ(in.documents[1].id, "big-2");
}

TEST(IngestFile, ReportsInvalidUtf8InTextWithLineAndByte) {
  TempDir dir;
  WriteFile(dir / "a.txt", "ok\nbad \xFF here\n");
  EXPECT_EQ(OneProblem(dir / "a.txt", dir), "a.txt: invalid UTF-8 at line 2, byte 7");
}

TEST(IngestFile, ReportsInvalidUtf8InMarkdownWithLineAndByte) {
  TempDir dir;
  WriteFile(dir / "a.md", "# T\n\nbad \xC3\x28\n");
  EXPECT_EQ(OneProblem(dir / "a.md", dir), "a.md: invalid UTF-8 at line 3, byte 9");
}

TEST(IngestFile, ReportsInvalidUtf8InJsonWithLineAndByte) {
  TempDir dir;
  WriteFile(dir / "a.json", "{\n  \"body\": \"\xED\xA0\x80\"\n}");
  EXPECT_EQ(OneProblem(dir / "a.json", dir), "a.json: invalid UTF-8 at line 2, byte 13");
}

TEST(IngestFile, ReportsTheLineOfABadNdjsonRecord) {
  TempDir dir;
  WriteFile(dir / "a.ndjson", "{\"body\": \"a\"}\n{\"body\": \"b\", \"themes\": [\"space\"]}\n");
  FileIngest in = IngestFile(dir / "a.ndjson", dir.path());
  ASSERT_THAT(in.documents, SizeIs(1));
  ASSERT_THAT(in.problems, SizeIs(1));
  EXPECT_EQ(in.problems[0].line, 2);
  EXPECT_EQ(in.problems[0].message,
            "field 'themes': 'space' is not one of health, agriculture, ecommerce, tourism, drr, transport, green");
}

// ---- ListFolder

TEST(ListFolder, ListsEveryFileSortedExceptSidecarsAndHiddenOnes) {
  TempDir dir;
  WriteFile(dir / "b.md", "x");
  WriteFile(dir / "a/report.txt", "x");
  WriteFile(dir / "a/report.meta.json", "{}");
  WriteFile(dir / "a/orphan.meta.json", "{}");
  WriteFile(dir / "a/data.json", "{}");
  WriteFile(dir / "notes.docx", "x");
  WriteFile(dir / ".hidden.md", "x");
  WriteFile(dir / ".git/config.md", "x");
  WriteFile(dir / "c/.cache/page.html", "x");
  auto files = ListFolder(dir.path());
  ASSERT_TRUE(files.ok()) << files.status().ToString();
  EXPECT_THAT(Relative(*files, dir.path()),
              ElementsAre("a/data.json", "a/orphan.meta.json", "a/report.txt", "b.md", "notes.docx"));
}

TEST(ListFolder, DoesNotFollowSymbolicLinksToFolders) {
  TempDir dir;
  WriteFile(dir / "root/a.md", "x");
  WriteFile(dir / "elsewhere/b.md", "x");
  fs::create_directory_symlink(dir / "elsewhere", dir / "root/link");
  auto files = ListFolder(dir / "root");
  ASSERT_TRUE(files.ok()) << files.status().ToString();
  EXPECT_THAT(Relative(*files, dir / "root"), ElementsAre("a.md"));
}

TEST(ListFolder, RefusesAPathThatIsNotAFolder) {
  TempDir dir;
  WriteFile(dir / "file.md", "x");
  EXPECT_THAT(ListFolder(dir / "file.md").status(),
              IsStatus(StatusCode::kNotFound, (dir / "file.md").string() + ": not a folder"));
  EXPECT_THAT(ListFolder(dir / "missing").status(),
              IsStatus(StatusCode::kNotFound, (dir / "missing").string() + ": not a folder"));
}

// ---- FinishDocument

TEST(FinishDocument, AppliesTheContractDefaults) {
  Document doc;
  doc.body = "\n# Storage management\nText about storage.";
  ASSERT_THAT(FinishDocument(&doc, "fallback-id"), IsOk());
  EXPECT_EQ(doc.id, "fallback-id");
  EXPECT_EQ(doc.type, "other");
  EXPECT_EQ(doc.title, "Storage management");
  EXPECT_EQ(doc.status, "published");
  EXPECT_EQ(doc.language, "en");
}

TEST(FinishDocument, KeepsWhatTheDocumentGives) {
  Document doc;
  doc.id = "own";
  doc.type = "news";
  doc.title = "Own title";
  doc.status = "draft";
  doc.language = "fr";
  doc.body = kSpanish;
  ASSERT_THAT(FinishDocument(&doc, "fallback-id"), IsOk());
  EXPECT_EQ(doc.id, "own");
  EXPECT_EQ(doc.type, "news");
  EXPECT_EQ(doc.title, "Own title");
  EXPECT_EQ(doc.status, "draft");
  EXPECT_EQ(doc.language, "fr");
}

TEST(FinishDocument, MakesADocumentWithSegmentsAWebinarTranscript) {
  Document doc;
  doc.title = "Webinar";
  doc.segments = {{0, 1000, "Ana", "Hello"}};
  ASSERT_THAT(FinishDocument(&doc, "w"), IsOk());
  EXPECT_EQ(doc.type, "webinar_transcript");
}

TEST(FinishDocument, DetectsTheLanguageFromTheText) {
  Document doc;
  doc.body = kSpanish;
  ASSERT_THAT(FinishDocument(&doc, "es-doc"), IsOk());
  EXPECT_EQ(doc.language, "es");
}

TEST(FinishDocument, TakesTheStatusFromTheOptions) {
  Document doc;
  doc.body = "Text";
  IngestOptions options;
  options.default_status = "in_review";
  ASSERT_THAT(FinishDocument(&doc, "x", options), IsOk());
  EXPECT_EQ(doc.status, "in_review");
}

TEST(FinishDocument, ValidatesTheResult) {
  Document doc;
  doc.body = "Text";
  doc.sdgs = {18};
  EXPECT_THAT(FinishDocument(&doc, "x"), IsStatus(StatusCode::kInvalidArgument, "field 'sdgs': 18 is outside 1..17"));
  Document bad_id;
  bad_id.body = "Text";
  EXPECT_THAT(FinishDocument(&bad_id, "../x"),
              IsStatus(StatusCode::kInvalidArgument, "field 'id': '../x' is not 1 to 128 characters of A-Z a-z 0-9 . _ -"));
}

// ---- IngestProblem

TEST(IngestProblem, FormatsWithAndWithoutALine) {
  EXPECT_EQ((IngestProblem{"a/b.ndjson", 3, "bad"}).ToString(), "a/b.ndjson:3: bad");
  EXPECT_EQ((IngestProblem{"a/b.json", 0, "bad"}).ToString(), "a/b.json: bad");
}

}  // namespace
}  // namespace silkdex
