#include "analysis/analyzer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace silkdex::analysis {
namespace {

using silkdex::testing::IsStatus;
using silkdex::testing::TempDir;
using silkdex::testing::WriteFile;

TEST(FoldTest, LowerCasesAndRemovesAccents) {
  EXPECT_EQ(Fold("Medellín"), "medellin");
  EXPECT_EQ(Fold("SÃO PAULO"), "sao paulo");
  EXPECT_EQ(Fold("Querétaro"), "queretaro");
  EXPECT_EQ(Fold("敦煌"), "敦煌");
}

TEST(PrimaryLanguageTest, KeepsThePrimarySubtagInLowerCase) {
  EXPECT_EQ(PrimaryLanguage("pt-BR"), "pt");
  EXPECT_EQ(PrimaryLanguage("zh_Hant"), "zh");
  EXPECT_EQ(PrimaryLanguage("EN"), "en");
  EXPECT_EQ(PrimaryLanguage(""), "");
}

TEST(DefinitionsTest, BuiltInDefinitionsHaveEveryFieldTheEngineUses) {
  const Definitions& d = DefaultDefinitions();
  EXPECT_EQ(d.schema_version, kSchemaVersion);
  EXPECT_EQ(d.text("title").prefix, "S");
  EXPECT_GT(d.text("title").weight, d.text("body").weight);
  EXPECT_EQ(d.filter("city").query_name, "city");
  EXPECT_EQ(d.fingerprint.size(), 16u);
  EXPECT_TRUE(d.stopwords.count("en"));
  EXPECT_FALSE(d.synonym_groups.empty());
}

TEST(DefinitionsTest, SchemaWithoutTheFieldsTheEngineUsesIsRefused) {
  auto a = LoadDefinitions({{"schema.yaml", "schema_version: 2\n"}});
  ASSERT_FALSE(a.ok());
  EXPECT_THAT(a.status(), IsStatus(StatusCode::kInvalidArgument, "schema.yaml: text_fields has no 'title'"));
}

TEST(DefinitionsTest, DefinitionsOfAnotherSchemaVersionAreRefused) {
  auto d = LoadDefinitions({{"schema.yaml", "schema_version: 1\n"}});
  ASSERT_FALSE(d.ok());
  EXPECT_THAT(d.status(), IsStatus(StatusCode::kInvalidArgument,
                                   "schema.yaml: schema_version 1 is not the one this silkdex lays indexes out by (2)"));
}

TEST(DefinitionsTest, FingerprintChangesWhenAStopWordChanges) {
  TempDir dir;
  std::filesystem::copy(std::filesystem::path(SILKDEX_SOURCE_DIR_FOR_TESTS) / "indexes/default", dir.path(),
                        std::filesystem::copy_options::recursive);
  WriteFile(dir / "stopwords/en.txt", silkdex::testing::ReadFile(dir / "stopwords/en.txt") + "extra\n");
  auto changed = LoadDefinitionsFromFolder(dir.path());
  ASSERT_TRUE(changed.ok()) << changed.status().ToString();
  EXPECT_NE(changed->fingerprint, DefaultDefinitions().fingerprint);
}

TEST(DefinitionsTest, YamlErrorsNameFileAndLine) {
  auto d = LoadDefinitions({{"schema.yaml", "schema_version: 2\ntext_fields: [unclosed\n"}});
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(d.status().message().rfind("schema.yaml:", 0), 0u) << d.status().message();
}

TEST(DefinitionsTest, FolderCopyOfDefaultsLoadsWithTheSameFingerprint) {
  auto copied = LoadDefinitionsFromFolder(std::filesystem::path(SILKDEX_SOURCE_DIR_FOR_TESTS) / "indexes/default");
  ASSERT_TRUE(copied.ok()) << copied.status().ToString();
  EXPECT_EQ(copied->fingerprint, DefaultDefinitions().fingerprint);
}

TEST(AnalyzerTest, StemmersForContractLanguagesAndNoneForOthers) {
  Analyzer a(DefaultDefinitions());
  for (const char* lang : {"en", "es", "pt", "fr", "ru"}) EXPECT_FALSE(a.StemmerFor(lang).is_none()) << lang;
  EXPECT_EQ(a.StemmerFor("en")("cities"), "citi");
  EXPECT_EQ(a.StemmerFor("es")("ciudades"), "ciudad");
  EXPECT_TRUE(a.StemmerFor("zh").is_none());
  EXPECT_TRUE(a.StemmerFor("uz").is_none());
}

TEST(AnalyzerTest, FilterTermsAreFolded) {
  Analyzer a(DefaultDefinitions());
  EXPECT_EQ(a.FilterTerm("city", "Medellín"), "XCImedellin");
  EXPECT_EQ(a.FilterTerm("theme", "DRR"), "XTHdrr");
}

TEST(AnalyzerTest, ExpandsSynonymsBothWays) {
  Analyzer a(DefaultDefinitions());
  EXPECT_EQ(a.ExpandSynonyms("DRR plans"), "(drr OR \"disaster risk reduction\") plans");
  EXPECT_EQ(a.ExpandSynonyms("disaster risk reduction"), "(\"disaster risk reduction\" OR drr)");
  EXPECT_EQ(a.ExpandSynonyms("ppe donations"), "(ppe OR \"personal protective equipment\") donations");
}

TEST(AnalyzerTest, VocabularyHeadWordsStayAndTheirVariantsExpand) {
  Analyzer a(DefaultDefinitions(), {{"response", "respuesta", "emergency response"}, {"tourism", "turismo"}});
  EXPECT_EQ(a.ExpandSynonyms("immune response"), "immune response");
  EXPECT_EQ(a.ExpandSynonyms("respuesta rapida"), "(respuesta OR response OR \"emergency response\") rapida");
  EXPECT_EQ(a.ExpandSynonyms("turismo"), "(turismo OR tourism)");
}

TEST(AnalyzerTest, SynonymMatchesKeepWhatWasTypedAndEachVariantsLanguage) {
  Analyzer a(DefaultDefinitions(), {{SynonymTerm("disaster risk reduction", "en"), SynonymTerm("drr", "en"),
                                     SynonymTerm("reducción del riesgo de desastres", "es"), SynonymTerm("减灾", "zh")}});
  auto e = a.FindSynonyms("DRR plans", "syn");
  EXPECT_EQ(e.text, "syn:0 plans");
  ASSERT_EQ(e.matches.size(), 1u);
  EXPECT_EQ(e.matches[0].typed, "DRR");
  // The definitions' group (no language) and the vocabulary's, merged: each
  // other member once, with its language.
  EXPECT_THAT(e.matches[0].others,
              ::testing::UnorderedElementsAre(SynonymTerm("disaster risk reduction", ""),
                                            SynonymTerm("reducción del riesgo de desastres", "es"),
                                            SynonymTerm("减灾", "zh")));
  auto two = a.FindSynonyms("减灾 and DRR", "syn");
  EXPECT_EQ(two.text, "syn:0 and syn:1");
  EXPECT_EQ(two.matches[1].typed, "DRR");
}

TEST(AnalyzerTest, LeavesPhrasesPrefixesAndOperatorsAlone) {
  Analyzer a(DefaultDefinitions());
  EXPECT_EQ(a.ExpandSynonyms("\"DRR\" title:DRR -DRR"), "\"DRR\" title:DRR -DRR");
  EXPECT_EQ(a.ExpandSynonyms("floods AND rivers"), "floods AND rivers");
}

}  // namespace
}  // namespace silkdex::analysis
