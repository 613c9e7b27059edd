package org.emend.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.emend.failure.Failure;

/**
 * A query as its terms: words, and phrases in double quotes that must occur as written. How a
 * term matches (Chinese bigrams, case, punctuation) is the database's {@code search_term()}.
 */
public record SearchTerms(List<String> terms) {

    static final int MAX_LENGTH = 500;
    static final int MAX_TERMS = 32;

    private static final Pattern TERM = Pattern.compile("\"([^\"]*)\"?|(\\S+)");

    public static SearchTerms parse(String query) {
        if (query == null || query.isBlank()) {
            throw Failure.malformed("Query parameter q is required: the words to search for");
        }
        if (query.length() > MAX_LENGTH) {
            throw Failure.malformed("Query parameter q may be at most " + MAX_LENGTH + " characters long");
        }
        List<String> terms = new ArrayList<>();
        Matcher matcher = TERM.matcher(query);
        while (matcher.find()) {
            String term = (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).strip().replaceAll("\\s+", " ");
            if (!term.isEmpty() && !terms.contains(term)) {
                terms.add(term);
            }
        }
        if (terms.size() > MAX_TERMS) {
            throw Failure.malformed("Query parameter q may hold at most " + MAX_TERMS + " words or phrases");
        }
        return new SearchTerms(List.copyOf(terms));
    }
}
