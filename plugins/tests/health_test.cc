// The "health" plugin on real passages of the demo corpus and of the 2020
// highlights, in English, French, Spanish, Portuguese and Chinese.
#include <gtest/gtest.h>

#include "plugins_under_test.h"

namespace silkdex::testhost {
namespace {

const LoadedPlugin& Health() { return Load(SILKDEX_PLUGIN_HEALTH); }

TEST(HealthPlugin, Metadata) {
  const auto& p = Health().info();
  EXPECT_STREQ(p.name, "health");
  EXPECT_STREQ(p.version, "1.0.0");
  EXPECT_STREQ(p.theme, "health");
  EXPECT_EQ(p.capabilities,
            SILKDEX_CAP_THEMES | SILKDEX_CAP_ENTITIES | SILKDEX_CAP_QUANTITIES | SILKDEX_CAP_VOCABULARY);
}

TEST(HealthPlugin, OneMillionMasks) {
  auto x = Health().Extract(
      "In its COVID-19 response, the UNOSSC Cities Project set out to advocate for South-South solidarity and to "
      "facilitate mutual support among cities and institutional partners. In 2020 the project team mobilized donations "
      "and facilitated the deployment of 1,094,000 masks, benefiting people in 22 countries.");
  EXPECT_EQ(x.rc, 0);
  EXPECT_GE(x.Confidence("health"), 0.5);
  EXPECT_TRUE(HasEvidence(x, "health", "masks"));
  EXPECT_TRUE(HasEvidence(x, "health", "COVID-19 response"));
  EXPECT_EQ(x.entities, (Entities{{"medical_supply", "masks"}}));
  ASSERT_EQ(x.quantities.size(), 2u);
  EXPECT_DOUBLE_EQ(x.quantities[0].value, 1094000);
  EXPECT_EQ(x.quantities[0].unit, "");
  EXPECT_EQ(x.quantities[0].counts, "masks");
  EXPECT_EQ(x.quantities[0].text, "1,094,000 masks");
  EXPECT_DOUBLE_EQ(x.quantities[1].value, 22);
  EXPECT_EQ(x.quantities[1].counts, "countries");
}

TEST(HealthPlugin, SuitsAndRespiratorsForYuxiAndXiaogan) {
  auto x = Health().Extract(
      "Protective suits are a critical part of the personal protective equipment that keeps doctors and nurses safe "
      "while they treat infected patients, and non-intrusive respirators support patients with breathing difficulties. "
      "UNOSSC donated 1000 medical protective suits and 15 non-intrusive respirators to Yuxi and Xiaogan City in "
      "China.");
  EXPECT_GE(x.Confidence("health"), 0.9);
  EXPECT_EQ(x.entities, (Entities{{"medical_supply", "protective suits"},
                                  {"medical_supply", "personal protective equipment"},
                                  {"medical_supply", "respirators"}}));
  ASSERT_EQ(x.quantities.size(), 2u);
  EXPECT_DOUBLE_EQ(x.quantities[0].value, 1000);
  EXPECT_EQ(x.quantities[0].counts, "protective suits");
  EXPECT_EQ(x.quantities[0].text, "1000 medical protective suits");
  EXPECT_DOUBLE_EQ(x.quantities[1].value, 15);
  EXPECT_EQ(x.quantities[1].counts, "respirators");
  EXPECT_EQ(x.quantities[1].text, "15 non-intrusive respirators");
}

TEST(HealthPlugin, FrenchMasksForWestAfrica) {
  auto x = Health().Extract(
      "En juillet 2021, 250 000 masques chirurgicaux jetables mobilisés par le Centre financier pour la coopération "
      "Sud-Sud (FCSSC) et ses partenaires sont arrivés à Abuja, au Nigeria. L'OOAS avait demandé un appui pour l'achat "
      "de matériel médical et d'équipements de protection individuelle (EPI).",
      "fr");
  EXPECT_GE(x.Confidence("health"), 0.8);
  EXPECT_TRUE(HasEvidence(x, "health", "équipements de protection individuelle"));
  EXPECT_EQ(x.entities, (Entities{{"medical_supply", "masks"},
                                  {"medical_supply", "medical supplies"},
                                  {"medical_supply", "personal protective equipment"}}));
  ASSERT_EQ(x.quantities.size(), 1u);
  EXPECT_DOUBLE_EQ(x.quantities[0].value, 250000);
  EXPECT_EQ(x.quantities[0].counts, "masks");
  EXPECT_EQ(x.quantities[0].text, "250 000 masques");
}

TEST(HealthPlugin, ChineseMaskDonations) {
  auto x = Health().Extract("项目团队动员各方捐赠并协助运送了109.4万只口罩，受益人群分布在22个国家。", "zh");
  EXPECT_EQ(x.entities, (Entities{{"medical_supply", "masks"}}));
  ASSERT_GE(x.quantities.size(), 1u);
  EXPECT_DOUBLE_EQ(x.quantities[0].value, 1094000);
  EXPECT_EQ(x.quantities[0].counts, "masks");
  EXPECT_EQ(x.quantities[0].text, "109.4万只口罩");
}

TEST(HealthPlugin, ChineseSuppliesForHospitals) {
  auto x = Health().Extract(
      "在疫情初期，项目团队还协调了联合国南南合作办公室捐赠的1000套医用防护服和15台无创呼吸机，送往中国云南省玉溪市和"
      "湖北省孝感市，"
      "支持当地医院救治病人。",
      "zh");
  EXPECT_GE(x.Confidence("health"), 0.9);
  EXPECT_EQ(x.entities, (Entities{{"medical_supply", "protective suits"},
                                  {"medical_supply", "respirators"},
                                  {"health_measure", "clinical care"}}));
  ASSERT_EQ(x.quantities.size(), 2u);
  EXPECT_EQ(x.quantities[0].text, "1000套医用防护服");
  EXPECT_EQ(x.quantities[1].text, "15台无创呼吸机");
  EXPECT_EQ(x.quantities[1].counts, "respirators");
}

TEST(HealthPlugin, ChinesePeopleCounts) {
  auto x = Health().Extract("超过1600名卫生专业人员和80多人参加了网络研讨会，新冠肺炎疫情防控经验交流。", "zh");
  ASSERT_EQ(x.quantities.size(), 2u);
  EXPECT_DOUBLE_EQ(x.quantities[0].value, 1600);
  EXPECT_EQ(x.quantities[0].counts, "health workers");
  EXPECT_DOUBLE_EQ(x.quantities[1].value, 80);
  EXPECT_EQ(x.quantities[1].counts, "people");
}

TEST(HealthPlugin, SpanishReopeningMeasuresInMedellin) {
  auto x = Health().Extract(
      "Los expertos del gobierno municipal de Medellín compartieron cómo la ciudad abordó la reapertura y el ajuste "
      "de las "
      "medidas de salud pública, con protocolos de bioseguridad acordados con empresas y comercios y un seguimiento "
      "constante de la situación epidemiológica.",
      "es");
  EXPECT_GE(x.Confidence("health"), 0.5);
  EXPECT_EQ(x.entities, (Entities{{"health_measure", "reopening"},
                                  {"health_measure", "public health measures"},
                                  {"health_measure", "health protocols"}}));
}

TEST(HealthPlugin, PortugueseMarketMeasures) {
  auto x = Health().Extract(
      "A cidade reorganizou os mercados para manter o distanciamento físico, instalou pontos de lavagem das mãos e "
      "reforçou "
      "a comunicação sobre o uso de máscaras para conter a pandemia.",
      "pt");
  EXPECT_GE(x.Confidence("health"), 0.5);
  EXPECT_EQ(x.entities, (Entities{{"health_measure", "physical distancing"},
                                  {"health_measure", "hand hygiene"},
                                  {"health_measure", "mask wearing"}}));
}

TEST(HealthPlugin, TestingTracingAndIsolation) {
  auto x = Health().Extract(
      "Every decision to ease a measure must come with the capacity to detect new cases, to isolate and care for "
      "them, and "
      "to trace contacts. Testing, contact tracing and quarantine go together.");
  EXPECT_GE(x.Confidence("health"), 0.5);
  EXPECT_EQ(x.entities, (Entities{{"health_measure", "reopening"},
                                  {"health_measure", "isolation and quarantine"},
                                  {"health_measure", "contact tracing"},
                                  {"health_measure", "testing"}}));
}

TEST(HealthPlugin, APassingMentionOfThePandemicIsNotHealth) {
  auto x = Health().Extract(
      "Tourism was one of the sectors hardest hit by the COVID-19 pandemic, and hotels reopened slowly.");
  EXPECT_LT(x.Confidence("health"), 0.5);
  EXPECT_TRUE(x.entities.empty());  // measures are only reported for health texts
}

TEST(HealthPlugin, VocabularyExpandsPpeAndMasks) {
  auto v = Health().Vocabulary();
  EXPECT_TRUE(HasTerm(v, "personal protective equipment", "PPE", "en"));
  EXPECT_TRUE(HasTerm(v, "personal protective equipment", "equipo de protección personal", "es"));
  EXPECT_TRUE(HasTerm(v, "personal protective equipment", "équipement de protection individuelle", "fr"));
  EXPECT_TRUE(HasTerm(v, "personal protective equipment", "equipamento de proteção individual", "pt"));
  EXPECT_TRUE(HasTerm(v, "personal protective equipment", "个人防护装备", "zh"));
  EXPECT_TRUE(HasTerm(v, "masks", "mascarillas", "es"));
  EXPECT_TRUE(HasTerm(v, "masks", "口罩", "zh"));
  EXPECT_TRUE(HasTerm(v, "public health", "salud pública", "es"));
  EXPECT_TRUE(HasTerm(v, "COVID-19", "新冠肺炎", "zh"));
}

}  // namespace
}  // namespace silkdex::testhost
