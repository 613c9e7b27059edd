package org.emend.changes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.emend.failure.Failure;

/** A place in the feed: the transaction id and position of a change, written {@code txid.position}. */
record ChangeCursor(long txid, long position) {

    static final ChangeCursor START = new ChangeCursor(0, 0);
    private static final Pattern FORM = Pattern.compile("(\\d{1,19})\\.(\\d{1,19})");

    static ChangeCursor parse(String value) {
        if (value == null || value.isBlank()) {
            return START;
        }
        Matcher matcher = FORM.matcher(value.strip());
        if (!matcher.matches()) {
            throw Failure.invalid("since", "is not a cursor from this feed (use nextCursor or a change's cursor)");
        }
        try {
            return new ChangeCursor(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
        } catch (NumberFormatException e) {
            throw Failure.invalid("since", "is not a cursor from this feed");
        }
    }

    @Override
    public String toString() {
        return txid + "." + position;
    }
}
