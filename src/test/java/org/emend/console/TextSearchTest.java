package org.emend.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How the console's search cuts what it shows into matches and the text between them. */
class TextSearchTest {

    @Test
    void shouldMarkEveryMatchIgnoringCase() {
        assertThat(TextSearch.marked("Critical minerals, critical alliances", "critical")).containsExactly(
                new TextSearch.Segment("Critical", true), new TextSearch.Segment(" minerals, ", false),
                new TextSearch.Segment("critical", true), new TextSearch.Segment(" alliances", false));
    }

    @Test
    void shouldShowAWindowAroundTheFirstMatch() {
        String text = "前".repeat(200) + "矿产" + "后".repeat(300) + "矿产" + "尾".repeat(400);
        List<TextSearch.Segment> excerpt = TextSearch.excerpt(text, "矿产");
        assertThat(excerpt.get(0)).isEqualTo(new TextSearch.Segment("…", false));
        assertThat(excerpt.get(excerpt.size() - 1)).isEqualTo(new TextSearch.Segment("…", false));
        assertThat(excerpt.stream().filter(TextSearch.Segment::match).count()).isEqualTo(1);
        assertThat(TextSearch.marked(null, "x")).isEmpty();
        assertThat(TextSearch.excerpt("no match here", "矿产")).containsExactly(new TextSearch.Segment("no match here", false));
    }
}
