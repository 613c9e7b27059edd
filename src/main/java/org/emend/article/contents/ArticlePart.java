package org.emend.article.contents;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.emend.failure.Failure;

/** What {@code include} can embed in an article. */
public enum ArticlePart {
    PAGES,
    SECTIONS,
    FOOTNOTES,
    ABSTRACTS;

    /** Parses {@code include=sections,footnotes}; an unknown name is a 400. */
    public static Set<ArticlePart> parse(String include) {
        Set<ArticlePart> parts = EnumSet.noneOf(ArticlePart.class);
        if (include == null || include.isBlank()) {
            return parts;
        }
        for (String name : include.split(",")) {
            String trimmed = name.strip().toUpperCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                parts.add(valueOf(trimmed));
            } catch (IllegalArgumentException e) {
                throw Failure.malformed("include takes a comma-separated list of "
                        + Arrays.stream(values()).map(p -> p.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))
                        + "; not " + name.strip());
            }
        }
        return parts;
    }
}
