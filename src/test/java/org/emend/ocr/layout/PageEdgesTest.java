package org.emend.ocr.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.emend.ocr.text.Line;
import org.emend.ocr.text.Lines;
import org.junit.jupiter.api.Test;

class PageEdgesTest {

    @Test
    void shouldSeeAHeadRecurThoughItsNumberWasReadWithALetter() {
        // 46 国际展望 2020年第1期 and 170 国际展望 2020年第1期 read without the Chinese model
        String soup = "PLU ASA ie] NE LAD HEAL, FEA WE, PUREE OA AEM il ° AUC, SER NEVE TRL ©\n";
        List<Line> lines = Lines.split("4G Eira 202077 8144\n\n" + soup.repeat(20) + "\n170 Eira 202077 8144\n\n"
                + "limited. The effectiveness of the new cooperation mechanisms remains to be seen.", 1, 0);

        PageEdges edges = PageEdges.of(lines);

        assertThat(lines).filteredOn(line -> line.text().contains("Eira")).hasSize(2).allMatch(edges::recurs);
    }
}
