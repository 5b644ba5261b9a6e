#include "silkdex/places.h"

#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "places/matcher.h"
#include "support/test_support.h"

namespace silkdex {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using silkdex::testing::TempDir;
using silkdex::testing::WriteFile;

// Loaded once for the whole suite (about 0.2 s).
const Gazetteer& G() {
  static const std::unique_ptr<Gazetteer> g = [] {
    auto loaded = Gazetteer::Load();
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().ToString();
      std::abort();
    }
    return std::move(loaded).value();
  }();
  return *g;
}

City C(std::string name, std::string country) { return City{std::move(name), std::move(country)}; }

TEST(GazetteerTest, LoadsGeonamesAndIsoCodes) {
  EXPECT_GT(G().city_count(), 20000u);
  EXPECT_GT(G().country_count(), 240u);
  std::cout << "[ places ] " << G().city_count() << " cities, " << G().country_count() << " countries\n";
}

TEST(GazetteerTokenizeTest, FoldsKeepsApostrophesAndJoins) {
  auto t = places::Tokenize("Huai’an, Sta. Rosa (México) and CDMX");
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[0].key, "huai'an");
  EXPECT_TRUE(t[0].capitalised);
  EXPECT_EQ(t[1].key, "sta");
  EXPECT_FALSE(t[1].joined);  // after a comma
  EXPECT_TRUE(t[2].joined);   // after "Sta."
  EXPECT_EQ(t[3].key, "mexico");
  EXPECT_FALSE(t[4].capitalised);
  EXPECT_TRUE(t[5].all_caps);
  EXPECT_EQ(places::NameKey("Angra do Heroísmo"), "angra do heroismo");
}

// Every city of the 2020 highlights report (shared/seeds/cities-project-2020-highlights.txt),
// as the report writes it, in a sentence of its kind.
struct CityCase {
  const char* sentence;
  const char* name;
  const char* country;
};

class ReportCityTest : public ::testing::TestWithParam<CityCase> {};

TEST_P(ReportCityTest, IsRecognisedWithItsCountry) {
  const CityCase& c = GetParam();
  std::vector<City> found = G().FindCities(c.sentence);
  EXPECT_THAT(found, ::testing::Contains(C(c.name, c.country))) << c.sentence;
}

