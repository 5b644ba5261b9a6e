// The "agriculture" plugin on real passages of the demo corpus and of the 2020
// highlights, in English, Spanish, French, Portuguese and Chinese.
#include <gtest/gtest.h>

#include "plugins_under_test.h"

namespace silkdex::testhost {
namespace {

const LoadedPlugin& Agriculture() { return Load(SILKDEX_PLUGIN_AGRICULTURE); }

TEST(AgriculturePlugin, Metadata) {
  const auto& p = Agriculture().info();
  EXPECT_STREQ(p.name, "agriculture");
  EXPECT_STREQ(p.version, "1.0.0");
  EXPECT_STREQ(p.theme, "agriculture");
  EXPECT_EQ(p.capabilities,
            SILKDEX_CAP_THEMES | SILKDEX_CAP_ENTITIES | SILKDEX_CAP_QUANTITIES | SILKDEX_CAP_VOCABULARY);
}

TEST(AgriculturePlugin, SmallholdersReachUrbanConsumers) {
  auto x = Agriculture().Extract(
      "The series addresses a challenge shared by many developing countries: smallholder farmers produce a large "
      "share of "
      "the food, but often capture only a small share of its value. E-commerce platforms, together with better "
      "organized "
      "cooperatives, quality standards and rural logistics, can help them reach urban consumers directly.");
  EXPECT_GE(x.Confidence("agriculture"), 0.8);
  EXPECT_TRUE(HasEvidence(x, "agriculture", "smallholder"));
  EXPECT_EQ(x.entities, (Entities{{"producer", "smallholders"},
                                  {"producer", "cooperatives"},
                                  {"agri_topic", "quality standards"},
                                  {"value_chain_stage", "transport and logistics"},
                                  {"value_chain_stage", "marketing and sales"}}));
}

TEST(AgriculturePlugin, SpanishValueChain) {
  auto x = Agriculture().Extract(
      "Una cadena de valor sostenible permite que los pequeños productores reciban un precio justo, que se reduzcan "
      "las "
      "pérdidas poscosecha y que los consumidores urbanos tengan acceso a alimentos frescos y seguros.",
      "es");
  EXPECT_GE(x.Confidence("agriculture"), 0.8);
  EXPECT_EQ(x.entities, (Entities{{"producer", "smallholders"}, {"agri_topic", "post-harvest losses"}}));
}

TEST(AgriculturePlugin, ChineseCooperativesGradeAndStore) {
  auto x = Agriculture().Extract(
      "农民需要合作社把分散的产品集中起来，进行分级、包装和储存；需要道路和物流把产品及时运出村庄；需要质量标准和可追"
      "溯体系赢得消费者的信任。",
      "zh");
  EXPECT_GE(x.Confidence("agriculture"), 0.8);
  EXPECT_EQ(x.entities, (Entities{{"producer", "cooperatives"},
                                  {"value_chain_stage", "packaging and grading"},
                                  {"value_chain_stage", "storage"},
                                  {"value_chain_stage", "transport and logistics"},
                                  {"agri_topic", "quality standards"},
                                  {"agri_topic", "traceability"}}));
}

TEST(AgriculturePlugin, FrenchCerfam) {
  auto x = Agriculture().Extract(
      "Le CERFAM accompagne les pays africains dans la lutte contre la faim et la malnutrition, les programmes "
      "d'alimentation scolaire et le renforcement des chaînes de valeur agricoles.",
      "fr");
  EXPECT_GE(x.Confidence("agriculture"), 0.8);
  EXPECT_EQ(x.entities, (Entities{{"agri_topic", "food security"}, {"agri_topic", "school feeding"}}));
}

TEST(AgriculturePlugin, PortugueseColdChain) {
  auto x = Agriculture().Extract(
      "A cadeia de frio é essencial para que frutas, legumes e laticínios cheguem frescos aos mercados urbanos sem "
      "perdas "
      "pós-colheita.",
      "pt");
  EXPECT_GE(x.Confidence("agriculture"), 0.8);
  EXPECT_EQ(x.entities, (Entities{{"agri_topic", "cold chain"},
                                  {"crop_product", "fruit"},
                                  {"crop_product", "vegetables"},
                                  {"crop_product", "dairy"},
                                  {"agri_topic", "post-harvest losses"}}));
}

TEST(AgriculturePlugin, CountsFarmers) {
  auto x = Agriculture().Extract(
      "The cooperative trained 1,200 smallholder farmers in post-harvest storage and now ships 300 tonnes of grain a "
      "year.");
  ASSERT_EQ(x.quantities.size(), 2u);
  EXPECT_DOUBLE_EQ(x.quantities[0].value, 1200);
  EXPECT_EQ(x.quantities[0].counts, "farmers");
  EXPECT_EQ(x.quantities[0].text, "1,200 smallholder farmers");
  EXPECT_DOUBLE_EQ(x.quantities[1].value, 300);
  EXPECT_EQ(x.quantities[1].unit, "t");
  EXPECT_EQ(x.quantities[1].counts, "tonnes of food");
}

TEST(AgriculturePlugin, AFoodAgencyAmongMaskDonorsIsNotAgriculture) {
  auto x = Agriculture().Extract(
      "The project also contributed masks to partners, including the WFP China Centre of Excellence.");
  EXPECT_LT(x.Confidence("agriculture"), 0.5);
  EXPECT_TRUE(x.entities.empty());
}

TEST(AgriculturePlugin, PortugueseMaisIsNotMaize) {
  // French "maïs" folds to "mais", Portuguese for "more": it must not be read as maize.
  auto x = Agriculture().Extract(
      "O turismo urbano depende mais de eventos e de negócios do que de qualquer outra coisa.", "pt");
  EXPECT_TRUE(x.entities.empty());
}

TEST(AgriculturePlugin, Vocabulary) {
  auto v = Agriculture().Vocabulary();
  EXPECT_TRUE(HasTerm(v, "smallholders", "pequeños productores", "es"));
  EXPECT_TRUE(HasTerm(v, "smallholders", "小农户", "zh"));
  EXPECT_TRUE(HasTerm(v, "cold chain", "cadena de frío", "es"));
  EXPECT_TRUE(HasTerm(v, "cold chain", "chaîne du froid", "fr"));
  EXPECT_TRUE(HasTerm(v, "cold chain", "cadeia de frio", "pt"));
  EXPECT_TRUE(HasTerm(v, "cold chain", "冷链", "zh"));
  EXPECT_TRUE(HasTerm(v, "agriculture", "agricultura", "es"));
  EXPECT_TRUE(HasTerm(v, "agriculture", "农业", "zh"));
}

}  // namespace
}  // namespace silkdex::testhost
