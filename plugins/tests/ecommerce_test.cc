// The "ecommerce" plugin on real passages of the demo corpus and of the 2020
// highlights, in English, Spanish, French, Portuguese and Chinese.
#include <gtest/gtest.h>

#include "plugins_under_test.h"

namespace silkdex::testhost {
namespace {

const LoadedPlugin& Ecommerce() { return Load(SILKDEX_PLUGIN_ECOMMERCE); }

TEST(EcommercePlugin, Metadata) {
  const auto& p = Ecommerce().info();
  EXPECT_STREQ(p.name, "ecommerce");
  EXPECT_STREQ(p.version, "1.0.0");
  EXPECT_STREQ(p.theme, "ecommerce");
  EXPECT_EQ(p.capabilities,
            SILKDEX_CAP_THEMES | SILKDEX_CAP_ENTITIES | SILKDEX_CAP_QUANTITIES | SILKDEX_CAP_VOCABULARY);
}

TEST(EcommercePlugin, WebinarSeriesAndItsViews) {
  auto x = Ecommerce().Extract(
      "On 14 August 2020 the UNOSSC Cities Project opened a series of 11 weekly webinars on South-South and Triangular "
      "Cooperation among Cities on Cross-border E-commerce and Digital Innovation for Sustainable Development. "
      "According to "
      "the post-webinar survey, the series reached approximately 1.7 million live views and 1.8 million playback "
      "views.");
  EXPECT_GE(x.Confidence("ecommerce"), 0.5);
  EXPECT_TRUE(HasEvidence(x, "ecommerce", "Cross-border E-commerce"));
  EXPECT_EQ(x.entities, (Entities{{"ecommerce_topic", "cross-border trade"}}));
  ASSERT_EQ(x.quantities.size(), 3u);
  EXPECT_DOUBLE_EQ(x.quantities[0].value, 11);
  EXPECT_EQ(x.quantities[0].counts, "webinars");
  EXPECT_DOUBLE_EQ(x.quantities[1].value, 1700000);
  EXPECT_EQ(x.quantities[1].counts, "live views");
  EXPECT_EQ(x.quantities[1].text, "1.7 million live views");
  EXPECT_DOUBLE_EQ(x.quantities[2].value, 1800000);
  EXPECT_EQ(x.quantities[2].counts, "playback views");
}

TEST(EcommercePlugin, SpanishPilotZonesLogisticsAndCustoms) {
  auto x = Ecommerce().Extract(
      "Los participantes conocieron cómo las ciudades crean zonas piloto, mejoran la logística y los trámites "
      "aduaneros para "
      "paquetes pequeños y capacitan a las pequeñas y medianas empresas para vender en línea.",
      "es");
  EXPECT_GE(x.Confidence("ecommerce"), 0.8);
  EXPECT_EQ(x.entities, (Entities{{"ecommerce_topic", "e-commerce pilot zones"},
                                  {"ecommerce_topic", "logistics"},
                                  {"ecommerce_topic", "customs clearance"}}));
}

TEST(EcommercePlugin, ChineseHangzhouEcosystem) {
  auto x = Ecommerce().Extract(
      "杭州的经验表明，电子商务的发展不仅依靠企业，也依靠良好的城市环境：完善的物流和支付体系，便捷的跨境通关服务，面"
      "向中小企业和青年创业者的培训。"
      "数字技术还可以用于城市管理和公共服务，推动智慧城市建设。",
      "zh");
  EXPECT_GE(x.Confidence("ecommerce"), 0.9);
  EXPECT_EQ(x.entities, (Entities{{"ecommerce_topic", "logistics"},
                                  {"ecommerce_topic", "digital payments"},
                                  {"ecommerce_topic", "customs clearance"},
                                  {"digital_technology", "smart city"}}));
}

TEST(EcommercePlugin, FrenchCryptoCrowdfunding) {
  auto x = Ecommerce().Extract(
      "Le FCSSC a lancé une campagne de deux semaines sur Bithelp.com, une plateforme de collecte de fonds fondée "
      "sur la "
      "blockchain ; les partenaires ont promis des dons en différentes cryptomonnaies.",
      "fr");
  EXPECT_GE(x.Confidence("ecommerce"), 0.5);
  EXPECT_EQ(x.entities, (Entities{{"platform", "Bithelp"}, {"digital_technology", "blockchain"}}));
}

TEST(EcommercePlugin, PortugueseLivestreamingAndPayments) {
  auto x = Ecommerce().Extract(
      "Os vendedores usam transmissões ao vivo no Taobao e recebem pagamentos digitais pelo Alipay, o que ajudou "
      "pequenas e "
      "médias empresas a vender online.",
      "pt");
  EXPECT_GE(x.Confidence("ecommerce"), 0.9);
  EXPECT_EQ(x.entities, (Entities{{"ecommerce_topic", "livestreaming"},
                                  {"platform", "Taobao"},
                                  {"ecommerce_topic", "digital payments"},
                                  {"platform", "Alipay"}}));
}

TEST(EcommercePlugin, AlibabaHealthAndTheFoundationAreNotPlatforms) {
  auto x = Ecommerce().Extract(
      "Jack Ma, founder of the Jack Ma Foundation and Alibaba Group, joined the webinar from his home in Hangzhou, "
      "organized with Alibaba Health.");
  EXPECT_LT(x.Confidence("ecommerce"), 0.5);
  EXPECT_EQ(x.entities, (Entities{{"platform", "Alibaba"}}));  // the group, once; not the foundation nor Alibaba Health
}

TEST(EcommercePlugin, VocabularyExpandsEcommerce) {
  auto v = Ecommerce().Vocabulary();
  EXPECT_TRUE(HasTerm(v, "e-commerce", "comercio electrónico", "es"));
  EXPECT_TRUE(HasTerm(v, "e-commerce", "commerce électronique", "fr"));
  EXPECT_TRUE(HasTerm(v, "e-commerce", "comércio eletrônico", "pt"));
  EXPECT_TRUE(HasTerm(v, "e-commerce", "电子商务", "zh"));
  EXPECT_TRUE(HasTerm(v, "livestreaming", "直播带货", "zh"));
  EXPECT_TRUE(HasTerm(v, "cross-border trade", "comercio transfronterizo", "es"));
  EXPECT_TRUE(HasTerm(v, "smart city", "ciudad inteligente", "es"));
}

}  // namespace
}  // namespace silkdex::testhost
