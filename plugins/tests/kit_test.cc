// Unit tests of the plugin kit (plugins/kit): normalisation, phrase matching,
// term lists, quantities, the theme scorer.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "silkdex/kit/matcher.h"
#include "silkdex/kit/quantity.h"
#include "silkdex/kit/terms.h"
#include "silkdex/kit/text.h"
#include "silkdex/kit/theme_model.h"

namespace silkdex::kit {
namespace {

TEST(Normalize, LowerCasesAndFoldsLatinAccents) {
  EXPECT_EQ(Fold("Medellín"), "medellin");
  EXPECT_EQ(Fold("São Paulo"), "sao paulo");
  EXPECT_EQ(Fold("RÉDUCTION des risques"), "reduction des risques");
  EXPECT_EQ(Fold("Straße Œuvre Æsir"), "strasse oeuvre aesir");
  EXPECT_EQ(Fold("Querétaro, San Luis Potosí"), "queretaro san luis potosi");
  EXPECT_EQ(Fold("comércio eletrônico"), "comercio eletronico");
  EXPECT_EQ(Fold("Łódź Dvořák"), "lodz dvorak");
}

TEST(Normalize, DecomposedAccentsAreFoldedToo) {
  EXPECT_EQ(Fold("Medelli\xCC\x81n"), "medellin");  // i + combining acute
}

TEST(Normalize, PunctuationAndDashesBecomeOneSpace) {
  EXPECT_EQ(Fold("E-commerce, digital\n\n  innovation!"), "e commerce digital innovation");
  EXPECT_EQ(Fold("  \"PAHO/WHO\" — UNDRR  "), "paho who undrr");
  EXPECT_EQ(Fold("l'Afrique de l’Ouest"), "l afrique de l ouest");
}

TEST(Normalize, SeparatorsBetweenDigitsStay) {
  EXPECT_EQ(Fold("1,094,000 masks; 1.1 million."), "1,094,000 masks 1.1 million");
  EXPECT_EQ(Fold("PM2.5 and NO₂"), "pm2.5 and no2");
  EXPECT_EQ(Fold("In 2020, 15 cities"), "in 2020 15 cities");
  EXPECT_EQ(Fold("250\u00a0000 masques"), "250 000 masques");
}

TEST(Normalize, ChineseIsKeptAndItsPunctuationIsASeparator) {
  EXPECT_EQ(Fold("城市项目动员捐赠109.4万只口罩，惠及22个国家。"), "城市项目动员捐赠109.4万只口罩 惠及22个国家");
  EXPECT_EQ(Fold("（ＡＢＣ）１２３％"), "abc 123%");
}

TEST(Normalize, CyrillicIsLowerCased) {
  EXPECT_EQ(Fold("Снижение Риска Бедствий Ёлка"), "снижение риска бедствий елка");
}

TEST(Normalize, InvalidUtf8BecomesASpace) {
  EXPECT_EQ(Fold(std::string("flood\xff\xfe"
                             "damage")),
            "flood damage");
  EXPECT_EQ(Fold(std::string("a\xc3")), "a");
  EXPECT_EQ(Fold(std::string("\xe4\xb8")), "");
}

TEST(Normalize, MapsBackToTheOriginalWords) {
  std::string input = "Over 1,094,000 Máscaras, in São Paulo.";
  Normalized n = Normalize(input);
  size_t at = n.text.find("mascaras");
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(n.Original(input, at, at + 8), "Máscaras");
  at = n.text.find("sao paulo");
  EXPECT_EQ(n.Original(input, at, at + 9), "São Paulo");
  EXPECT_EQ(n.source.size(), n.text.size() + 1);
}

TEST(Matcher, WholeWordsInAlphabeticScripts) {
  PhraseMatcher m;
  int flood = m.Add("flood");
  int metro = m.Add("metro");
  m.Compile();
  auto found = m.Find(Fold("Floodlights at the metropolitan stadium; a flood hit the metro."));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].id, static_cast<uint32_t>(flood));
  EXPECT_EQ(found[1].id, static_cast<uint32_t>(metro));
}

TEST(Matcher, TrailingStarMatchesAWordPrefixAndCoversTheWord) {
  PhraseMatcher m;
  m.Add("inundaci*");
  m.Compile();
  std::string text = Fold("Las inundaciones de 2020");
  auto found = m.Find(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "inundaciones");
}

