package org.emend.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Sets mixed Chinese and Latin text as Chinese journals do: Han characters and full-width marks in
 * a Ming face, Latin text in its own face, the circled note numbers ({@code ①}) in a face that has
 * them; lines wrapped to a width with Latin words kept whole and closing punctuation never opening
 * a line.
 */
public record MixedText(PDPageContentStream content, PDFont han, PDFont latin, PDFont symbols) {

    private static final String CLOSING = "，。、；：！？）》」』”";

    public void line(String text, float size, float x, float y) throws IOException {
        content.beginText();
        content.newLineAtOffset(x, y);
        for (String run : runs(text)) {
            content.setFont(fontOf(run), size);
            content.showText(run);
        }
        content.endText();
    }

    /** The text's lines: the first {@code firstWidth} wide, the rest {@code width}. */
    public List<String> wrap(String text, float size, float firstWidth, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float measure = firstWidth;
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            String next = Character.toString(codePoints[i]);
            int end = i;
            while (codePoints[end] < 128 && codePoints[end] != ' ' && end + 1 < codePoints.length && codePoints[end + 1] < 128
                    && codePoints[end + 1] != ' ') {
                end++;
            }
            if (end > i) {
                next = new String(codePoints, i, end - i + 1);
            }
            while (next.length() > 15 && next.contains("/") && width(line + next, size) > measure) {
                // An address too long for the line is broken where the line ends, after a slash if one is near
                int cut = next.length();
                while (cut > 1 && width(line + next.substring(0, cut), size) > measure) {
                    cut--;
                }
                int slash = Math.max(next.lastIndexOf('/', cut - 1), next.lastIndexOf('.', cut - 1)) + 1;
                if (slash > cut * 3 / 4) {
                    cut = slash;
                }
                lines.add((line + next.substring(0, cut)).strip());
                line.setLength(0);
                measure = width;
                next = next.substring(cut);
            }
            if (!line.isEmpty() && width(line + next, size) > measure && !CLOSING.contains(next)) {
                lines.add(line.toString().strip());
                line.setLength(0);
                measure = width;
                if (next.equals(" ")) {
                    i = end;
                    continue;
                }
            }
            line.append(next);
            i = end;
        }
        if (!line.isEmpty()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    public float width(String text, float size) throws IOException {
        float width = 0;
        for (String run : runs(text)) {
            width += fontOf(run).getStringWidth(run) / 1000 * size;
        }
        return width;
    }

    private PDFont fontOf(String run) {
        int first = run.codePointAt(0);
        return circled(first) ? symbols : han(first) ? han : latin;
    }

    private static boolean circled(int codePoint) {
        return codePoint >= 0x2460 && codePoint <= 0x24FF;
    }

    private static boolean han(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN || codePoint >= 0x3000;
    }

    private static int kind(int codePoint) {
        return circled(codePoint) ? 2 : han(codePoint) ? 1 : 0;
    }

    private static List<String> runs(String text) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int kind = -1;
        for (int codePoint : text.codePoints().toArray()) {
            int next = kind(codePoint);
            if (kind >= 0 && kind != next) {
                runs.add(run.toString());
                run.setLength(0);
            }
            kind = next;
            run.appendCodePoint(codePoint);
        }
        if (!run.isEmpty()) {
            runs.add(run.toString());
        }
        return runs;
    }
}
