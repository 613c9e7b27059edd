package org.emend.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.TemplateExtension;

/** Text helpers for the console's templates. */
@TemplateExtension
public class TextExtensions {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private TextExtensions() {
    }

    /** A moment as editors read it, to the minute. */
    static String minute(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    /** The start of a text, cut at {@code max} characters with an ellipsis. */
    static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max)) + "…";
    }
}