TEST(Matcher, ChineseMatchesAnywhere) {
  PhraseMatcher m;
  m.Add("口罩");
  m.Add("交通");
  m.Compile();
  auto found = m.Find(Fold("所有城市都需要外科口罩以及公共交通服务"));
  EXPECT_EQ(found.size(), 2u);
}

TEST(Matcher, PhrasesMatchAcrossPunctuationAndAccents) {
  PhraseMatcher m;
  m.Add("Reducción del riesgo de desastres");
  m.Add("e-commerce");
  m.Compile();
  EXPECT_EQ(m.Find(Fold("REDUCCION DEL RIESGO\nDE DESASTRES")).size(), 1u);
  EXPECT_EQ(m.Find(Fold("cross-border E-Commerce")).size(), 1u);
  EXPECT_EQ(m.Find(Fold("ecommerce")).size(), 0u);
}

TEST(Matcher, ALongerMatchHidesTheShorterInsideIt) {
  PhraseMatcher m;
  int longer = m.Add("public health measures");
  m.Add("public health");
  m.Add("health");
  int other_group = m.Add("health", 1);
  m.Compile();
  auto found = m.Find(Fold("adjusting public health measures"));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].id, static_cast<uint32_t>(longer));
  EXPECT_EQ(found[1].id, static_cast<uint32_t>(other_group));
}

TEST(Matcher, OverlapsThatAreNotInsideEachOtherAreBothKept) {
  PhraseMatcher m;
  m.Add("waste management");
  m.Add("management system");
  m.Compile();
  EXPECT_EQ(m.Find(Fold("a waste management system")).size(), 2u);
}

TEST(Matcher, ManyPatternsSharingPrefixes) {
  PhraseMatcher m;
  std::vector<std::string> words = {"he", "she", "his", "hers", "usher", "sher"};
  for (const auto& w : words) m.Add(w);
  m.Compile();
  // Only whole words count: "ushers" contains all but is one word.
  EXPECT_EQ(m.Find("ushers").size(), 0u);
  auto found = m.Find("she sells his hers");
  EXPECT_EQ(found.size(), 3u);
}

TEST(Terms, ParsesLanguagesPrefixesAndMatchOnlyItems) {
  auto terms = ParseTerms("en: flood*, flash flood, ~overflow; zh: 洪水 ; es: inundación");
  ASSERT_EQ(terms.size(), 5u);
  EXPECT_EQ(terms[0].language, "en");
  EXPECT_EQ(terms[0].text, "flood*");
  EXPECT_FALSE(terms[0].vocabulary);
  EXPECT_TRUE(terms[1].vocabulary);
  EXPECT_EQ(terms[2].text, "overflow");
  EXPECT_FALSE(terms[2].vocabulary);
  EXPECT_EQ(terms[3].language, "zh");
  EXPECT_EQ(terms[3].text, "洪水");
  EXPECT_EQ(terms[4].language, "es");
  EXPECT_THROW(ParseTerms("flood, drought"), std::invalid_argument);
}

TEST(Terms, BackslashEscapesACommaInsideAnItem) {
  auto terms = ParseTerms("en: PM2.5, PM2\\,5; zh: 细颗粒物");
  ASSERT_EQ(terms.size(), 3u);
  EXPECT_EQ(terms[1].text, "PM2,5");
  PhraseMatcher m;
  m.Add(terms[1].text);
  m.Compile();
  EXPECT_EQ(m.Find(Fold("les PM2,5 et le NO2")).size(), 1u);
}

class Quantities : public ::testing::Test {
 protected:
  void SetUp() override {
    reader_.AddCommonCountables(0);
    reader_.AddCountable("masks", "en: mask*, face masks; es: mascarilla*; fr: masque*; pt: máscara*; zh: 口罩", 1);
    reader_.AddCountable("protective suits", "en: protective suits; zh: 防护服", 1);
    reader_.AddCountable("respirators", "en: respirators; zh: 呼吸机", 1);
    reader_.Compile();
  }
  std::vector<Quantity> Read(const std::string& text, std::string_view language = "en") {
    text_ = text;
    return reader_.Read(Normalize(text_), text_, language);
  }
  QuantityReader reader_;
  std::string text_;
};

