package org.emend.ocr.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class PrintedNumbersTest {

    @Test
    void shouldTakeNumbersOffTheSequenceForMisreadingsButAJumpOnTheLastPage() {
        List<String> found = Arrays.asList(null, "1", "074", "2", "076", "198");

        List<PrintedNumbers.Number> numbers = PrintedNumbers.infer(found);

        assertThat(numbers).extracting(PrintedNumbers.Number::value).containsExactly("072", "073", "074", "075", "076", "198");
        assertThat(numbers).extracting(PrintedNumbers.Number::inferred).containsExactly(true, true, false, true, false, false);
    }
}
