package org.emend.replace;

import org.emend.failure.Failure;

/**
 * Text that a regular expression may read only for so long: a pattern that backtracks
 * catastrophically is stopped with a clear message instead of holding a thread.
 */
final class TimeBoxedText implements CharSequence {

    private static final long BUDGET_NANOS = 2_000_000_000L;

    private final CharSequence text;
    private final long deadline;
    private int reads;

    TimeBoxedText(CharSequence text) {
        this(text, System.nanoTime() + BUDGET_NANOS);
    }

    private TimeBoxedText(CharSequence text, long deadline) {
        this.text = text;
        this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & 0xFFFF) == 0 && System.nanoTime() > deadline) {
            throw Failure.invalid("find", "the regular expression takes too long on this text; make it simpler");
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new TimeBoxedText(text.subSequence(start, end), deadline);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
