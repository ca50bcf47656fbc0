package dev.revnas.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OsisTextTest {
    @Test
    void keepsTheWordsOfStrongsTaggedText() {
        assertEquals("In the beginning, God created the heavens.",
                OsisText.plain("<w lemma=\"strong:H0430\">In</w> <w lemma=\"strong:H0853\">the</w> <w lemma=\"strong:H7225\">beginning</w>,"
                        + " <w lemma=\"strong:H0430\">God</w> <w lemma=\"strong:H1254\">created</w> the heavens.\n"));
    }

    @Test
    void dropsANoteAndKeepsTheWordsAroundItApart() {
        assertEquals("In the beginning, God created the heavens.",
                OsisText.plain("In the beginning, <w>God</w><note placement=\"foot\"><reference type=\"annotateRef\">1:1 </reference>"
                        + "The Hebrew word rendered “God” is “אֱלֹהִ֑ים” (Elohim).</note><w>created</w> the heavens."));
        assertEquals("Jesus Christ, the son of David.",
                OsisText.plain("Jesus Christ,<note placement=\"foot\">Messiah (Hebrew)</note><w>the</w> son of David<note n=\"a\">x</note>."));
    }

    @Test
    void dropsSectionHeadingsButKeepsCanonicalPsalmTitles() {
        assertEquals("A Psalm by David. Yahweh, how my adversaries have increased!",
                OsisText.plain("<div type=\"x-milestone\" subType=\"x-preverse\" sID=\"pv1\"/><title type=\"section\">David’s prayer</title>"
                        + "<title canonical=\"true\" type=\"psalm\">A Psalm by David.</title> <lg sID=\"a\"/><l level=\"1\" sID=\"b\"/>"
                        + "Yahweh, how <w>my</w> adversaries have increased!<l eID=\"b\" level=\"1\"/>"));
    }

    @Test
    void dropsSpeakerLabelsAndNestedNotes() {
        assertEquals("I am dark, but lovely.",
                OsisText.plain("<speaker>Beloved</speaker> I am dark,<note>outer <note>inner</note> rest</note> but lovely."));
    }

    @Test
    void makesLinesAndParagraphsSpacesAndGluesNoWordLevelMarkup() {
        assertEquals("Y él dijo: Díceles que vengan.",
                OsisText.plain("<w>Y él</w> dijo:<lb/>\n<transChange type=\"added\">Díce</transChange><w>les</w> que vengan."));
    }

    @Test
    void dropsBackMatterAfterTheEndOfTheLastChapter() {
        assertEquals("The grace of the Lord Jesus Christ be with all the saints. Amen.",
                OsisText.plain("The grace of the Lord Jesus Christ be with all the saints. Amen. <chapter eID=\"Rev.22\"/>"
                        + "<div type=\"glossary\"/> <title>World English Bible Glossary</title> Abaddon is Hebrew for destruction."));
    }

    @Test
    void decodesXmlEntities() {
        assertEquals("salt & light <“x”> A", OsisText.plain("salt &amp; light &lt;&#8220;x&#x201D;&gt; &#65;"));
    }
}
