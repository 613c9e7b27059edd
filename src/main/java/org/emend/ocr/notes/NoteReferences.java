package org.emend.ocr.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.emend.ocr.layout.Markers;

/**
 * Note references an engine garbled: Chinese journals number a page's notes ①②③ afresh on every
 * page, and an engine without the glyphs reads each as {@code @}, {@code ®} or {@code ©}. When the
 * garbled references in a page's text are exactly as many as the page's notes, the nth is the nth
 * note's number: both are written as the circled number again.
 */
public final class NoteReferences {

    /** A garbled reference: one or two of the symbols right after Chinese text or its punctuation. */
    private static final Pattern GARBLED = Pattern.compile("(?<=[\\p{IsHan}。，、；：”」》）])\\s?[@®©]{1,2}");

    private NoteReferences() {
    }

    /** The texts with their garbled references numbered, when they match {@code notes} one for one; else as they were. */
    public static List<String> restore(List<String> texts, int notes) {
        int found = 0;
        for (String text : texts) {
            Matcher matcher = GARBLED.matcher(text);
            while (matcher.find()) {
                found++;
            }
        }
        if (found == 0 || found != notes || notes > 20) {
            return texts;
        }
        List<String> restored = new ArrayList<>();
        int number = 0;
        for (String text : texts) {
            Matcher matcher = GARBLED.matcher(text);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(out, circled(++number));
            }
            matcher.appendTail(out);
            restored.add(out.toString());
        }
        return restored;
    }

    /** The marker of the {@code n}th note of a page as printed, when the engine garbled it; else {@code marker}. */
    public static String restoreMarker(String marker, int n) {
        return marker != null && Markers.circledNumber(marker) == 0 && marker.strip().matches("[@®©]{1,2}") && n <= 20
                ? circled(n)
                : marker;
    }

    private static String circled(int n) {
        return Character.toString(0x2460 + n - 1);
    }
}
