package org.emend.ocr.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PrintedNumbersTest {

    @Test
    void shouldTakeNumbersOffTheSequenceForMisreadingsButAJumpOnTheLastPage() {
        List<String> found = Arrays.asList(null, "1", "074", "2", "076", "198");

        List<PrintedNumbers.Number> numbers = PrintedNumbers.infer(found, Set.of());

        assertThat(numbers).extracting(PrintedNumbers.Number::value).containsExactly("072", "073", "074", "075", "076", "198");
        assertThat(numbers).extracting(PrintedNumbers.Number::inferred).containsExactly(true, true, false, true, false, false);
    }

    @Test
    void shouldNotTakeANumberFoundOnTwoPagesForEitherPagesNumber() {
        // "2024年第2期" misread as "20248 8214" in the head of every page
        List<String> found = Arrays.asList("023", "8214", "8214");

        List<PrintedNumbers.Number> numbers = PrintedNumbers.infer(found, Set.of());

        assertThat(numbers).extracting(PrintedNumbers.Number::value).containsExactly("023", "024", "025");
    }

    @Test
    void shouldKeepANumberFoundOnEveryPageWhenThereIsNoOther() {
        // The same page read twice
        List<String> found = Arrays.asList("044", "044");

        assertThat(PrintedNumbers.infer(found, Set.of())).extracting(PrintedNumbers.Number::value).containsExactly("044",
                "044");
    }

    @Test
    void shouldNotNumberTheIssuesAbstractsPageInTheArticlesSequence() {
        List<String> found = Arrays.asList("014", "015", null);

        List<PrintedNumbers.Number> numbers = PrintedNumbers.infer(found, Set.of(2));

        assertThat(numbers.subList(0, 2)).extracting(PrintedNumbers.Number::value).containsExactly("014", "015");
        assertThat(numbers.get(2)).isNull();
    }
}