TEST_F(Quantities, GroupedThousands) {
  auto q = Read("the deployment of 1,094,000 masks, benefiting people in 22 countries.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_DOUBLE_EQ(q[0].value, 1094000);
  EXPECT_EQ(q[0].unit, "");
  EXPECT_EQ(q[0].counts, "masks");
  EXPECT_EQ(q[0].text, "1,094,000 masks");
  EXPECT_EQ(q[0].owner, 1);
  EXPECT_DOUBLE_EQ(q[1].value, 22);
  EXPECT_EQ(q[1].counts, "countries");
  EXPECT_EQ(q[1].owner, 0);
}

TEST_F(Quantities, MillionsWithADecimalPoint) {
  auto q = Read("deployment of 1.1 Million Masks and PPEs");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_DOUBLE_EQ(q[0].value, 1100000);
  EXPECT_EQ(q[0].counts, "masks");
  EXPECT_EQ(q[0].text, "1.1 Million Masks");
}

TEST_F(Quantities, WordsBetweenTheNumberAndItsNoun) {
  auto q = Read("In July, 2021, 250,000 disposable surgical masks arrived in Abuja.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_DOUBLE_EQ(q[0].value, 250000);
  EXPECT_EQ(q[0].counts, "masks");
  EXPECT_EQ(q[0].text, "250,000 disposable surgical masks");
}

TEST_F(Quantities, CurrencyWithAThousandsSuffix) {
  auto q = Read("in-kind contributions estimated at around 150K RMB from CATIS");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_DOUBLE_EQ(q[0].value, 150000);
  EXPECT_EQ(q[0].unit, "RMB");
  EXPECT_EQ(q[0].counts, "");
  EXPECT_EQ(q[0].text, "150K RMB");
  EXPECT_EQ(q[0].owner, -1);
}

TEST_F(Quantities, Percentages) {
  auto q = Read("(female 47% and male 52%); close to 40 percent of participants");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_DOUBLE_EQ(q[0].value, 47);
  EXPECT_EQ(q[0].unit, "%");
  EXPECT_EQ(q[0].counts, "");
  EXPECT_EQ(q[0].text, "47%");
  EXPECT_DOUBLE_EQ(q[2].value, 40);
  EXPECT_EQ(q[2].unit, "%");
  EXPECT_EQ(q[2].counts, "participants");
}

TEST_F(Quantities, ChineseWanAndMeasureWords) {
  auto q = Read("项目团队动员各方捐赠并协助运送了109.4万只口罩，受益人群分布在22个国家。", "zh");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_DOUBLE_EQ(q[0].value, 1094000);
  EXPECT_EQ(q[0].counts, "masks");
  EXPECT_EQ(q[0].text, "109.4万只口罩");
  EXPECT_DOUBLE_EQ(q[1].value, 22);
  EXPECT_EQ(q[1].counts, "countries");
  EXPECT_EQ(q[1].text, "22个国家");
}

TEST_F(Quantities, ChineseNounBeforeTheNumber) {
  auto q = Read("于2021年1月15日首播，观看量约35万次。", "zh");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_DOUBLE_EQ(q[0].value, 350000);
  EXPECT_EQ(q[0].counts, "views");
  EXPECT_EQ(q[0].text, "观看量约35万次");
}

TEST_F(Quantities, ChineseSuppliesWithAdjectivesBetween) {
  auto q = Read("1000套医用防护服和15台无创呼吸机", "zh");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].counts, "protective suits");
  EXPECT_EQ(q[0].text, "1000套医用防护服");
  EXPECT_DOUBLE_EQ(q[1].value, 15);
  EXPECT_EQ(q[1].counts, "respirators");
}

TEST_F(Quantities, SpanishAndPortugueseNumbers) {
  auto q = Read("alcanzó unas 1,7 millones de visualizaciones y 350.000 visualizaciones; 2.500 participantes", "es");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_DOUBLE_EQ(q[0].value, 1700000);
  EXPECT_EQ(q[0].counts, "views");
  EXPECT_DOUBLE_EQ(q[1].value, 350000);
  EXPECT_DOUBLE_EQ(q[2].value, 2500);
  EXPECT_EQ(q[2].counts, "participants");
  q = Read("A série alcançou cerca de 1.030.000 visualizações.", "pt");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_DOUBLE_EQ(q[0].value, 1030000);
}

