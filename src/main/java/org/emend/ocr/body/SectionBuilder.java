package org.emend.ocr.body;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.emend.ocr.text.Line;
import org.emend.ocr.text.LineJoiner;

/**
 * Builds sections from the pages' body lines, in reading order across pages. Paragraphs end
 * at blank lines (unless the page is printed double-spaced, a blank after nearly every line)
 * and at lines much shorter than the page's measure, where a hard-wrapped paragraph ends.
 * Headings ({@link Headings}) open sections; body text before the first heading forms a
 * section without one; a section going on over a page break gets a new part on the next page.
 */
public final class SectionBuilder {

    private static final double SHORT_LINE = 0.6;
    private static final double DOUBLE_SPACED = 0.6;
    private static final Pattern HEADING_START = Pattern
            .compile("^\\s?(?:[一二三四五六七八九十]{1,3}\\s?、|[（(]\\s?\\S{1,3}\\s?[)）]\\s|\\d{1,2}\\s?[.,，．、]\\s)");

    private final List<SectionDraft> sections = new ArrayList<>();
    private final double measure;
    private SectionDraft current;
    private int lastLevel3;
    private boolean afterHigherHeading = true;

    /** @param measure the typical length of a full body line, for telling where paragraphs end */
    public SectionBuilder(double measure) {
        this.measure = measure;
    }

    /** Adds one page's body lines (blank lines included), in order. */
    public void addPage(int pageIndex, List<Line> body) {
        List<Paragraph> paragraphs = paragraphs(body);
        int nextLine = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            List<String> texts = paragraph.lines().stream().map(Line::trimmed).toList();
            boolean bodyFollows = p + 1 < paragraphs.size();
            Heading heading = Headings.find(texts, paragraph.blankBefore() && paragraph.blankAfter(),
                    paragraph.afterBlankLine(),
                    bodyFollows, lastLevel3, afterHigherHeading);
            if (heading != null) {
                current = new SectionDraft(pageIndex, heading.level(), heading.text(), false);
                sections.add(current);
                track(heading);
                List<String> rest = new ArrayList<>();
                if (heading.bodyStart() >= 0) {
                    rest.add(texts.get(0).substring(Math.min(heading.bodyStart(), texts.get(0).length())));
                    rest.addAll(texts.subList(1, texts.size()));
                } else {
                    rest.addAll(texts.subList(heading.lineCount(), texts.size()));
                }
                current.addParagraph(LineJoiner.join(rest));
            } else {
                if (current == null || current.pageIndex() != pageIndex) {
                    boolean continues = current != null;
                    current = new SectionDraft(pageIndex, continues ? current.level() : 1, null, continues);
                    sections.add(current);
                }
                current.addParagraph(LineJoiner.join(texts));
            }
            // Every line up to the next paragraph belongs to this part, blank lines included.
            int lastLine = p + 1 < paragraphs.size() ? body.indexOf(paragraphs.get(p + 1).lines().get(0)) : body.size();
            for (int i = nextLine; i < lastLine; i++) {
                current.addLine(body.get(i));
            }
            nextLine = lastLine;
        }
    }

    public List<SectionDraft> sections() {
        return sections;
    }

    private void track(Heading heading) {
        if (heading.level() == 3) {
            lastLevel3 = Headings.level3Number(heading);
            afterHigherHeading = false;
        } else {
            lastLevel3 = 0;
            afterHigherHeading = true;
        }
    }

    /**
     * @param blankBefore a blank line or the top of the page before it
     * @param afterBlankLine a blank line before it, the top of the page not counting
     */
    private record Paragraph(List<Line> lines, boolean blankBefore, boolean blankAfter, boolean afterBlankLine) {
    }

    private List<Paragraph> paragraphs(List<Line> body) {
        long nonBlank = body.stream().filter(line -> !line.isBlank()).count();
        long followedByBlank = 0;
        for (int i = 0; i + 1 < body.size(); i++) {
            if (!body.get(i).isBlank() && body.get(i + 1).isBlank()) {
                followedByBlank++;
            }
        }
        boolean doubleSpaced = nonBlank >= 6 && followedByBlank >= DOUBLE_SPACED * nonBlank;
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        boolean blankBefore = true;
        boolean afterBlankLine = false;
        Line previous = null;
        for (Line line : body) {
            if (line.isBlank()) {
                if (!doubleSpaced && !lines.isEmpty()) {
                    paragraphs.add(new Paragraph(lines, blankBefore, true, afterBlankLine));
                    lines = new ArrayList<>();
                    blankBefore = true;
                }
                afterBlankLine = !doubleSpaced;
                continue;
            }
            boolean shortBefore = previous != null && previous.trimmed().length() < SHORT_LINE * measure;
            // Two short lines standing after a blank read as one (a heading broken over two lines).
            boolean headingPair = shortBefore && lines.size() == 1 && blankBefore
                    && line.trimmed().length() < SHORT_LINE * measure;
            boolean breakBefore = previous != null && !lines.isEmpty()
                    && ((shortBefore && !headingPair) || HEADING_START.matcher(line.text()).find());
            if (breakBefore) {
                // On a double-spaced page blank lines say nothing: no paragraph there stands alone.
                paragraphs.add(new Paragraph(lines, blankBefore, false, afterBlankLine));
                lines = new ArrayList<>();
                blankBefore = false;
                afterBlankLine = false;
            }
            lines.add(line);
            previous = line;
        }
        if (!lines.isEmpty()) {
            paragraphs.add(new Paragraph(lines, blankBefore && !doubleSpaced, true, afterBlankLine));
        }
        return paragraphs;
    }
}
