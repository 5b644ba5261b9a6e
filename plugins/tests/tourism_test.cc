// The "tourism" plugin on real passages of the demo corpus and of the 2020
// highlights, in English, Spanish, French, Portuguese and Chinese.
#include <gtest/gtest.h>

#include "plugins_under_test.h"

namespace silkdex::testhost {
namespace {

const LoadedPlugin& Tourism() { return Load(SILKDEX_PLUGIN_TOURISM); }

TEST(TourismPlugin, Metadata) {
  const auto& p = Tourism().info();
  EXPECT_STREQ(p.name, "tourism");
  EXPECT_STREQ(p.version, "1.0.0");
  EXPECT_STREQ(p.theme, "tourism");
  EXPECT_EQ(p.capabilities,
            SILKDEX_CAP_THEMES | SILKDEX_CAP_ENTITIES | SILKDEX_CAP_QUANTITIES | SILKDEX_CAP_VOCABULARY);
}

TEST(TourismPlugin, MexicanWorldHeritageCities) {
  auto x = Tourism().Extract(
      "Throughout the series, the National Association of Mexican World Heritage Cities (ANCMPPM) has been an active "
      "partner, sharing Mexican good practices in heritage site protection, and the leveraging of digitalization for "
      "the "
      "growth and recovery of the tourism sector.");
  EXPECT_GE(x.Confidence("tourism"), 0.8);
  EXPECT_EQ(x.entities, (Entities{{"tourism_topic", "heritage protection"}, {"tourism_topic", "tourism recovery"}}));
}

TEST(TourismPlugin, ChineseDunhuangCloudTours) {
  auto x = Tourism().Extract(
      "敦煌是古丝绸之路上的重要城市，拥有举世闻名的文化遗产。疫情期间，敦煌积极探索“云游”模式：通过线上展览、虚拟游览"
      "和直播讲解，"
      "让游客足不出户就能欣赏莫高窟的石窟艺术。",
      "zh");
  EXPECT_GE(x.Confidence("tourism"), 0.9);
  EXPECT_EQ(
      x.entities,
      (Entities{{"heritage", "cultural heritage"}, {"tourism_kind", "virtual"}, {"heritage_site", "Mogao Caves"}}));
}

TEST(TourismPlugin, SpanishEcoAndRuralTourism) {
  auto x = Tourism().Extract(
      "El ecoturismo en las áreas protegidas genera ingresos para las comunidades rurales, que acompañan a los "
      "visitantes "
      "como guías, mientras el turismo rural crece en los pueblos.",
      "es");
  EXPECT_GE(x.Confidence("tourism"), 0.8);
  EXPECT_EQ(x.entities, (Entities{{"tourism_kind", "eco"}, {"tourism_kind", "rural"}}));
}

TEST(TourismPlugin, PortugueseUrbanTourismAndCreativeEconomy) {
  auto x = Tourism().Extract(
      "O turismo urbano em São Paulo depende muito de eventos, negócios, gastronomia e cultura, e a economia "
      "criativa ajudou "
      "a manter a cidade presente no ambiente digital.",
      "pt");
  EXPECT_GE(x.Confidence("tourism"), 0.5);
  EXPECT_EQ(x.entities, (Entities{{"tourism_kind", "urban"}, {"tourism_topic", "creative economy"}}));
}

TEST(TourismPlugin, FrenchKhivaVisitorFigures) {
  auto x = Tourism().Extract(
      "À Khiva, l'Itchan Kala, inscrite au patrimoine mondial, attire 500 000 visiteurs par an ; la ville mise sur le "
      "tourisme culturel et l'artisanat.",
      "fr");
  EXPECT_GE(x.Confidence("tourism"), 0.9);
  EXPECT_EQ(x.entities, (Entities{{"heritage_site", "Itchan Kala"},
                                  {"heritage", "World Heritage"},
                                  {"tourism_kind", "cultural"},
                                  {"tourism_topic", "creative economy"}}));
  ASSERT_EQ(x.quantities.size(), 1u);
  EXPECT_DOUBLE_EQ(x.quantities[0].value, 500000);
  EXPECT_EQ(x.quantities[0].counts, "visitors");
  EXPECT_EQ(x.quantities[0].text, "500 000 visiteurs");
}

TEST(TourismPlugin, ViewsOfTheSeriesWhenTheTextIsAboutTourism) {
  auto x = Tourism().Extract(
      "Travel South over Cloud promotes tourism recovery in World Heritage cities. The China-Mexico exchange was "
      "premiered "
      "on 15 January 2021 and attracted approx. 350,000 views, bringing the total views of the series to approx. "
      "1,030,000 globally.");
  EXPECT_GE(x.Confidence("tourism"), 0.5);
  ASSERT_EQ(x.quantities.size(), 1u);  // "total views of the series to approx. 1,030,000": no noun after the number
  EXPECT_DOUBLE_EQ(x.quantities[0].value, 350000);
  EXPECT_EQ(x.quantities[0].counts, "views");
}

TEST(TourismPlugin, GhanaTourismAuthorityAloneIsNotTourism) {
  auto x = Tourism().Extract(
      "A Ghana Tourism Authority partilhou a sua experiência na série de webinars sobre comércio eletrónico "
      "transfronteiriço e inovação digital.",
      "pt");
  EXPECT_LT(x.Confidence("tourism"), 0.5);
}

TEST(TourismPlugin, VocabularyFindsTourismFromTurismo) {
  auto v = Tourism().Vocabulary();
  EXPECT_TRUE(HasTerm(v, "tourism", "turismo", "es"));
  EXPECT_TRUE(HasTerm(v, "tourism", "tourisme", "fr"));
  EXPECT_TRUE(HasTerm(v, "tourism", "旅游", "zh"));
  EXPECT_TRUE(HasTerm(v, "World Heritage", "Patrimonio Mundial", "es"));
  EXPECT_TRUE(HasTerm(v, "World Heritage", "Património Mundial", "pt"));
  EXPECT_TRUE(HasTerm(v, "ecotourism", "ecoturismo", "es"));
  EXPECT_TRUE(HasTerm(v, "rural tourism", "turismo rural", "es"));
  for (const auto& t : v) EXPECT_NE(t.preferred, "rural");
}

}  // namespace
}  // namespace silkdex::testhost