TEST_F(Quantities, FrenchSpacesBetweenThousands) {
  auto q = Read("250\u202f000 masques chirurgicaux jetables et 1 500 participants", "fr");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_DOUBLE_EQ(q[0].value, 250000);
  EXPECT_EQ(q[0].counts, "masks");
  EXPECT_DOUBLE_EQ(q[1].value, 1500);
}

TEST_F(Quantities, DecimalPointDependsOnTheLanguageWithAMultiplier) {
  EXPECT_DOUBLE_EQ(ParseNumber("1.500", 0, "en", true).value, 1.5);
  EXPECT_DOUBLE_EQ(ParseNumber("1.500", 0, "es", true).value, 1500);
  EXPECT_DOUBLE_EQ(ParseNumber("1,500", 0, "en", true).value, 1500);
  EXPECT_DOUBLE_EQ(ParseNumber("1,500", 0, "fr", true).value, 1.5);
  // Without a multiplier three digits after the separator are a count in any language.
  EXPECT_DOUBLE_EQ(ParseNumber("1.287", 0, "en", false).value, 1287);
  EXPECT_DOUBLE_EQ(ParseNumber("1,25", 0, "es", false).value, 1.25);
  EXPECT_DOUBLE_EQ(ParseNumber("1.234,5", 0, "de", false).value, 1234.5);
}

TEST_F(Quantities, YearsDatesAndNamesAreNotQuantities) {
  EXPECT_TRUE(Read("In 2020 the project team met on 6 October about COVID-19 and PM2.5.").empty());
  EXPECT_TRUE(Read("Activity 1: needs surveys, 20:00-21:30 Beijing time").empty());
  // A noun on another sentence does not count.
  EXPECT_TRUE(Read("It ended on 6 October. Masks were handed out.").empty());
}

TEST_F(Quantities, ChineseDatesAreNotCounts) {
  EXPECT_TRUE(Read("2020年8月14日启动了城市项目，7月举办了网络研讨会。", "zh").empty());
}

TEST_F(Quantities, ChinesePersonsWithoutANoun) {
  auto q = Read("80多人参加了网络研讨会", "zh");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_DOUBLE_EQ(q[0].value, 80);
  EXPECT_EQ(q[0].counts, "people");
  EXPECT_EQ(q[0].text, "80多人");
}

TEST_F(Quantities, YearsBeforeANounAreStillYears) {
  EXPECT_TRUE(Read("Highlights of the 2020 webinar series and of the 6 October 2020 webinar.").empty());
  auto q = Read("The partners mobilized 2,000 masks.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_DOUBLE_EQ(q[0].value, 2000);
}

TEST_F(Quantities, CurrencySignsBeforeTheNumber) {
  auto q = Read("a grant of US$2.5 million and €300,000");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_DOUBLE_EQ(q[0].value, 2500000);
  EXPECT_EQ(q[0].unit, "USD");
  EXPECT_EQ(q[0].text, "US$2.5 million");
  EXPECT_DOUBLE_EQ(q[1].value, 300000);
  EXPECT_EQ(q[1].unit, "EUR");
}

TEST_F(Quantities, LiveViewsArePreferredToViews) {
  auto q = Read("approx. 1.7 million live views and 1.8 million playback views");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].counts, "live views");
  EXPECT_EQ(q[1].counts, "playback views");
  EXPECT_DOUBLE_EQ(q[1].value, 1800000);
}

// A small model to test the scorer with.
ThemeModel SmallModel() {
  ThemeModel m("green");
  m.Cue("waste management", 1.5, "en: waste management; es: gestión de residuos; zh: 垃圾管理");
  m.Cue("circular economy", 1.5, "en: circular economy; es: economía circular");
  m.Cue("recycling", 1.0, "en: recycl*; es: reciclaje");
  m.Entity("green_practice", "composting", "en: compost*; es: compostaje; zh: 堆肥", 1.0);
  m.Entity("renewable_source", "solar", "en: solar; es: energía solar, solar", 1.0, Gate::kAlways);
  m.Block("en: Waste Management Inc");
  m.Countable("tonnes of waste", "en: tonnes of waste");
  m.Synonyms("circular economy", "fr: économie circulaire; pt: economia circular");
  m.Compile();
  return m;
}

