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
using ::testing::ElementsAre;
using ::testing::IsEmpty;

ReadResult Vtt(std::string content) { return ReadWebVtt({"webinars/w.vtt", "webinars-w", std::move(content)}); }
ReadResult Srt(std::string content) { return ReadSrt({"webinars/w.srt", "webinars-w", std::move(content)}); }

// The segments of a transcript that must read cleanly.
std::vector<Segment> Segments(const ReadResult& r) {
  for (const auto& p : r.problems) ADD_FAILURE() << p.ToString();
  if (r.records.size() != 1) {
    ADD_FAILURE() << r.records.size() << " records";
    return {};
  }
  return r.records[0].doc.segments;
}

void ExpectFailure(const ReadResult& r, const std::string& path, int line, const std::string& message) {
  EXPECT_THAT(r.records, IsEmpty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].path, path);
  EXPECT_EQ(r.problems[0].line, line);
  EXPECT_EQ(r.problems[0].message, message);
}

// ---- WebVTT

TEST(ReadWebVtt, TurnsCuesIntoSegmentsWithTimes) {
  auto segs = Segments(Vtt(
      "WEBVTT - Session 1\n\n00:00:04.000 --> 00:00:52.500\nWelcome everyone.\n\n"
      "intro-2\n00:53.000 --> 01:48.000 align:start position:10%\nSecond cue,\ntwo lines.\n"));
  EXPECT_THAT(segs, ElementsAre(Segment{4000, 52500, "", "Welcome everyone."},
                                Segment{53000, 108000, "", "Second cue, two lines."}));
}

TEST(ReadWebVtt, TakesTheSpeakerFromAVoiceTag) {
  auto segs = Segments(Vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana López>Hola a todos</v>\n\n"
                           "00:00:02.000 --> 00:00:03.000\n<v.loud Bob>Hello</v>\n"));
  EXPECT_THAT(segs, ElementsAre(Segment{1000, 2000, "Ana López", "Hola a todos"}, Segment{2000, 3000, "Bob", "Hello"}));
}

TEST(ReadWebVtt, TakesTheSpeakerFromANamePrefix) {
  auto segs = Segments(Vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nDr. Xiaojun Wang: Welcome to the webinar.\n"));
  EXPECT_THAT(segs, ElementsAre(Segment{1000, 2000, "Dr. Xiaojun Wang", "Welcome to the webinar."}));
}

TEST(ReadWebVtt, DoesNotTakeASentenceBeforeAColonAsASpeaker) {
  auto segs = Segments(Vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nthe agenda: three items\n\n"
                           "00:00:02.000 --> 00:00:03.000\n2020: a hard year\n\n"
                           "00:00:03.000 --> 00:00:04.000\nWhy now? Because: reasons\n"));
  EXPECT_THAT(segs, ElementsAre(Segment{1000, 2000, "", "the agenda: three items"},
                                Segment{2000, 3000, "", "2020: a hard year"},
                                Segment{3000, 4000, "", "Why now? Because: reasons"}));
}

TEST(ReadWebVtt, KeepsTheSpeakerForFollowingCuesWithoutOne) {
  auto segs = Segments(Vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>First\n\n"
                           "00:00:02.000 --> 00:00:03.000\nstill Ana\n\n"
                           "00:00:03.000 --> 00:00:04.000\nBob: Now me\n\n"
                           "00:00:04.000 --> 00:00:05.000\nstill Bob\n"));
  EXPECT_THAT(segs, ElementsAre(Segment{1000, 2000, "Ana", "First"}, Segment{2000, 3000, "Ana", "still Ana"},
                                Segment{3000, 4000, "Bob", "Now me"}, Segment{4000, 5000, "Bob", "still Bob"}));
}

TEST(ReadWebVtt, SkipsNoteStyleAndRegionBlocks) {
  auto segs = Segments(Vtt("WEBVTT\n\nNOTE This is a comment\nover two lines\n\nSTYLE\n::cue { color: red }\n\n"
                           "REGION\nid:left\n\n00:00:01.000 --> 00:00:02.000\nText\n\nNOTE trailing\n"));
  EXPECT_THAT(segs, ElementsAre(Segment{1000, 2000, "", "Text"}));
}

TEST(ReadWebVtt, StripsTagsAndDecodesEntities) {
  auto segs = Segments(Vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n"
                           "<i>Tom</i> &amp; <b>Jerry</b> <c.yellow>say</c> <00:00:01.500>&lt;hi&gt;&nbsp;&quot;x&quot;\n"));
  EXPECT_THAT(segs, ElementsAre(Segment{1000, 2000, "", "Tom & Jerry say <hi> \"x\""}));
}

TEST(ReadWebVtt, DecodesEachEntityOnce) {
  auto segs = Segments(Vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nwrite &amp;lt; for &lt;\n"));
  EXPECT_THAT(segs, ElementsAre(Segment{1000, 2000, "", "write &lt; for <"}));
}

TEST(ReadWebVtt, AcceptsAByteOrderMarkAndWindowsLineEnds) {
  auto segs = Segments(Vtt("\xEF\xBB\xBFWEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\nText\r\n"));
  EXPECT_THAT(segs, ElementsAre(Segment{1000, 2000, "", "Text"}));
}

TEST(ReadWebVtt, TakesTheFallbackTitleFromTheFirstCue) {
  ReadResult r = Vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>Opening remarks\n");
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].fallback_title, "Opening remarks");
}

