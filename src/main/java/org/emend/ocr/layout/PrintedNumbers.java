package org.emend.ocr.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Printed page numbers for every page: those found in the furniture, and those neighbours
 * make certain. When most numbers found agree with consecutive pages (079 on page 8 and 092 on
 * page 21), every page gets its number, padded like the printed ones, and numbers off that
 * sequence are taken for misreadings (but a last page that jumps ahead, as an issue's abstracts
 * page does); when no two agree, only the pages between two numbers that agree get one.
 */
public final class PrintedNumbers {

    private PrintedNumbers() {
    }

    /** A page's number, and whether it was inferred rather than printed. */
    public record Number(String value, boolean inferred) {
    }

    /**
     * @param elsewhere pages that stand elsewhere in the issue (its abstracts page): they get no
     *        number they do not print
     */
    public static List<Number> infer(List<String> found, Set<Integer> elsewhere) {
        Number[] numbers = new Number[found.size()];
        List<int[]> known = new ArrayList<>();
        int width = 0;
        long distinct = found.stream().filter(Objects::nonNull).distinct().count();
        for (int i = 0; i < found.size(); i++) {
            // A number found on two pages, among others, is part of a recurring head (an issue misread),
            // not the page's; alone, it is all there is to go on (the same page read twice)
            if (found.get(i) != null && (distinct == 1 || Collections.frequency(found, found.get(i)) == 1)) {
                numbers[i] = new Number(found.get(i), false);
                known.add(new int[] { i, Integer.parseInt(found.get(i)) });
                width = Math.max(width, found.get(i).length());
            }
        }
        if (known.isEmpty()) {
            return Arrays.asList(numbers);
        }
        java.util.Map<Integer, Integer> votes = new java.util.LinkedHashMap<>();
        known.forEach(k -> votes.merge(k[1] - k[0], 1, Integer::sum));
        // Most votes; between equals the later numbers, as list numbers misread for page numbers are small
        int offset = votes.entrySet().stream()
                .max(java.util.Map.Entry.<Integer, Integer> comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        if (votes.get(offset) >= 2 || known.size() == 1) {
            for (int[] k : known) {
                // A number off the sequence is a misreading, unless the last page jumps ahead (an issue's abstracts page)
                boolean jumpAtEnd = k[0] == numbers.length - 1 && k[1] > k[0] + offset;
                if (k[1] - k[0] != offset && !jumpAtEnd) {
                    numbers[k[0]] = null;
                }
            }
            for (int i = 0; i < numbers.length; i++) {
                if (numbers[i] == null && i + offset >= 1 && !elsewhere.contains(i)) {
                    numbers[i] = new Number(pad(i + offset, width), true);
                }
            }
        } else {
            for (int k = 0; k + 1 < known.size(); k++) {
                int[] from = known.get(k);
                int[] to = known.get(k + 1);
                if (to[1] - from[1] == to[0] - from[0]) {
                    for (int i = from[0] + 1; i < to[0]; i++) {
                        numbers[i] = new Number(pad(from[1] + i - from[0], width), true);
                    }
                }
            }
        }
        return Arrays.asList(numbers);
    }

    private static String pad(int number, int width) {
        String digits = Integer.toString(number);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