TEST(ThemeModel, APassingMentionDoesNotReachOneHalf) {
  ThemeModel m = SmallModel();
  auto x = m.Extract({"en", "", "", "The city also has a waste management department."});
  EXPECT_GT(x.confidence, 0.2);
  EXPECT_LT(x.confidence, 0.5);
}

TEST(ThemeModel, SeveralCuesReachIt) {
  ThemeModel m = SmallModel();
  auto x = m.Extract(
      {"en", "", "", "A circular economy approach treats waste management as recovery: recycling and composting."});
  EXPECT_GT(x.confidence, 0.8);
  ASSERT_GE(x.evidence.size(), 3u);
  EXPECT_EQ(x.evidence[0], "circular economy");  // strongest first
  EXPECT_EQ(x.entities, (std::vector<EntityValue>{{"green_practice", "composting"}}));
}

TEST(ThemeModel, EvidenceIsTheDocumentsOwnWords) {
  ThemeModel m = SmallModel();
  auto x = m.Extract({"es", "", "", "La Economía Circular y la GESTIÓN DE RESIDUOS con reciclaje."});
  EXPECT_GT(x.confidence, 0.5);
  EXPECT_EQ(x.evidence, (std::vector<std::string>{"Economía Circular", "GESTIÓN DE RESIDUOS", "reciclaje"}));
}

TEST(ThemeModel, TheTitleCountsMore) {
  ThemeModel m = SmallModel();
  auto body = m.Extract({"en", "", "", "Circular economy."});
  auto title = m.Extract({"en", "Circular economy", "", ""});
  EXPECT_LT(body.confidence, 0.5);
  EXPECT_GT(title.confidence, 0.5);
}

TEST(ThemeModel, AnItemOfAnEnumerationCountsLess) {
  ThemeModel m = SmallModel();
  auto alone = m.Extract({"en", "", "", "Waste management matters to the city council every year."});
  auto listed = m.Extract({"en", "", "",
                           "Projects looking for partners: social protection, informal settlements, waste management, "
                           "road construction, agriculture and urban safety."});
  EXPECT_LT(listed.score, alone.score * 0.5);
}

TEST(ThemeModel, RepetitionAddsLessThanANewCue) {
  ThemeModel m = SmallModel();
  auto once = m.Extract({"en", "", "", "Recycling."});
  auto twice = m.Extract({"en", "", "", "Recycling. Recycling."});
  EXPECT_DOUBLE_EQ(twice.score, once.score * 1.5);
}

TEST(ThemeModel, BlockedNamesHideTheirCues) {
  ThemeModel m = SmallModel();
  auto x = m.Extract({"en", "", "", "Shares of Waste Management Inc rose."});
  EXPECT_EQ(x.confidence, 0);
  EXPECT_TRUE(x.evidence.empty());
}

TEST(ThemeModel, GatedEntitiesNeedTheTheme) {
  ThemeModel m = SmallModel();
  auto x = m.Extract({"en", "", "", "Residents compost at home and the school has a solar roof."});
  // composting is gated by the theme; solar is always reported.
  EXPECT_LT(x.confidence, 0.4 + 1e-9 + 0.3);
  EXPECT_NE(std::find(x.entities.begin(), x.entities.end(), EntityValue{"renewable_source", "solar"}),
            x.entities.end());
}

TEST(ThemeModel, SharedQuantitiesOnlyWhenTheTextIsAboutTheTheme) {
  ThemeModel m = SmallModel();
  auto off = m.Extract({"en", "", "", "The webinar had 300 participants and collected 20 tonnes of waste."});
  ASSERT_EQ(off.quantities.size(), 1u);
  EXPECT_EQ(off.quantities[0].counts, "tonnes of waste");
  auto on = m.Extract(
      {"en", "", "", "Waste management, recycling and composting: a circular economy workshop with 300 participants."});
  ASSERT_EQ(on.quantities.size(), 1u);
  EXPECT_EQ(on.quantities[0].counts, "participants");
}

