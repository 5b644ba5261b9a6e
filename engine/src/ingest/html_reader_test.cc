#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "ingest/readers.h"
#include "silkdex/ingest.h"
#include "support/test_support.h"

namespace silkdex::ingest {
namespace {

using ::silkdex::testing::TempDir;
using ::silkdex::testing::WriteFile;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

ReadResult Read(std::string content) { return ReadHtml({"drr/page.html", "drr-page", std::move(content)}); }

// The one record of a page that must read cleanly.
Record ReadOne(std::string content) {
  ReadResult r = Read(std::move(content));
  for (const auto& p : r.problems) ADD_FAILURE() << p.ToString();
  if (r.records.size() != 1) {
    ADD_FAILURE() << r.records.size() << " records";
    return {};
  }
  return r.records[0];
}

TEST(ReadHtml, TakesTheTitleFromTheTitleElement) {
  Record rec = ReadOne("<html><head><title>  Chandigarh\n good practice </title></head><body><h1>Heading</h1></body></html>");
  EXPECT_EQ(rec.doc.title, "Chandigarh good practice");
}

TEST(ReadHtml, FallsBackToTheFirstHeadingWithoutATitleElement) {
  Record rec = ReadOne("<html><body><p>Intro</p><h2>First <em>heading</em></h2><h1>Second</h1></body></html>");
  EXPECT_EQ(rec.doc.title, "");
  EXPECT_EQ(rec.fallback_title, "First heading");
}

TEST(ReadHtml, FallsBackToTheFirstLineWithoutAnyHeading) {
  Record rec = ReadOne("<p>Only a paragraph.</p><p>And another.</p>");
  EXPECT_EQ(rec.fallback_title, "Only a paragraph.");
}

TEST(ReadHtml, TakesTheSummaryFromTheMetaDescription) {
  Record rec = ReadOne(
      "<html><head><meta name=\"keywords\" content=\"no\"><meta name=\"Description\" content=\"Short abstract.\">"
      "</head><body>x</body></html>");
  EXPECT_EQ(rec.doc.summary, "Short abstract.");
}

TEST(ReadHtml, TakesThePrimaryLanguageFromTheHtmlLangAttribute) {
  EXPECT_EQ(ReadOne("<html lang=\"es-MX\"><body>Hola</body></html>").doc.language, "es");
  EXPECT_EQ(ReadOne("<html><body>Hello</body></html>").doc.language, "");
}

TEST(ReadHtml, LeavesScriptStyleNavAndFooterOutOfTheBody) {
  Record rec = ReadOne(
      "<html><head><style>.x{color:red}</style><script>var headScript = 1;</script></head><body>"
      "<nav>Menu item</nav><div role=\"navigation\">Breadcrumb</div>"
      "<p>Visible paragraph.</p><script>alert('body script')</script><style>p{}</style>"
      "<noscript>Enable JavaScript</noscript><footer>Copyright notice</footer><div hidden>Secret</div>"
      "</body></html>");
  EXPECT_EQ(rec.doc.body, "Visible paragraph.");
  for (const char* absent :
       {"color", "headScript", "Menu", "Breadcrumb", "alert", "p{}", "JavaScript", "Copyright", "Secret"})
    EXPECT_THAT(rec.doc.body, Not(HasSubstr(absent))) << absent;
}

TEST(ReadHtml, KeepsVisibleTextWithBlocksApartAndInlineElementsTogether) {
  Record rec = ReadOne(
      "<body><h1>Resilient   cities</h1><p>Medell<b>ín</b> and\n <a href=\"https://x.org\">Udine</a>.</p>"
      "<ul><li>one</li><li>two</li></ul><p>Tom &amp; Jerry</p></body>");
  EXPECT_EQ(rec.doc.body, "Resilient cities\n\nMedellín and Udine.\n\none\n\ntwo\n\nTom & Jerry");
  EXPECT_THAT(rec.doc.body, Not(HasSubstr("https://x.org")));
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(ReadHtml, RefusesTwoHundredThousandNestedDivsWithoutCrashing) {
  ReadResult r = Read("<html><body>" + Repeat("<div>", 200000) + "deep text</body></html>");
  EXPECT_THAT(r.records, IsEmpty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].message, "HTML nested deeper than 10000 elements");
}

TEST(ReadHtml, RefusesDeepNestingOfAnyCaseAndKind) {
  const std::string kTooDeep = "HTML nested deeper than 10000 elements";
  auto message = [](const ReadResult& r) { return r.problems.empty() ? std::string("no problem") : r.problems[0].message; };
  EXPECT_EQ(message(Read(Repeat("<DIV>", 10001))), kTooDeep);
  EXPECT_EQ(message(Read(Repeat("<span>", 6000) + Repeat("<section>", 6000))), kTooDeep);
  // HTML ignores "/>" on a <div>: each one stays open.
  EXPECT_EQ(message(Read(Repeat("<div/>", 10001))), kTooDeep);
  // An end tag of an element that is not open closes nothing.
  EXPECT_EQ(message(Read(Repeat("<span></div>", 10001))), kTooDeep);
}

TEST(ReadHtml, ReadsDeepNestingBelowTheLimit) {
  Record rec = ReadOne("<body>" + Repeat("<div>", 5000) + "deep text" + Repeat("</div>", 5000) + "</body>");
  EXPECT_EQ(rec.doc.body, "deep text");
}

TEST(ReadHtml, DoesNotCountSiblingsOrElementsClosedImplicitlyAsNesting) {
  Record rec = ReadOne("<body>" + Repeat("<div>a</div>", 20000) + Repeat("<p>b", 20000) + "<ul>" +
                       Repeat("<li>c", 20000) + "</ul><table>" + Repeat("<tr><td>d", 20000) + "</table>" +
                       Repeat("<br><img src=x>", 20000) + "<svg>" + Repeat("<path d=\"M0\"/>", 20000) + "</svg>" +
                       "<script>" + Repeat("'<div>'", 20000) + "</script><!-- " + Repeat("<div>", 20000) +
                       " --></body>");
  EXPECT_EQ(rec.doc.body.substr(0, 6), "a\n\na\n\n");
}

TEST(ReadHtml, ReportsInvalidUtf8WithLineAndByte) {
  ReadResult r = Read("<html>\n<body>caf\xE9</body></html>");
  EXPECT_THAT(r.records, IsEmpty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].path, "drr/page.html");
  EXPECT_EQ(r.problems[0].message, "invalid UTF-8 at line 2, byte 16");
}

TEST(ReadHtml, AcceptsALeadingByteOrderMark) {
  EXPECT_EQ(ReadOne("\xEF\xBB\xBF<p>Text</p>").doc.body, "Text");
}

TEST(IngestHtml, AppliesTheSidecarOverWhatThePageSays) {
  TempDir dir;
  WriteFile(dir / "drr/chandigarh.html",
            "<html lang=\"en\"><head><title>Page title</title></head><body><p>Chandigarh text.</p></body></html>");
  WriteFile(dir / "drr/chandigarh.meta.json", R"({"title": "Sidecar title", "type": "good_practice"})");
  FileIngest in = IngestFile(dir / "drr/chandigarh.html", dir.path());
  EXPECT_THAT(in.problems, IsEmpty());
  ASSERT_EQ(in.documents.size(), 1u);
  EXPECT_EQ(in.documents[0].id, "drr-chandigarh");
  EXPECT_EQ(in.documents[0].title, "Sidecar title");
  EXPECT_EQ(in.documents[0].type, "good_practice");
  EXPECT_EQ(in.documents[0].language, "en");
  EXPECT_EQ(in.documents[0].body, "Chandigarh text.");
}

TEST(IngestHtml, UsesTheFirstHeadingAsTitleWithoutTitleElementOrSidecar) {
  TempDir dir;
  WriteFile(dir / "page.htm", "<body><h1>The heading</h1><p>Text.</p></body>");
  FileIngest in = IngestFile(dir / "page.htm", dir.path());
  ASSERT_EQ(in.documents.size(), 1u);
  EXPECT_EQ(in.documents[0].title, "The heading");
}

}  // namespace
}  // namespace silkdex::ingest
