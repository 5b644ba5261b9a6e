// The "drr" plugin on real passages of the demo corpus and of the 2020
// highlights, in English, Spanish, French, Portuguese and Chinese.
#include <gtest/gtest.h>

#include "plugins_under_test.h"

namespace silkdex::testhost {
namespace {

const LoadedPlugin& Drr() { return Load(SILKDEX_PLUGIN_DRR); }

TEST(DrrPlugin, Metadata) {
  const auto& p = Drr().info();
  EXPECT_STREQ(p.name, "drr");
  EXPECT_STREQ(p.version, "1.0.0");
  EXPECT_STREQ(p.theme, "drr");
  EXPECT_EQ(p.capabilities,
            SILKDEX_CAP_THEMES | SILKDEX_CAP_ENTITIES | SILKDEX_CAP_QUANTITIES | SILKDEX_CAP_VOCABULARY);
}

TEST(DrrPlugin, LocalStrategyAlignedWithSendai) {
  auto x = Drr().Extract(
      "A city that already has a local DRR strategy, aligned with its national DRR strategy and with the Sendai "
      "Framework, "
      "knows who coordinates in an emergency, which groups are most exposed and how information circulates. Those "
      "arrangements can be used again when the hazard is a virus rather than a flood or an earthquake.");
  EXPECT_GE(x.Confidence("drr"), 0.9);
  EXPECT_TRUE(HasEvidence(x, "drr", "Sendai Framework"));
  EXPECT_EQ(x.entities, (Entities{{"drr_framework", "local DRR strategy"},
                                  {"drr_framework", "Sendai Framework"},
                                  {"sendai_priority", "disaster risk governance"},
                                  {"hazard", "flood"},
                                  {"hazard", "earthquake"}}));
}

TEST(DrrPlugin, SpanishWorkshopOutcome) {
  auto x = Drr().Extract(
      "Según la encuesta posterior, el taller fortaleció las capacidades de los participantes para elaborar "
      "estrategias "
      "locales de reducción del riesgo de desastres alineadas con las estrategias nacionales y con el Marco de Sendai.",
      "es");
  EXPECT_GE(x.Confidence("drr"), 0.5);
  EXPECT_TRUE(HasEvidence(x, "drr", "Marco de Sendai"));
  EXPECT_EQ(x.entities, (Entities{{"drr_framework", "local DRR strategy"}, {"drr_framework", "Sendai Framework"}}));
}

TEST(DrrPlugin, FrenchCoastalPreparedness) {
  auto x = Drr().Extract(
      "Les villes côtières doivent se préparer aux cyclones et aux inondations : systèmes d'alerte précoce, plans "
      "d'évacuation et exercices réguliers.",
      "fr");
  EXPECT_GE(x.Confidence("drr"), 0.5);
  EXPECT_EQ(x.entities, (Entities{{"drr_phase", "preparedness"},
                                  {"hazard", "cyclone"},
                                  {"hazard", "flood"},
                                  {"drr_measure", "early warning"},
                                  {"drr_measure", "contingency planning"},
                                  {"drr_measure", "drills"}}));
}

TEST(DrrPlugin, ChineseRiskUnderstanding) {
  auto x = Drr().Extract(
      "了解城市面临的灾害风险，提前明确各部门职责，并做好应急预案，可以帮助城市更好地应对洪水和地震。", "zh");
  EXPECT_GE(x.Confidence("drr"), 0.5);
  EXPECT_EQ(x.entities, (Entities{{"sendai_priority", "understanding disaster risk"},
                                  {"sendai_priority", "disaster risk governance"},
                                  {"drr_measure", "contingency planning"},
                                  {"hazard", "flood"},
                                  {"hazard", "earthquake"}}));
}

TEST(DrrPlugin, PortugueseBuildBackBetter) {
  auto x = Drr().Extract(
      "Após o deslizamento de terra, o município realocou as famílias das encostas mais expostas e reconstruiu a "
      "escola com "
      "normas antissísmicas, para reconstruir melhor.",
      "pt");
  EXPECT_GE(x.Confidence("drr"), 0.5);
  EXPECT_EQ(x.entities, (Entities{{"hazard", "landslide"},
                                  {"drr_phase", "recovery"},
                                  {"drr_measure", "building codes and retrofitting"},
                                  {"sendai_priority", "preparedness and build back better"}}));
}

TEST(DrrPlugin, MakingCitiesResilientWorkshop) {
  auto x = Drr().Extract(
      "Over 2,500 participants from close to 150 countries and territories attended a certified online training "
      "workshop "
      "on making cities resilient, jointly organized by UNDRR, UNOSSC and PAHO/WHO.");
  EXPECT_GE(x.Confidence("drr"), 0.5);
  EXPECT_EQ(x.entities, (Entities{{"drr_framework", "Making Cities Resilient"}}));
  ASSERT_EQ(x.quantities.size(), 2u);
  EXPECT_DOUBLE_EQ(x.quantities[0].value, 2500);
  EXPECT_EQ(x.quantities[0].counts, "participants");
  EXPECT_EQ(x.quantities[0].text, "2,500 participants");
  EXPECT_DOUBLE_EQ(x.quantities[1].value, 150);
  EXPECT_EQ(x.quantities[1].counts, "countries");
  EXPECT_EQ(x.quantities[1].text, "150 countries and territories");
}

TEST(DrrPlugin, PercentagesOfTheAudience) {
  auto x = Drr().Extract(
      "The workshop on local disaster risk reduction strategies and the Sendai Framework drew a balanced audience: the "
      "female share (47%) was close to the male share (52%), and close to 40 percent of participants came from "
      "national "
      "and local governments.");
  ASSERT_EQ(x.quantities.size(), 3u);
  EXPECT_DOUBLE_EQ(x.quantities[0].value, 47);
  EXPECT_EQ(x.quantities[0].unit, "%");
  EXPECT_EQ(x.quantities[0].text, "47%");
  EXPECT_DOUBLE_EQ(x.quantities[2].value, 40);
  EXPECT_EQ(x.quantities[2].unit, "%");
  EXPECT_EQ(x.quantities[2].counts, "participants");
}

TEST(DrrPlugin, RecoveryOfTourismIsNotDisasterRecovery) {
  auto x = Drr().Extract(
      "The tourism sector is recovering: hotels reopened and visitor numbers grew in the third quarter. "
      "Tourism recovery is the priority.");
  EXPECT_LT(x.Confidence("drr"), 0.3);
  EXPECT_TRUE(x.themes.empty());
  EXPECT_TRUE(x.entities.empty());
}

TEST(DrrPlugin, UnitedNationsOfficeNameAloneIsNotDrr) {
  auto x = Drr().Extract(
      "La Organización Panamericana de la Salud y la Oficina de las Naciones Unidas para la Reducción del Riesgo de "
      "Desastres organizaron el taller junto con la UNOSSC.",
      "es");
  EXPECT_LT(x.Confidence("drr"), 0.5);
}

TEST(DrrPlugin, VocabularyExpandsDrr) {
  auto v = Drr().Vocabulary();
  EXPECT_TRUE(HasTerm(v, "disaster risk reduction", "DRR", "en"));
  EXPECT_TRUE(HasTerm(v, "disaster risk reduction", "reducción del riesgo de desastres", "es"));
  EXPECT_TRUE(HasTerm(v, "disaster risk reduction", "réduction des risques de catastrophe", "fr"));
  EXPECT_TRUE(HasTerm(v, "disaster risk reduction", "redução do risco de desastres", "pt"));
  EXPECT_TRUE(HasTerm(v, "disaster risk reduction", "减少灾害风险", "zh"));
  EXPECT_TRUE(HasTerm(v, "flood", "inundación", "es"));
  EXPECT_TRUE(HasTerm(v, "flood", "洪水", "zh"));
  EXPECT_TRUE(HasTerm(v, "Sendai Framework", "Marco de Sendai", "es"));
}

}  // namespace
}  // namespace silkdex::testhost
