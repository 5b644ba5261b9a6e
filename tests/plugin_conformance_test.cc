// The conformance suite every plugin must pass (the plugins built into the
// program's plugin folder, and the SDK example): it loads, describes itself,
// survives empty, huge, broken and foreign text, and is deterministic.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

#include "silkdex/plugins.h"
#include "support/test_support.h"

namespace silkdex {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> PluginModules() {
  std::vector<std::string> out{SILKDEX_EXAMPLE_PLUGIN};
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(SILKDEX_PLUGIN_BUILD_DIR, ec))
    if (e.path().extension() == ".so") out.push_back(e.path().string());
  std::sort(out.begin() + 1, out.end());
  return out;
}

class PluginConformance : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    fs::copy_file(GetParam(), dir_ / fs::path(GetParam()).filename());
    PluginOptions options;
    options.directory = dir_.path();
    auto host = PluginHost::Load(options);
    ASSERT_TRUE(host.ok()) << host.status().ToString();
    host_ = std::move(host).value();
    ASSERT_EQ(host_->plugins().size(), 1u);
    info_ = host_->plugins()[0];
  }

  Document Run(const std::string& body, const std::string& language = "en") {
    Document d;
    d.id = "conformance";
    d.title = "Conformance";
    d.body = body;
    d.language = language;
    host_->Extract(&d);
    return d;
  }

  testing::TempDir dir_;
  std::unique_ptr<PluginHost> host_;
  PluginInfo info_;
};

TEST_P(PluginConformance, LoadsAndDescribesItself) {
  EXPECT_TRUE(info_.loaded) << info_.reason;
  EXPECT_TRUE(std::regex_match(info_.name, std::regex("[a-z0-9_-]+"))) << info_.name;
  EXPECT_TRUE(std::regex_match(info_.version, std::regex("[0-9]+\\.[0-9]+\\.[0-9]+"))) << info_.version;
  auto themes = ThemeIds();
  EXPECT_NE(std::find(themes.begin(), themes.end(), info_.theme), themes.end()) << info_.theme;
  EXPECT_NE(info_.capabilities, 0u);
}

TEST_P(PluginConformance, FindsNothingInAnEmptyDocument) {
  Document d = Run("");
  EXPECT_TRUE(d.suggested_themes.empty());
  EXPECT_EQ(host_->failures(), 0u);
}

TEST_P(PluginConformance, SurvivesHugeBrokenAndForeignText) {
  std::string huge;
  while (huge.size() < (4u << 20)) huge += "Flood early warning, masks, tourism, e-commerce and composting in cities. ";
  Run(huge);
  Run(std::string("\xff\xfe broken \xc0\xaf UTF-8 \xed\xa0\x80 bytes \x00 inside", 40));
  Run("敦煌研究院推出云游敦煌小程序，推动文化遗产旅游数字化。口罩捐赠惠及22个国家。", "zh");
  Run("Мэры 35 городов Узбекистана прошли обучение по развитию сферы услуг.", "ru");
  Run(std::string(100000, '('));
  EXPECT_EQ(host_->failures(), 0u);
}

TEST_P(PluginConformance, IsDeterministic) {
  std::string text =
      "Medellín adjusted public health measures for reopening schools; 250,000 masks arrived in Abuja. "
      "Dunhuang offered cloud tours of heritage caves and livestreaming sales of local products. "
      "Flood and earthquake preparedness, BRT lanes, composting of market waste.";
  Document a = Run(text), b = Run(text);
  EXPECT_EQ(a.suggested_themes, b.suggested_themes);
  EXPECT_EQ(a.extracted, b.extracted);
  EXPECT_EQ(a.quantities, b.quantities);
  for (const auto& t : a.suggested_themes) {
    EXPECT_GE(t.confidence, 0.0);
    EXPECT_LE(t.confidence, 1.0);
    EXPECT_EQ(t.plugin, info_.name);
  }
}

std::string NameOf(const ::testing::TestParamInfo<std::string>& p) {
  std::string n = fs::path(p.param).stem().string();
  std::replace_if(n.begin(), n.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
  return n;
}

INSTANTIATE_TEST_SUITE_P(EveryPlugin, PluginConformance, ::testing::ValuesIn(PluginModules()), NameOf);

}  // namespace
}  // namespace silkdex
