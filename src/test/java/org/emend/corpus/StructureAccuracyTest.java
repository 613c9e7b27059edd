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
        assertFloors(result.total(false),
                new Floors(1.0, 0.995, 0.975, 0.995, 0.995, 0.96, 0.63, 0.975, 0, 0.99, 0.99, 0.965, 0.036));
    }

    @Test
    void shouldHoldTheFiguresOnTheDocumentsHeldOut() {
        assertFloors(result.total(true),
                new Floors(0.95, 0.995, 0.97, 0.995, 0.965, 0.985, 0.8, 0.95, 9, 1.0, 0.99, 0.975, 0.03));
    }

    /** The figures as last measured (rates and F1 at least, counts and error rates at most). */
    private record Floors(double pages, double numbers, double heads, double notesF1, double urls, double abstracts,
            double ownAbstract, double headingsF1, int furnitureHeadings, double soup, double clean, double titleBlock,
            double bodyCer) {
    }

    private static void assertFloors(Figures figures, Floors floors) {
        assertThat(figures.pageBoundaries().rate()).as("page boundaries").isGreaterThanOrEqualTo(floors.pages());
        assertThat(figures.printedNumbers().rate()).as("printed numbers").isGreaterThanOrEqualTo(floors.numbers());
        assertThat(figures.runningHeads().rate()).as("running heads").isGreaterThanOrEqualTo(floors.heads());
        assertThat(figures.notes().f1()).as("footnote F1").isGreaterThanOrEqualTo(floors.notesF1());
        assertThat(figures.urls().rate()).as("URLs exact").isGreaterThanOrEqualTo(floors.urls());
        assertThat(figures.abstracts().rate()).as("abstracts").isGreaterThanOrEqualTo(floors.abstracts());
        assertThat(figures.ownAbstract().rate()).as("own abstract").isGreaterThanOrEqualTo(floors.ownAbstract());
        assertThat(figures.headings().f1()).as("heading F1").isGreaterThanOrEqualTo(floors.headingsF1());
        assertThat(figures.headingLevels().rate()).as("heading levels").isEqualTo(1.0);
        assertThat(figures.furnitureHeadings()).as("headings from furniture").isLessThanOrEqualTo(floors.furnitureHeadings());
        assertThat(figures.soupScored().rate()).as("soup scored").isGreaterThanOrEqualTo(floors.soup());
        assertThat(figures.cleanScored().rate()).as("clean scored").isGreaterThanOrEqualTo(floors.clean());
        assertThat(figures.titleBlock().rate()).as("title block").isGreaterThanOrEqualTo(floors.titleBlock());
        assertThat(figures.bodyCer()).as("body CER").isLessThanOrEqualTo(floors.bodyCer());
    }
}