const CityCase kReportCities[] = {
    {"Suva (Fiji) was among the most represented cities.", "Suva", "Fiji"},
    {"Kathmandu (Nepal) was among the most represented cities.", "Kathmandu", "Nepal"},
    {"Jakarta (Indonesia) was among them.", "Jakarta", "Indonesia"},
    {"Quezon City (The Philippines) and Abuja (Nigeria) too.", "Quezon City", "Philippines"},
    {"Quezon City (The Philippines) and Abuja (Nigeria) too.", "Abuja", "Nigeria"},
    {"They want to partner with Beijing, Shanghai, and Guangzhou.", "Beijing", "China"},
    {"They want to partner with Beijing, Shanghai, and Guangzhou.", "Shanghai", "China"},
    {"They want to partner with Beijing, Shanghai, and Guangzhou.", "Guangzhou", "China"},
    {"They are particularly interested in Luoyang.", "Luoyang", "China"},
    {"Four cities in China – Anyang, Dunhuang, Huai’an, and Luoyang.", "Anyang", "China"},
    {"Four cities in China – Anyang, Dunhuang, Huai’an, and Luoyang.", "Dunhuang", "China"},
    {"Four cities in China – Anyang, Dunhuang, Huai’an, and Luoyang.", "Huai'an", "China"},
    {"Other countries: Barcelona.", "Barcelona", "Spain"},
    {"Durban in South Africa, Manchester City in the UK.", "Durban", "South Africa"},
    {"Durban in South Africa, Manchester City in the UK.", "Manchester", "United Kingdom"},
    {"Incheon in South Korea, Dortmund in Germany.", "Incheon", "Republic of Korea"},
    {"Incheon in South Korea, Dortmund in Germany.", "Dortmund", "Germany"},
    {"Agartala (India) 1", "Agartala", "India"},
    {"Amadora (Portugal) 1", "Amadora", "Portugal"},
    {"Angra do Heroísmo (Portugal) 1", "Angra do Heroísmo", "Portugal"},
    {"Bukavu (DRC) 1", "Bukavu", "Democratic Republic of the Congo"},
    {"CDMX (Mexico) 1", "Mexico City", "Mexico"},
    {"Colima (Mexico) 1", "Colima", "Mexico"},
    {"Islamabad (Pakistan) 1", "Islamabad", "Pakistan"},
    {"Khajura (Nepal) 1", "Khajura", "Nepal"},
    {"Kuala Lumpur (Malaysia) 1", "Kuala Lumpur", "Malaysia"},
    {"Manila (The Philippines) 2", "Manila", "Philippines"},
    {"Matosinhos (Portugal) 1", "Matosinhos", "Portugal"},
    {"Pagadian (The Philippines) 1", "Pagadian", "Philippines"},
    {"Quezon (The Philippines) 3", "Quezon City", "Philippines"},
    {"San Antonio de Areco (Argentina) 1", "San Antonio de Areco", "Argentina"},
    // geonames has several; the most populous is "San Fernando City" (Pampanga).
    {"San Fernando (The Philippines) 1", "San Fernando City", "Philippines"},
    {"Sta. Rosa City (The Philippines) 1", "Santa Rosa", "Philippines"},
    {"Tuguegaraoa (The Philippines) 1", "Tuguegarao", "Philippines"},
    {"Trainers came from Nanjing University.", "Nanjing", "China"},
    {"He joined from his home in Hangzhou City in China.", "Hangzhou", "China"},
    {"Medellín of Colombia, Chandigarh of India, and Udine of Italy.", "Medellín", "Colombia"},
    {"Medellín of Colombia, Chandigarh of India, and Udine of Italy.", "Chandigarh", "India"},
    {"Medellín of Colombia, Chandigarh of India, and Udine of Italy.", "Udine", "Italy"},
    {"The masks arrived in Abuja, Nigeria.", "Abuja", "Nigeria"},
    {"Between Xiamen and Santiago and Buenos Aires.", "Xiamen", "China"},
    {"Between Xiamen and Santiago and Buenos Aires.", "Santiago", "Chile"},
    {"Between Xiamen and Santiago and Buenos Aires.", "Buenos Aires", "Argentina"},
    {"Donations from the Fuzhou Municipal Government and the Shenzhen Federation.", "Fuzhou", "China"},
    {"Donations from the Fuzhou Municipal Government and the Shenzhen Federation.", "Shenzhen", "China"},
    {"Hunan Province/Changsha City contributed.", "Changsha", "China"},
    {"Climate action: São Paulo (Brazil), Santiago (Chile).", "São Paulo", "Brazil"},
    {"Shenzhen (China), Chennai, Pune and Surat (India)", "Chennai", "India"},
    {"Shenzhen (China), Chennai, Pune and Surat (India)", "Pune", "India"},
    {"Shenzhen (China), Chennai, Pune and Surat (India)", "Surat", "India"},
    {"Banjul (Gambia), Potenza (Italy), Nanjing (China), Nablus (Palestine), Seoul (RSK)", "Banjul", "Gambia"},
    {"Banjul (Gambia), Potenza (Italy), Nanjing (China), Nablus (Palestine), Seoul (RSK)", "Potenza", "Italy"},
    {"Banjul (Gambia), Potenza (Italy), Nanjing (China), Nablus (Palestine), Seoul (RSK)", "Nablus", "State of Palestine"},
    {"Banjul (Gambia), Potenza (Italy), Nanjing (China), Nablus (Palestine), Seoul (RSK)", "Seoul", "Republic of Korea"},
    {"E-commerce: Hangzhou, Chongqing, Guangzhou, Ningbo, Henan, Qingdao, Nanjing, Tianjin", "Chongqing", "China"},
    {"E-commerce: Hangzhou, Chongqing, Guangzhou, Ningbo, Henan, Qingdao, Nanjing, Tianjin", "Ningbo", "China"},
    {"E-commerce: Hangzhou, Chongqing, Guangzhou, Ningbo, Henan, Qingdao, Nanjing, Tianjin", "Qingdao", "China"},
    {"E-commerce: Hangzhou, Chongqing, Guangzhou, Ningbo, Henan, Qingdao, Nanjing, Tianjin", "Tianjin", "China"},
    {"Tashkent (Uzbekistan), Venice (Italy), Ministry of Tourism (Khiva, Uzbekistan)", "Tashkent", "Uzbekistan"},
    {"Tashkent (Uzbekistan), Venice (Italy), Ministry of Tourism (Khiva, Uzbekistan)", "Venice", "Italy"},
    {"Tashkent (Uzbekistan), Venice (Italy), Ministry of Tourism (Khiva, Uzbekistan)", "Khiva", "Uzbekistan"},
    {"Changsha (China), Alanya (Turkey), Baguio (Philippines)", "Alanya", "Turkey"},
    {"Changsha (China), Alanya (Turkey), Baguio (Philippines)", "Baguio", "Philippines"},
    {"DRR: Udine (Italy), Medellin (Colombia), Chandigarh (India), Beijing (China CDC)", "Medellín", "Colombia"},
    {"Medical supplies went to Yuxi and Xiaogan City in China.", "Yuxi", "China"},
    {"Medical supplies went to Yuxi and Xiaogan City in China.", "Xiaogan", "China"},
    {"12 cities in Mexico – Campeche, México City, Durango, Guanajuato, Morelia, Oaxaca, Puebla, Querétaro, "
     "San Luis Potosí, San Miguel de Allende, Xochimilco, Zacatecas",
     "Campeche", "Mexico"},
    {"Campeche, México City, Durango, Guanajuato", "Mexico City", "Mexico"},
    {"Campeche, México City, Durango, Guanajuato, Morelia, in Mexico", "Durango", "Mexico"},
    {"Campeche, México City, Durango, Guanajuato, Morelia, in Mexico", "Guanajuato", "Mexico"},
    {"Campeche, México City, Durango, Guanajuato, Morelia, in Mexico", "Morelia", "Mexico"},
    {"Oaxaca, Puebla, Querétaro, San Luis Potosí", "Oaxaca", "Mexico"},
    {"Oaxaca, Puebla, Querétaro, San Luis Potosí", "Puebla", "Mexico"},
    {"Oaxaca, Puebla, Querétaro, San Luis Potosí", "Querétaro", "Mexico"},
    {"Oaxaca, Puebla, Querétaro, San Luis Potosí", "San Luis Potosí", "Mexico"},
    {"San Miguel de Allende, Xochimilco, Zacatecas", "San Miguel de Allende", "Mexico"},
    {"San Miguel de Allende, Xochimilco, Zacatecas", "Xochimilco", "Mexico"},
    {"San Miguel de Allende, Xochimilco, Zacatecas", "Zacatecas", "Mexico"},
    {"07:30 New York (USA) | 20:30 Incheon (Republic of Korea)", "New York", "United States of America"},
};
INSTANTIATE_TEST_SUITE_P(Report, ReportCityTest, ::testing::ValuesIn(kReportCities));

