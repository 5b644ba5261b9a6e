#include "text/utf8.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace silkdex::text {
namespace {

TEST(FindInvalidUtf8, AcceptsAsciiAndEmptyText) {
  EXPECT_EQ(FindInvalidUtf8(""), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("plain ASCII text\n"), std::nullopt);
}

TEST(FindInvalidUtf8, AcceptsTwoThreeAndFourByteCharacters) {
  EXPECT_EQ(FindInvalidUtf8("Medellín"), std::nullopt);           // 2 bytes
  EXPECT_EQ(FindInvalidUtf8("敦煌云游"), std::nullopt);           // 3 bytes
  EXPECT_EQ(FindInvalidUtf8("\xF0\x9F\x8C\x8F globe"), std::nullopt);  // 4 bytes, U+1F30F
  EXPECT_EQ(FindInvalidUtf8("\xF4\x8F\xBF\xBF"), std::nullopt);    // U+10FFFF, the last code point
}

TEST(FindInvalidUtf8, ReportsTheOffsetOfAStrayContinuationByte) {
  EXPECT_EQ(FindInvalidUtf8("abc\x80"), 3u);
}

TEST(FindInvalidUtf8, RefusesOverlongForms) {
  EXPECT_EQ(FindInvalidUtf8("a\xC0\x80"), 1u);          // overlong NUL
  EXPECT_EQ(FindInvalidUtf8("\xE0\x80\xAF"), 0u);        // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("\xF0\x80\x80\xAF"), 0u);    // overlong '/'
}

TEST(FindInvalidUtf8, RefusesSurrogatesAndCodePointsPastU10FFFF) {
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1u);       // U+D800
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);    // U+110000
  EXPECT_EQ(FindInvalidUtf8("\xF5\x80\x80\x80"), 0u);
  EXPECT_EQ(FindInvalidUtf8("\xFF"), 0u);
}

TEST(FindInvalidUtf8, RefusesASequenceCutShortByTheEndOfText) {
  EXPECT_EQ(FindInvalidUtf8("ok \xE6\x95"), 3u);
  EXPECT_EQ(FindInvalidUtf8("ok \xC3"), 3u);
}

TEST(FindInvalidUtf8, RefusesASequenceCutShortByAnAsciiByte) {
  EXPECT_EQ(FindInvalidUtf8("\xE6\x95Z"), 0u);
}

TEST(DescribeInvalidUtf8, NamesTheOneBasedLineAndZeroBasedByte) {
  std::string s = "first\nsecond \xFF";
  EXPECT_EQ(DescribeInvalidUtf8(s, 13), "invalid UTF-8 at line 2, byte 13");
  EXPECT_EQ(DescribeInvalidUtf8("\xFF", 0), "invalid UTF-8 at line 1, byte 0");
}

TEST(StripBom, RemovesOnlyALeadingByteOrderMark) {
  EXPECT_EQ(StripBom("\xEF\xBB\xBFtext"), "text");
  EXPECT_EQ(StripBom("text\xEF\xBB\xBF"), "text\xEF\xBB\xBF");
  EXPECT_EQ(StripBom("\xEF\xBB"), "\xEF\xBB");
}

}  // namespace
}  // namespace silkdex::text