TEST(ThemeModel, VocabularyHasTranslationsButNotPatterns) {
  ThemeModel m = SmallModel();
  auto v = m.Vocabulary();
  auto has = [&](const std::string& p, const std::string& var, const std::string& lang) {
    for (const auto& e : v) {
      if (e.preferred == p && e.variant == var && e.language == lang) return true;
    }
    return false;
  };
  EXPECT_TRUE(has("waste management", "gestión de residuos", "es"));
  EXPECT_TRUE(has("circular economy", "économie circulaire", "fr"));
  EXPECT_TRUE(has("composting", "compostaje", "es"));
  EXPECT_FALSE(has("recycling", "recycl*", "en"));
  for (const auto& e : v) EXPECT_FALSE(e.preferred.empty());
}

TEST(ThemeModel, TheSameFigureSaidAgainIsOneQuantity) {
  ThemeModel m = SmallModel();
  auto x = m.Extract({"en", "20 tonnes of waste recycled", "",
                      "Recycling and composting: 20 tonnes of waste. Again, 20 tonnes of waste."});
  ASSERT_EQ(x.quantities.size(), 1u);
  EXPECT_EQ(x.quantities[0].text, "20 tonnes of waste");
}

TEST(ThemeModel, RelatedWordsAndSignalsStayOutOfTheVocabulary) {
  ThemeModel m("tourism");
  m.Cue("tourism", 1.5, "en: tourism; es: turismo; pt: turismo");
  m.Signal("culture", 0.6, "en: museums, festivals; es: museos");
  m.Entity("tourism_kind", "eco", "en: ecotourism; es: ecoturismo", 1.5, Gate::kAlways);
  m.Head("ecotourism");
  m.Entity("tourism_topic", "creative economy", "en: crafts, artisans", 1.0, Gate::kAlways, Vocab::kRelated);
  m.Entity("heritage", "World Heritage", "es: Patrimonio Mundial; pt: Património Mundial, Patrimônio Mundial", 1.5);
  m.Compile();
  std::vector<std::string> all;
  for (const auto& v : m.Vocabulary()) all.push_back(v.preferred + " <- " + v.variant + " (" + v.language + ")");
  EXPECT_EQ(all,
            (std::vector<std::string>{
                "tourism <- turismo (es)", "ecotourism <- ecoturismo (es)", "World Heritage <- Patrimonio Mundial (es)",
                "World Heritage <- Património Mundial (pt)", "World Heritage <- Patrimônio Mundial (pt)"}));
  // The signal still counts for the theme, and the facet value stays "eco".
  auto x = m.Extract({"en", "", "", "Ecotourism draws people to the museums."});
  EXPECT_EQ(x.entities, (std::vector<EntityValue>{{"tourism_kind", "eco"}}));
  EXPECT_GT(x.score, 1.5);
}

TEST(ThemeModel, ATextWithTheThemeInOneSentenceOnlyIsCapped) {
  ThemeModel m = SmallModel();
  std::string one_sentence = "Recycling, composting and waste management in a circular economy. ";
  std::string other =
      "The mayor opened the new library. Schools reopened in May. The budget was approved. "
      "A new bridge was built. The festival drew crowds. ";
  auto short_text = m.Extract({"en", "", "", one_sentence});
  auto long_text = m.Extract({"en", "", "", other + one_sentence});
  EXPECT_GT(short_text.confidence, 0.5);
  EXPECT_LT(long_text.confidence, 0.5);
}

TEST(ThemeModel, SameAnswerFromManyThreads) {
  ThemeModel m = SmallModel();
  DocumentText doc{"en", "Circular economy", "", "Recycling, composting and waste management; 20 tonnes of waste."};
  Extraction first = m.Extract(doc);
  std::vector<std::thread> threads;
  std::vector<int> same(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      int ok = 1;
      for (int i = 0; i < 200; ++i) {
        Extraction x = m.Extract(doc);
        ok &= x.confidence == first.confidence && x.evidence == first.evidence && x.entities == first.entities &&
              x.quantities.size() == first.quantities.size();
      }
      same[static_cast<size_t>(t)] = ok;
    });
  }
  for (auto& th : threads) th.join();
  for (int s : same) EXPECT_EQ(s, 1);
}

}  // namespace
}  // namespace silkdex::kit