TEST(GazetteerTest, EveryCountryOfTheReportIsRecognised) {
  // As the report writes them, and the facet value each becomes.
  const std::pair<const char*, const char*> kCountries[] = {
      {"China", "China"},           {"Uzbekistan", "Uzbekistan"},   {"Mexico", "Mexico"},
      {"Philippines", "Philippines"}, {"The Philippines", "Philippines"}, {"India", "India"},
      {"Nigeria", "Nigeria"},       {"USA", "United States of America"}, {"Indonesia", "Indonesia"},
      {"Fiji", "Fiji"},             {"Nepal", "Nepal"},             {"South Africa", "South Africa"},
      {"UK", "United Kingdom"},     {"South Korea", "Republic of Korea"}, {"Republic of Korea", "Republic of Korea"},
      {"RSK", "Republic of Korea"}, {"Korea", "Republic of Korea"}, {"Germany", "Germany"},
      {"Portugal", "Portugal"},     {"DRC", "Democratic Republic of the Congo"}, {"Pakistan", "Pakistan"},
      {"Malaysia", "Malaysia"},     {"Argentina", "Argentina"},     {"Colombia", "Colombia"},
      {"Italy", "Italy"},           {"Sudan", "Sudan"},             {"Brazil", "Brazil"},
      {"Chile", "Chile"},           {"Gambia", "Gambia"},           {"Palestine", "State of Palestine"},
      {"Turkey", "Turkey"},         {"Rwanda", "Rwanda"},           {"Ghana", "Ghana"},
      {"Lebanon", "Lebanon"},       {"Iran", "Iran (Islamic Republic of)"}, {"Luxembourg", "Luxembourg"},
      {"P.R. China", "China"},      {"Republic of Uzbekistan", "Uzbekistan"},
  };
  for (const auto& [written, facet] : kCountries) {
    std::string sentence = std::string("Officials from ") + written + " joined the webinar.";
    EXPECT_THAT(G().FindCountries(sentence), ElementsAre(facet)) << sentence;
  }
}

