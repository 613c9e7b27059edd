package org.emend.replace;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.emend.block.BlockStatus;
import org.emend.failure.Failure;
import org.emend.web.Languages;

/**
 * What to find and what to put in its place: a literal text or a Java regular expression
 * (the replacement may then use {@code $1}), optionally only in blocks of one status or language.
 */
public record Search(
        @NotNull @Valid Scope scope,
        @NotBlank @Size(max = 1000) String find,
        @NotNull @Size(max = 1000) String replacement,
        boolean regex,
        boolean matchCase,
        BlockStatus status,
        @jakarta.validation.constraints.Pattern(regexp = Languages.TAG, message = Languages.MESSAGE) String language) {

    /** The compiled pattern; a bad regular expression is a 422 that says what is wrong with it. */
    Pattern pattern() {
        int flags = (matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE) | (regex ? 0 : Pattern.LITERAL);
        try {
            return Pattern.compile(find, flags);
        } catch (PatternSyntaxException e) {
            throw Failure.invalid("find", "is not a valid regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " at position " + e.getIndex() : ""));
        }
    }

    /** The replacement as {@link java.util.regex.Matcher} takes it: a literal one has its $ and \ quoted. */
    String matcherReplacement() {
        return regex ? replacement : java.util.regex.Matcher.quoteReplacement(replacement);
    }
}
