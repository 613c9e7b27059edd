package org.emend.ocr.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.emend.ocr.layout.LineFeatures;
import org.emend.ocr.text.Lines;
import org.junit.jupiter.api.Test;

/** Chinese notes an English-only engine read as soup, their markers lost. */
class NoteSplitterTest {

    @Test
    void shouldEndANoteAtAClosingStopReadAsACopyrightSign() {
        List<NoteDraft> notes = split("BWSH: (URANO) , TARA AREL20164F AR, SE15 51 ©",
                "OBWHRAH: CAHASEROTA) . THIARAAIAREE20154Ffk, 381927 °");

        assertThat(notes).hasSize(2);
    }

    @Test
    void shouldStartANoteAtAuthorsAndAColonAfterANoteWhoseEndWasGarbled() {
        List<NoteDraft> notes = split("OF Wil: CLES), TARR MAL 20214F MK, F1BTL",
                "OBE: CHEV AOTIT) , ARH E20184F KR, 382310 °");

        assertThat(notes).hasSize(2);
    }

    @Test
    void shouldStartANoteAtSoupAuthorsReadInLowerCaseOrSeveralWordsBeforeATitlesClose() {
        // ① 作者：《题名》，… read as O or @, the authors as words of soup, 》， as ") ." or ")»"
        List<NoteDraft> notes = split(
                "OREARVERS: (AEVREALIRA) . November 14, 2023, https://www.brookings.edu/articles/2024/11/",
                "security-critical-security-minerals-outlook-investment °",
                "Of iele: FAFSA RTES) . Be CEINBORME) 202247 3H4, F24—6501 °",
                "Orme: Cmte KEA) . Be CAHHESIR) 202447531], 318-6007 °",
                "Ott FER 7T: CEAYAFHIRGE) . February 2, 2023, https://www.atlanticcouncil.org/blogs/",
                "new-atlanticist/2025/11/energy-strategy-transition °",
                "OF WAM ee: NFAT)» PLA RSASCHA HH EL 20184F AK, 819701 °");

        assertThat(notes).extracting(note -> note.lines().size()).containsExactly(2, 1, 1, 2, 1);
    }

    @Test
    void shouldNotStartANoteAtAnEnglishLabelInsideANote() {
        List<NoteDraft> notes = split("① Jared Cohen, “Cooperation industrial trade market chain,” August 18, 2024, see",
                "Overview: the report (2020), which the Council published, https://www.whitehouse.gov/briefing-room/.");

        assertThat(notes).hasSize(1);
    }

    private static List<NoteDraft> split(String... lines) {
        return NoteSplitter.split(0, Lines.split(String.join("\n", lines), 1, 0).stream()
                .map(line -> new LineFeatures(line, "zh")).toList()).notes();
    }
}
