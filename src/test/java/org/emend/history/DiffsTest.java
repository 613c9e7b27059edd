package org.emend.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.emend.history.Diffs.Op;
import org.junit.jupiter.api.Test;

/** Word and character diffs as history and conflicts show them: Han characters are words of their own. */
class DiffsTest {

    @Test
    void shouldDiffEnglishByWords() {
        assertThat(Diffs.words("the critical minerals", "the strategic minerals")).containsExactly(new Op(Op.EQUAL, "the "),
                new Op(Op.DELETE, "critical"), new Op(Op.INSERT, "strategic"), new Op(Op.EQUAL, " minerals"));
    }

    @Test
    void shouldDiffChineseCharacterByCharacter() {
        List<Op> ops = Diffs.words("关键矿产安全", "关键矿物安全");

        assertThat(ops).containsExactly(new Op(Op.EQUAL, "关键矿"), new Op(Op.DELETE, "产"), new Op(Op.INSERT, "物"),
                new Op(Op.EQUAL, "安全"));
    }

    @Test
    void shouldGiveBackBothTextsFromTheirOps() {
        String before = "RHR FLAKE 2k 美国的政策 (ASR)";
        String after = "美国的政策调整 (ASR)";
        List<Op> ops = Diffs.characters(before, after);

        assertThat(String.join("", ops.stream().filter(op -> !op.isInsert()).map(Op::text).toList())).isEqualTo(before);
        assertThat(String.join("", ops.stream().filter(op -> !op.isDelete()).map(Op::text).toList())).isEqualTo(after);
    }
}
