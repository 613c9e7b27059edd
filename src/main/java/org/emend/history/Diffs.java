package org.emend.history;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * Differences between two texts, by word or by character, computed with java-diff-utils
 * (Myers' algorithm). Chinese characters are words of their own, so a word diff of Chinese
 * text is a character diff where it has to be.
 */
public final class Diffs {

    private static final Pattern WORD = Pattern.compile("\\p{IsHan}|[\\p{L}\\p{N}_'’-]+|\\s+|.", Pattern.DOTALL);

    private Diffs() {
    }

    /** A run of text kept, inserted or deleted. */
    public record Op(String op, String text) {

        public static final String EQUAL = "equal";
        public static final String INSERT = "insert";
        public static final String DELETE = "delete";

        public boolean isInsert() {
            return INSERT.equals(op);
        }

        public boolean isDelete() {
            return DELETE.equals(op);
        }
    }

    public static List<Op> words(String before, String after) {
        return diff(tokens(before), tokens(after));
    }

    public static List<Op> characters(String before, String after) {
        return diff(before.codePoints().mapToObj(Character::toString).toList(),
                after.codePoints().mapToObj(Character::toString).toList());
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static List<Op> diff(List<String> before, List<String> after) {
        Patch<String> patch = DiffUtils.diff(before, after);
        List<Op> ops = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            add(ops, Op.EQUAL, before.subList(position, delta.getSource().getPosition()));
            add(ops, Op.DELETE, delta.getSource().getLines());
            add(ops, Op.INSERT, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(ops, Op.EQUAL, before.subList(position, before.size()));
        return ops;
    }

    private static void add(List<Op> ops, String op, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!ops.isEmpty() && ops.get(ops.size() - 1).op().equals(op)) {
            Op last = ops.remove(ops.size() - 1);
            text = last.text() + text;
        }
        ops.add(new Op(op, text));
    }
}
