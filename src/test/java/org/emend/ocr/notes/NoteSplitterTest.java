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

    private static List<NoteDraft> split(String... lines) {
        return NoteSplitter.split(0, Lines.split(String.join("\n", lines), 1, 0).stream()
                .map(line -> new LineFeatures(line, "zh")).toList()).notes();
    }
}