TEST(ReadWebVtt, RefusesAFileWithoutTheWebVttHeader) {
  ExpectFailure(Vtt("00:00:01.000 --> 00:00:02.000\nText\n"), "webinars/w.vtt", 1,
                "a WebVTT file must start with a 'WEBVTT' line");
  ExpectFailure(Vtt("WEBVTTX\n\n00:00:01.000 --> 00:00:02.000\nText\n"), "webinars/w.vtt", 1,
                "a WebVTT file must start with a 'WEBVTT' line");
  ExpectFailure(Vtt(""), "webinars/w.vtt", 1, "a WebVTT file must start with a 'WEBVTT' line");
}

TEST(ReadWebVtt, NamesTheLineOfABrokenTimestamp) {
  ExpectFailure(Vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nOne\n\n00:1x:00.000 --> 00:20:00.000\nTwo\n"),
                "webinars/w.vtt", 6, "timestamp '00:1x:00.000' is not HH:MM:SS.mmm");
}

TEST(ReadWebVtt, NamesTheLineOfABrokenEndTimestamp) {
  ExpectFailure(Vtt("WEBVTT\n\ncue-1\n00:00:01.000 --> 00:00:02.5\nOne\n"), "webinars/w.vtt", 4,
                "timestamp '00:00:02.5' is not HH:MM:SS.mmm");
}

TEST(ReadWebVtt, RefusesACueThatEndsBeforeItStarts) {
  ExpectFailure(Vtt("WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nBackwards\n"), "webinars/w.vtt", 3,
                "cue ends before it starts");
}

TEST(ReadWebVtt, RefusesABlockWithoutATimingLine) {
  ExpectFailure(Vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nOne\n\nJust text\nmore text\n"), "webinars/w.vtt", 6,
                "cue has no timing line ('start --> end')");
}

TEST(ReadWebVtt, RefusesATranscriptWithoutCues) {
  ExpectFailure(Vtt("WEBVTT\n\nNOTE nothing here\n"), "webinars/w.vtt", 0, "the transcript has no cues");
}

TEST(ReadWebVtt, ReportsInvalidUtf8WithLineAndByte) {
  ExpectFailure(Vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nCaf\xE9\n"), "webinars/w.vtt", 0,
                "invalid UTF-8 at line 4, byte 41");
}

// ---- SRT

TEST(ReadSrt, ReadsNumberedCuesWithCommaMilliseconds) {
  auto segs = Segments(Srt("1\n00:00:01,500 --> 00:00:04,000\nHello <i>all</i>.\n\n"
                           "2\n00:00:04,000 --> 00:01:00,250\nMaría: Gracias.\nSecond line.\n"));
  EXPECT_THAT(segs, ElementsAre(Segment{1500, 4000, "", "Hello all."},
                                Segment{4000, 60250, "María", "Gracias. Second line."}));
}

TEST(ReadSrt, NamesTheLineOfABrokenTimestamp) {
  ExpectFailure(Srt("1\n00:00:01,500 --> 00:00:04,000\nOne\n\n2\n00:00:04,000 --> 0:0x:00,000\nTwo\n"),
                "webinars/w.srt", 6, "timestamp '0:0x:00,000' is not HH:MM:SS.mmm");
}

TEST(ReadSrt, DoesNotRequireAWebVttHeader) {
  EXPECT_THAT(Segments(Srt("1\n00:00:01,000 --> 00:00:02,000\nText\n")), ElementsAre(Segment{1000, 2000, "", "Text"}));
}

// ---- through IngestFile

TEST(IngestTranscript, MakesAWebinarTranscriptTitledByItsFirstCue) {
  TempDir dir;
  WriteFile(dir / "webinars/drr-session.vtt",
            "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Ana>Welcome to the disaster risk reduction session.\n");
  FileIngest in = IngestFile(dir / "webinars/drr-session.vtt", dir.path());
  EXPECT_THAT(in.problems, IsEmpty());
  ASSERT_EQ(in.documents.size(), 1u);
  EXPECT_EQ(in.documents[0].id, "webinars-drr-session");
  EXPECT_EQ(in.documents[0].type, "webinar_transcript");
  EXPECT_EQ(in.documents[0].title, "Welcome to the disaster risk reduction session.");
  EXPECT_THAT(in.documents[0].segments,
              ElementsAre(Segment{1000, 5000, "Ana", "Welcome to the disaster risk reduction session."}));
}

TEST(IngestTranscript, ReportsABrokenTimestampWithThePathAndLine) {
  TempDir dir;
  WriteFile(dir / "w.srt", "1\n00:1x:00,000 --> 00:20:00,000\nText\n");
  FileIngest in = IngestFile(dir / "w.srt", dir.path());
  EXPECT_THAT(in.documents, IsEmpty());
  ASSERT_EQ(in.problems.size(), 1u);
  EXPECT_EQ(in.problems[0].ToString(), (dir / "w.srt").string() + ":2: timestamp '00:1x:00,000' is not HH:MM:SS.mmm");
}

}  // namespace
}  // namespace silkdex::ingest
