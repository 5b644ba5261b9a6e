// The "green" plugin on real passages of the demo corpus and of the 2020
// highlights, in English, Spanish, French, Portuguese and Chinese.
#include <gtest/gtest.h>

#include "plugins_under_test.h"

namespace silkdex::testhost {
namespace {

const LoadedPlugin& Green() { return Load(SILKDEX_PLUGIN_GREEN); }

TEST(GreenPlugin, Metadata) {
  const auto& p = Green().info();
  EXPECT_STREQ(p.name, "green");
  EXPECT_STREQ(p.version, "1.0.0");
  EXPECT_STREQ(p.theme, "green");
  EXPECT_EQ(p.capabilities,
            SILKDEX_CAP_THEMES | SILKDEX_CAP_ENTITIES | SILKDEX_CAP_QUANTITIES | SILKDEX_CAP_VOCABULARY);
}

TEST(GreenPlugin, CircularEconomyTreatsWasteAsAResource) {
  auto x = Green().Extract(
      "Solid waste is one of the most visible services a city provides. A circular economy approach treats waste as a "
      "resource: reducing it at source, separating it at home, recycling materials, composting organic waste and "
      "recovering energy where appropriate. It can also create jobs, including for informal waste pickers.");
  EXPECT_GE(x.Confidence("green"), 0.9);
  EXPECT_TRUE(HasEvidence(x, "green", "circular economy"));
  EXPECT_EQ(x.entities, (Entities{{"waste_stream", "municipal solid waste"},
                                  {"green_practice", "circular economy"},
                                  {"green_practice", "waste reduction"},
                                  {"green_practice", "waste separation"},
                                  {"green_practice", "recycling"},
                                  {"green_practice", "composting"},
                                  {"waste_stream", "organic waste"},
                                  {"green_practice", "informal recycling"}}));
}

TEST(GreenPlugin, PortugueseClimateActionInSaoPaulo) {
  auto x = Green().Extract(
      "Para uma cidade deste tamanho, a ação climática envolve muitas frentes ao mesmo tempo: gestão de resíduos com "
      "reciclagem e compostagem; eficiência energética em edifícios públicos; energias renováveis.",
      "pt");
  EXPECT_GE(x.Confidence("green"), 0.9);
  EXPECT_EQ(x.entities, (Entities{{"green_practice", "recycling"},
                                  {"green_practice", "composting"},
                                  {"green_practice", "energy efficiency"}}));
}

TEST(GreenPlugin, ChineseSortingCompostingAndSolarPanels) {
  auto x = Green().Extract("深圳推进垃圾分类，把厨余垃圾送去堆肥，并在公共建筑屋顶安装了2000块太阳能板。", "zh");
  EXPECT_GE(x.Confidence("green"), 0.8);
  EXPECT_EQ(x.entities, (Entities{{"green_practice", "waste separation"},
                                  {"waste_stream", "organic waste"},
                                  {"green_practice", "composting"},
                                  {"renewable_source", "solar"}}));
  ASSERT_EQ(x.quantities.size(), 1u);
  EXPECT_DOUBLE_EQ(x.quantities[0].value, 2000);
  EXPECT_EQ(x.quantities[0].counts, "solar panels");
  EXPECT_EQ(x.quantities[0].text, "2000块太阳能板");
}

TEST(GreenPlugin, SpanishTreesAndHeatIslands) {
  auto x = Green().Extract(
      "La ciudad plantó 50.000 árboles, creó corredores verdes para reducir las islas de calor e instaló paneles "
      "solares en "
      "las escuelas.",
      "es");
  EXPECT_GE(x.Confidence("green"), 0.5);
  EXPECT_EQ(x.entities, (Entities{{"green_practice", "urban greening"},
                                  {"climate_action", "adaptation"},
                                  {"renewable_source", "solar"}}));
  ASSERT_EQ(x.quantities.size(), 1u);
  EXPECT_DOUBLE_EQ(x.quantities[0].value, 50000);
  EXPECT_EQ(x.quantities[0].counts, "trees");
}

TEST(GreenPlugin, FrenchBiogasFromWaste) {
  auto x = Green().Extract(
      "La ville a installé des panneaux solaires sur les écoles et construit une usine de biogaz qui traite 30 "
      "tonnes de "
      "déchets par jour.",
      "fr");
  EXPECT_GE(x.Confidence("green"), 0.5);
  EXPECT_EQ(x.entities, (Entities{{"renewable_source", "solar"}, {"renewable_source", "biogas"}}));
  ASSERT_EQ(x.quantities.size(), 1u);
  EXPECT_DOUBLE_EQ(x.quantities[0].value, 30);
  EXPECT_EQ(x.quantities[0].unit, "t");
  EXPECT_EQ(x.quantities[0].counts, "tonnes of waste");
  EXPECT_EQ(x.quantities[0].text, "30 tonnes de déchets");
}

TEST(GreenPlugin, WasteManagementInAListOfRequestsIsAPassingMention) {
  auto x = Green().Extract(
      "Road construction and urban safety were on the list of projects looking for partners, next to social "
      "protection, "
      "informal settlements, waste management and e-commerce.");
  EXPECT_LT(x.Confidence("green"), 0.5);
}

TEST(GreenPlugin, Vocabulary) {
  auto v = Green().Vocabulary();
  EXPECT_TRUE(HasTerm(v, "waste management", "gestión de residuos", "es"));
  EXPECT_TRUE(HasTerm(v, "waste management", "gestion des déchets", "fr"));
  EXPECT_TRUE(HasTerm(v, "waste management", "gestão de resíduos", "pt"));
  EXPECT_TRUE(HasTerm(v, "waste management", "垃圾管理", "zh"));
  EXPECT_TRUE(HasTerm(v, "circular economy", "economía circular", "es"));
  EXPECT_TRUE(HasTerm(v, "composting", "compostaje", "es"));
  EXPECT_TRUE(HasTerm(v, "renewable energy", "energías renovables", "es"));
}

}  // namespace
}  // namespace silkdex::testhost