TEST(GazetteerTest, MedellinWithOrWithoutAccentIsOneCity) {
  EXPECT_THAT(G().FindCities("Medellín and MEDELLIN and Medellin"), ElementsAre(C("Medellín", "Colombia")));
  EXPECT_EQ(G().Lookup("Medellin"), C("Medellín", "Colombia"));
  EXPECT_EQ(G().Lookup("medellín"), C("Medellín", "Colombia"));
  EXPECT_EQ(G().Lookup("Medellín, Colombia"), C("Medellín", "Colombia"));
  EXPECT_EQ(G().Lookup("CDMX"), C("Mexico City", "Mexico"));
  EXPECT_EQ(G().Lookup("Ciudad de México"), C("Mexico City", "Mexico"));
  EXPECT_EQ(G().Lookup("Huai'an"), G().Lookup("Huaian"));
  EXPECT_EQ(G().Lookup("Nowhere-upon-Nothing"), std::nullopt);
}

TEST(GazetteerTest, LookupPicksTheNamedCountry) {
  EXPECT_EQ(G().Lookup("Santiago"), C("Santiago", "Chile"));
  EXPECT_EQ(G().Lookup("Santiago, Philippines"), C("Santiago", "Philippines"));
  EXPECT_EQ(G().Lookup("Barcelona (Venezuela)"), C("Barcelona", "Venezuela (Bolivarian Republic of)"));
  EXPECT_EQ(G().Lookup("Manchester"), C("Manchester", "United Kingdom"));
  EXPECT_EQ(G().LookupCountry("South Korea"), "Republic of Korea");
  EXPECT_EQ(G().LookupCountry("KR"), "Republic of Korea");
  EXPECT_EQ(G().LookupCountry("México"), "Mexico");
  EXPECT_EQ(G().LookupCountry("中国"), "China");
  EXPECT_EQ(G().LookupCountry("Atlantis"), std::nullopt);
}

TEST(GazetteerTest, TheTextsCountryDecidesBetweenCitiesOfOneName) {
  EXPECT_THAT(G().FindCities("The mayor of Barcelona spoke."), ElementsAre(C("Barcelona", "Spain")));
  EXPECT_THAT(G().FindCities("Barcelona, in Venezuela, spoke."),
              ElementsAre(C("Barcelona", "Venezuela (Bolivarian Republic of)")));
  EXPECT_THAT(G().FindCities("Santiago (Philippines) joined."), ElementsAre(C("Santiago", "Philippines")));
}

