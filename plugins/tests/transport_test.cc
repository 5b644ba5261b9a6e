// The "transport" plugin on real passages of the demo corpus and of the 2020
// highlights, in English, Spanish, French, Portuguese and Chinese.
#include <gtest/gtest.h>

#include "plugins_under_test.h"

namespace silkdex::testhost {
namespace {

const LoadedPlugin& Transport() { return Load(SILKDEX_PLUGIN_TRANSPORT); }

TEST(TransportPlugin, Metadata) {
  const auto& p = Transport().info();
  EXPECT_STREQ(p.name, "transport");
  EXPECT_STREQ(p.version, "1.0.0");
  EXPECT_STREQ(p.theme, "transport");
  EXPECT_EQ(p.capabilities,
            SILKDEX_CAP_THEMES | SILKDEX_CAP_ENTITIES | SILKDEX_CAP_QUANTITIES | SILKDEX_CAP_VOCABULARY);
}

TEST(TransportPlugin, XiamenSantiagoBuenosAires) {
  auto x = Transport().Extract(
      "Transport is a natural topic for three large port and capital cities. Sustainable urban transport - efficient "
      "public "
      "transit, safe streets for walking and cycling, cleaner vehicles and well-organized freight logistics - shapes "
      "both "
      "the economic life of a city and the quality of the air its residents breathe.");
  EXPECT_GE(x.Confidence("transport"), 0.9);
  EXPECT_TRUE(HasEvidence(x, "transport", "Sustainable urban transport"));
  EXPECT_EQ(x.entities, (Entities{{"transport_mode", "public transport"},
                                  {"transport_topic", "road safety"},
                                  {"transport_mode", "walking"},
                                  {"transport_mode", "cycling"},
                                  {"transport_mode", "freight"}}));
}

TEST(TransportPlugin, SpanishMetroBrtAndElectricBuses) {
  auto x = Transport().Extract(
      "La red de metro y el sistema de buses de tránsito rápido (BRT) redujeron los tiempos de viaje y la congestión "
      "en el "
      "centro, y la ciudad compró 120 autobuses eléctricos.",
      "es");
  EXPECT_GE(x.Confidence("transport"), 0.9);
  EXPECT_EQ(x.entities, (Entities{{"transport_mode", "metro"},
                                  {"transport_mode", "BRT"},
                                  {"transport_topic", "congestion"},
                                  {"transport_mode", "electric buses"}}));
  ASSERT_EQ(x.quantities.size(), 1u);
  EXPECT_DOUBLE_EQ(x.quantities[0].value, 120);
  EXPECT_EQ(x.quantities[0].counts, "buses");
  EXPECT_EQ(x.quantities[0].text, "120 autobuses eléctricos");
}

TEST(TransportPlugin, ChinesePollutants) {
  auto x = Transport().Extract("电动公交车和共享单车的推广减少了尾气排放，城市的PM2.5和二氧化氮浓度明显下降。", "zh");
  EXPECT_GE(x.Confidence("transport"), 0.9);
  EXPECT_EQ(x.entities, (Entities{{"transport_mode", "electric buses"},
                                  {"transport_mode", "cycling"},
                                  {"pollutant", "PM2.5"},
                                  {"pollutant", "NO2"}}));
}

TEST(TransportPlugin, PortugueseAirQualityMonitoring) {
  auto x = Transport().Extract(
      "O município instalou estações de monitorização da qualidade do ar para medir as concentrações de PM10 e "
      "dióxido de "
      "azoto junto às principais avenidas.",
      "pt");
  EXPECT_GE(x.Confidence("transport"), 0.8);
  EXPECT_EQ(x.entities,
            (Entities{{"transport_topic", "air quality monitoring"}, {"pollutant", "PM10"}, {"pollutant", "NO2"}}));
}

TEST(TransportPlugin, FrenchLowEmissionZoneAndCableCar) {
  auto x = Transport().Extract(
      "La ville a créé une zone à faibles émissions et 45 km de pistes cyclables, et le téléphérique relie les "
      "quartiers "
      "de la colline au métro.",
      "fr");
  EXPECT_GE(x.Confidence("transport"), 0.8);
  EXPECT_EQ(x.entities, (Entities{{"transport_topic", "low-emission zones"},
                                  {"transport_mode", "cycling"},
                                  {"transport_mode", "cable car"},
                                  {"transport_mode", "metro"}}));
  ASSERT_EQ(x.quantities.size(), 1u);
  EXPECT_DOUBLE_EQ(x.quantities[0].value, 45);
  EXPECT_EQ(x.quantities[0].unit, "km");
  EXPECT_EQ(x.quantities[0].counts, "bike lanes");
  EXPECT_EQ(x.quantities[0].text, "45 km de pistes cyclables");
}

TEST(TransportPlugin, OneAreaOfAPartnershipIsNotTheTheme) {
  auto x = Transport().Extract(
      "The partnership between Xiamen, Santiago and Buenos Aires covers trade and economic activities, youth "
      "development, "
      "transport and the exchange of COVID-19 experience.");
  EXPECT_LT(x.Confidence("transport"), 0.5);
}

TEST(TransportPlugin, MetroManilaAndAMetreAreNotTheMetro) {
  auto x = Transport().Extract("Metro Manila reported new cases; keep un metro de distancia in the queue.");
  EXPECT_TRUE(x.entities.empty());
}

TEST(TransportPlugin, Vocabulary) {
  auto v = Transport().Vocabulary();
  EXPECT_TRUE(HasTerm(v, "BRT", "bus rapid transit", "en"));
  EXPECT_TRUE(HasTerm(v, "BRT", "快速公交", "zh"));
  EXPECT_TRUE(HasTerm(v, "air quality", "calidad del aire", "es"));
  EXPECT_TRUE(HasTerm(v, "air quality", "qualité de l'air", "fr"));
  EXPECT_TRUE(HasTerm(v, "air quality", "qualidade do ar", "pt"));
  EXPECT_TRUE(HasTerm(v, "sustainable transport", "movilidad sostenible", "es"));
  EXPECT_TRUE(HasTerm(v, "electric buses", "autobuses eléctricos", "es"));
}

}  // namespace
}  // namespace silkdex::testhost