TEST(GazetteerTest, ChineseNames) {
  EXPECT_THAT(G().FindCities("敦煌、洛阳、安阳和淮安四个城市与墨西哥城交流。"),
              ElementsAre(C("Dunhuang", "China"), C("Luoyang", "China"), C("Anyang", "China"),
                          C("Huai'an", "China"), C("Mexico City", "Mexico")));
  EXPECT_THAT(G().FindCities("杭州、北京、上海、广州、厦门、南京、深圳"),
              ElementsAre(C("Hangzhou", "China"), C("Beijing", "China"), C("Shanghai", "China"),
                          C("Guangzhou", "China"), C("Xiamen", "China"), C("Nanjing", "China"),
                          C("Shenzhen", "China")));
  EXPECT_THAT(G().FindCountries("中国、黎巴嫩、尼泊尔、尼日利亚和土耳其，以及印度尼西亚"),
              ElementsAre("China", "Lebanon", "Nepal", "Nigeria", "Turkey", "Indonesia"));
  EXPECT_EQ(G().Lookup("杭州"), C("Hangzhou", "China"));
}

TEST(GazetteerTest, OtherLanguagesExonyms) {
  EXPECT_THAT(G().FindCountries("Un atelier en Chine et au Mexique, avec la Colombie."),
              ElementsAre("China", "Mexico", "Colombia"));
  EXPECT_THAT(G().FindCities("Taller en la Ciudad de México y Pekín."),
              ElementsAre(C("Mexico City", "Mexico"), C("Beijing", "China")));
  EXPECT_THAT(G().FindCountries("35 городов Узбекистана и партнёры из Китая"), ElementsAre("Uzbekistan", "China"));
  EXPECT_THAT(G().FindCities("Обучение в Ташкенте"), ElementsAre(C("Tashkent", "Uzbekistan")));
}

TEST(GazetteerTest, NoFalsePositivesOnTrickyEnglish) {
  const char* kSentences[] = {
      "Reading is a pleasure, and it was a nice day for a bath.",
      "Mobile payments grew; Nice work, said the team.",
      "Victoria and Hamilton presented the results.",
      "Of the 1621 persons, the overall ratio was male 52%.",
      "Dr. Hassan Ghafoor Wahab and Mr. Jack Ma opened the session.",
      "The office is in Chaoyang District.",
      "TRAVEL SOUTH OVER CLOUD: GOOD STRATEGY FOR FOOD SECURITY",
      "Phoenix TV and Tencent reported the Orange campaign.",
      "we use mobile phones in the reading room of the union",
      "Michael Jordan and Chad Smith met in New Jersey.",
      "The Sendai Framework guides local strategies.",
      "Henan Province and Hunan Province donated masks.",
  };
  for (const char* s : kSentences) {
    EXPECT_THAT(G().FindCities(s), IsEmpty()) << s;
    EXPECT_THAT(G().FindCountries(s), IsEmpty()) << s;
  }
  // Lower case is never a place in Latin script: china (porcelain), turkey (the bird).
  EXPECT_THAT(G().FindCountries("fine china and roast turkey with chile sauce"), IsEmpty());
  // A common word is a place when its country is named close by.
  EXPECT_THAT(G().FindCities("Nice, France hosted it."), ElementsAre(C("Nice", "France")));
}

TEST(GazetteerTest, SmallTownsNeedTheirCountryCloseBy) {
  // Fundación (Colombia) has ~59,000 people in geonames and is not in places.yaml.
  EXPECT_THAT(G().FindCities("Fundación hosted it."), IsEmpty());
  EXPECT_THAT(G().FindCities("Fundación (Colombia) hosted it."), ElementsAre(C("Fundación", "Colombia")));
}

TEST(PlacesTest, AddPlacesFillsOnlyEmptyFields) {
  Document doc;
  doc.title = "Medellin shares its COVID-19 practices";
  doc.summary = "With Chandigarh, India and Udine.";
  doc.body = "Experts from Colombia and Italy. Medellín again.";
  doc.segments.push_back({0, 1000, "", "Greetings from Beijing!"});
  AddPlaces(G(), &doc);
  EXPECT_THAT(doc.cities, ElementsAre(C("Medellín", "Colombia"), C("Chandigarh", "India"), C("Udine", "Italy"),
                                      C("Beijing", "China")));
  EXPECT_THAT(doc.countries, ElementsAre("Colombia", "India", "Italy", "China"));

  Document given;
  given.body = "Medellín and Beijing, in Colombia and China.";
  given.cities = {C("Potenza", "Italy")};
  AddPlaces(G(), &given);
  EXPECT_THAT(given.cities, ElementsAre(C("Potenza", "Italy")));              // kept as it was
  EXPECT_THAT(given.countries, ElementsAre("Italy", "Colombia", "China"));  // the given city's country too

  Document both;
  both.body = "Medellín, Colombia.";
  both.cities = {C("Udine", "Italy")};
  both.countries = {"Italy"};
  Document before = both;
  AddPlaces(G(), &both);
  EXPECT_EQ(both, before);

  Document none;
  none.body = "No places at all here.";
  AddPlaces(G(), &none);
  EXPECT_THAT(none.cities, IsEmpty());
  EXPECT_THAT(none.countries, IsEmpty());
}

TEST(GazetteerTest, LoadErrorsAreStatuses) {
  GazetteerOptions missing;
  missing.iso_3166_path = "/nonexistent/iso_3166-1.json";
  EXPECT_EQ(Gazetteer::Load(missing).status().code(), StatusCode::kNotFound);

  TempDir dir;
  GazetteerOptions broken;
  broken.iso_3166_path = (dir.path() / "iso.json").string();
  WriteFile(broken.iso_3166_path, "{\"3166-1\": [");
  EXPECT_EQ(Gazetteer::Load(broken).status().code(), StatusCode::kCorruption);

  GazetteerOptions bad_yaml;
  bad_yaml.supplement_yaml = "cities:\n  - {name: X, country: ZZ}\n";
  auto loaded = Gazetteer::Load(bad_yaml);
  EXPECT_EQ(loaded.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(loaded.status().message().find("'ZZ'"), std::string::npos) << loaded.status().message();

  bad_yaml.supplement_yaml = "cities: [\n";
  loaded = Gazetteer::Load(bad_yaml);
  EXPECT_EQ(loaded.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(loaded.status().message().find("places.yaml:"), std::string::npos) << loaded.status().message();
}

TEST(GazetteerTest, TheWholeReportIsReadQuicklyAndDeterministically) {
  std::ifstream in(std::string(SILKDEX_SOURCE_DIR_FOR_TESTS) + "/../shared/seeds/cities-project-2020-highlights.txt");
  std::string report;
  if (in) {
    std::stringstream buf;
    buf << in.rdbuf();
    report = buf.str();
  } else {
    report = "Medellín, Colombia; Beijing, China; Udine, Italy. ";
  }
  std::string big;
  while (big.size() < 2'000'000) big += report;
  auto start = std::chrono::steady_clock::now();
  std::vector<City> first = G().FindCities(big);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  RecordProperty("ms_per_2MB", static_cast<int>(ms));
  std::cout << "[ places ] " << big.size() / 1000 << " kB scanned in " << ms << " ms, " << first.size()
            << " cities\n";
  EXPECT_EQ(G().FindCities(big), first);
  EXPECT_FALSE(first.empty());
}

}  // namespace
}  // namespace silkdex
