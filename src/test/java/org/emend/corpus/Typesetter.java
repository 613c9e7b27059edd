package org.emend.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.emend.testing.ArticlePages;
import org.emend.testing.MixedText;

/**
 * Typesets a {@link Prose.Article} as a Chinese journal prints it, recording the {@link Gold}:
 * a title block on the first page, running heads (journal and issue on even pages, the article's
 * short title on odd ones) and printed numbers where the {@link Layout} puts them, body text in
 * 12 pt with headings, per-page numbered notes in 9 pt under a rule (a note that does not fit
 * runs onto the next page), a distributor's watermark at the foot of some pages, and last the
 * issue's English abstracts page in one or two columns.
 */
final class Typesetter {

    private static final float WIDTH_PT = PDRectangle.A4.getWidth();
    private static final float HEIGHT_PT = PDRectangle.A4.getHeight();
    private static final float LEFT = 72;
    private static final float RIGHT = WIDTH_PT - 72;
    private static final float MEASURE = RIGHT - LEFT;
    private static final float HEAD = 52;
    private static final float BODY_TOP = 92;
    private static final float NOTES_BOTTOM = 768;
    private static final float FOOT = 800;
    private static final float WATERMARK = 824;
    private static final String LATIN_FONT = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf";
    private static final String LATIN_BOLD_FONT = "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf";
    private static final String WATERMARK_TEXT = "© 1994-2025 China Academic Journal Electronic Publishing House. All rights reserved.    http://www.cnki.net";

    private final PDDocument document;
    private final Layout layout;
    private final Prose prose;
    private final PDFont han;
    private final PDFont latin;
    private final PDFont bold;
    private final PDFont symbols;
    private final List<Gold.Drawn> drawn = new ArrayList<>();
    private final List<Gold.Page> pages = new ArrayList<>();
    private final List<Gold.Heading> headings = new ArrayList<>();
    private final List<Gold.Paragraph> paragraphs = new ArrayList<>();
    private final List<Gold.Note> notes = new ArrayList<>();
    private final List<Gold.Abstract> abstracts = new ArrayList<>();

    private PDPageContentStream content;
    private MixedText writer;
    private float y;
    private List<PlacedNote> pageNotes = new ArrayList<>();
    private PlacedNote carried;

    /** A note's lines on a page; {@code continued}: the rest of a note begun on the page before. */
    private record PlacedNote(int note, int number, Prose.Note source, List<String> lines, boolean continued) {
        PlacedNote part(int from, int to, boolean rest) {
            return new PlacedNote(note, number, source, lines.subList(from, to), rest);
        }
    }

    record Typeset(List<Gold.Page> pages, List<Gold.Heading> headings, List<Gold.Paragraph> paragraphs, List<Gold.Note> notes,
            List<Gold.Abstract> abstracts, List<Gold.Drawn> drawn) {
    }

    Typesetter(PDDocument document, Layout layout, Prose prose) throws IOException {
        this.document = document;
        this.layout = layout;
        this.prose = prose;
        this.han = PDType0Font.load(document, new TrueTypeCollection(ArticlePages.MING_FONT.toFile()).getFontByName("UMingCN"),
                true);
        this.latin = PDType0Font.load(document, new java.io.File(LATIN_FONT));
        this.bold = PDType0Font.load(document, new java.io.File(LATIN_BOLD_FONT));
        this.symbols = PDType0Font.load(document, ArticlePages.LATIN_FONT.toFile());
    }

    Typeset set(Prose.Article article, List<Prose.OtherAbstract> others) throws IOException {
        newPage(pages.size(), article.shortTitle());
        titleBlock(article);
        for (Prose.Item item : article.items()) {
            if (item.heading()) {
                heading(item, article.shortTitle());
            } else {
                paragraph(item, article.shortTitle());
            }
        }
        while (carried != null) {
            newPage(pages.size(), article.shortTitle());
        }
        finishPage();
        abstractsPage(article, others);
        return new Typeset(pages, headings, paragraphs, notes, abstracts, drawn);
    }

    private void titleBlock(Prose.Article article) throws IOException {
        y += 14;
        for (String line : writer.wrap(article.title(), 18, MEASURE - 60, MEASURE - 60)) {
            y += 22;
            centred(line, 18, "title");
            y += 8;
        }
        y += 20;
        centred(String.join("　", article.authors().stream().map(Prose.Author::name).toList()), 12, "author");
        y += 26;
        block("【" + layout.summaryLabel() + "】" + article.summary(), 10.5f, "summary");
        block("【关键词】" + String.join("　", article.keywords()), 10.5f, "keywords");
        String bio = "【作者简介】" + String.join("；", article.authors().stream()
                .map(author -> author.name() + "，" + author.unit() + author.title()).toList()) + "。";
        String classification = "【中图分类号】" + article.classification() + "　【文献标识码】A　【文章编号】" + article.articleNumber();
        if (prose.chance(50)) {
            block(bio, 10.5f, "bio");
            block(classification, 10.5f, "classification");
        } else {
            block(classification, 10.5f, "classification");
            block(bio, 10.5f, "bio");
        }
        y += 14;
    }

    private void block(String text, float size, String role) throws IOException {
        for (String line : writer.wrap(text, size, MEASURE, MEASURE)) {
            y += size + 5;
            draw(line, size, LEFT, role);
        }
        y += 6;
    }

    private void heading(Prose.Item item, String shortTitle) throws IOException {
        float size = item.level() == 1 ? 14 : 12;
        float before = item.level() == 1 ? 16 : 8;
        if (y + before + size + 2 * 20 > bodyLimit(0)) {
            newPage(pages.size(), shortTitle);
        }
        y += before + size;
        draw(item.text(), size, item.level() == 1 ? LEFT : LEFT + 24, "heading:" + headings.size());
        headings.add(new Gold.Heading(pages.size() - 1, item.level(), item.text()));
        y += 6;
    }

    private void paragraph(Prose.Item item, String shortTitle) throws IOException {
        List<String> lines = writer.wrap(item.text(), 12, MEASURE - 24, MEASURE);
        int cited = 0;
        int paragraph = paragraphs.size();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int marks = (int) line.chars().filter(c -> c == '①').count();
            List<PlacedNote> cites = cites(item.notes().subList(cited, cited + marks));
            if (y + 20 > bodyLimit(lines(cites))) {
                PlacedNote last = cites.isEmpty() ? null : cites.get(cites.size() - 1);
                int others = lines(cites) - (last == null ? 0 : last.lines().size());
                int fits = 0;
                while (last != null && fits < last.lines().size() && y + 20 <= bodyLimit(others + fits + 1)) {
                    fits++;
                }
                if (last != null && fits >= 1 && fits < last.lines().size()) {
                    cites.set(cites.size() - 1, last.part(0, fits, false));
                    carried = last.part(fits, last.lines().size(), true);
                } else {
                    newPage(pages.size(), shortTitle);
                    cites = cites(item.notes().subList(cited, cited + marks));
                }
            }
            if (i == 0) {
                paragraphs.add(new Gold.Paragraph(pages.size() - 1, item.text()));
            }
            StringBuilder numbered = new StringBuilder();
            int next = 0;
            for (int c = 0; c < line.length(); c++) {
                numbered.append(
                        line.charAt(c) == '①' ? marker(cites.get(next++).number()) : Character.toString(line.charAt(c)));
            }
            y += 20;
            draw(numbered.toString(), 12, i == 0 ? LEFT + 24 : LEFT, "para:" + paragraph);
            for (PlacedNote cite : cites) {
                notes.add(new Gold.Note(pages.size() - 1, cite.number(), cite.source().text(), cite.source().urls(), false));
            }
            pageNotes.addAll(cites);
            cited += marks;
        }
    }

    /** The notes a line cites, numbered on from the page's notes, set as they would be printed. */
    private List<PlacedNote> cites(List<Prose.Note> cited) throws IOException {
        List<PlacedNote> cites = new ArrayList<>();
        int numbered = (int) pageNotes.stream().filter(note -> !note.continued()).count();
        for (Prose.Note note : cited) {
            int number = numbered + cites.size() + 1;
            boolean english = note.text().codePointAt(0) < 128;
            cites.add(new PlacedNote(notes.size() + cites.size(), number, note,
                    writer.wrap(marker(number) + (english ? " " : "") + note.text(), 9, MEASURE, MEASURE), false));
        }
        return cites;
    }

    private static String marker(int number) {
        return Character.toString('①' + number - 1);
    }

    private static int lines(List<PlacedNote> notes) {
        return notes.stream().mapToInt(note -> note.lines().size()).sum();
    }

    /** How far the body may reach with the page's notes and {@code moreLines} more below it. */
    private float bodyLimit(int moreLines) {
        int total = lines(pageNotes) + moreLines;
        return NOTES_BOTTOM - (total == 0 ? 0 : total * 12 + 14);
    }

    private void newPage(int index, String shortTitle) throws IOException {
        finishPage();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        writer = new MixedText(content, han, latin, symbols);
        int printed = layout.firstPage() + index;
        runningHead(printed, printed % 2 == 0 ? layout.journal() + "　" + layout.issue() : shortTitle, printed % 2 == 0);
        y = BODY_TOP;
        pageNotes = new ArrayList<>();
        if (carried != null) {
            pageNotes.add(carried);
            notes.set(carried.note(), withRunsOn(notes.get(carried.note())));
            carried = null;
        }
    }

    private static Gold.Note withRunsOn(Gold.Note note) {
        return new Gold.Note(note.page(), note.marker(), note.text(), note.urls(), true);
    }

    /** The head and the printed number as the layout places them, and perhaps the watermark. */
    private void runningHead(int printed, String head, boolean even) throws IOException {
        String number = layout.number(printed);
        pages.add(new Gold.Page(number, head, false));
        y = HEAD;
        if (layout.numberPlace() == Layout.NumberPlace.HEAD_OUTER) {
            if (even) {
                draw(number, 9, LEFT, "number");
                draw(head, 9, LEFT + 40, "head");
            } else {
                draw(head, 9, (WIDTH_PT - writer.width(head, 9)) / 2, "head");
                draw(number, 9, RIGHT - writer.width(number, 9), "number");
            }
        } else {
            draw(head, 9, (WIDTH_PT - writer.width(head, 9)) / 2, "head");
            y = FOOT;
            float x = layout.numberPlace() == Layout.NumberPlace.FOOT_CENTRE ? (WIDTH_PT - writer.width(number, 9)) / 2
                    : even ? LEFT : RIGHT - writer.width(number, 9);
            draw(number, 9, x, "number");
        }
        content.moveTo(LEFT, HEIGHT_PT - HEAD - 5);
        content.lineTo(RIGHT, HEIGHT_PT - HEAD - 5);
        content.setLineWidth(0.4f);
        content.stroke();
        if (prose.chance(layout.watermarkPercent())) {
            y = WATERMARK;
            draw(WATERMARK_TEXT, 7, (WIDTH_PT - writer.width(WATERMARK_TEXT, 7)) / 2, "watermark");
        }
    }

    private void finishPage() throws IOException {
        if (content == null) {
            return;
        }
        if (!pageNotes.isEmpty()) {
            float top = bodyLimit(0) + 6;
            content.moveTo(LEFT, HEIGHT_PT - top);
            content.lineTo(LEFT + 130, HEIGHT_PT - top);
            content.setLineWidth(0.5f);
            content.stroke();
            y = top + 4;
            for (PlacedNote note : pageNotes) {
                for (String line : note.lines()) {
                    y += 12;
                    draw(line, 9, LEFT, "note:" + note.note());
                }
            }
        }
        content.close();
        content = null;
    }

    private void abstractsPage(Prose.Article article, List<Prose.OtherAbstract> others) throws IOException {
        List<Prose.OtherAbstract> entries = new ArrayList<>(others);
        Prose.OtherAbstract own = new Prose.OtherAbstract(article.englishTitle(),
                article.authors().stream().map(Prose.Author::englishName).toList(), article.englishAbstract(),
                article.englishKeywords());
        entries.add(layout.ownAbstractFirst() ? 0 : prose.between(1, entries.size()), own);
        int printed = layout.firstPage() + 100 + prose.between(0, 40);
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        writer = new MixedText(content, han, latin, symbols);
        runningHead(printed, layout.journal() + "　" + layout.issue(), printed % 2 == 0);
        pages.set(pages.size() - 1, new Gold.Page(layout.number(printed), layout.journal() + "　" + layout.issue(), true));
        int pageIndex = pages.size() - 1;
        float columnWidth = layout.abstractColumns() == 1 ? MEASURE : (MEASURE - 20) / 2;
        float[] columns = layout.abstractColumns() == 1 ? new float[] { LEFT } : new float[] { LEFT, LEFT + columnWidth + 20 };
        int column = 0;
        y = BODY_TOP;
        float gap = layout.spacedAbstracts() ? 8 : 0;
        if (layout.firstAbstractCutOff()) {
            Prose.OtherAbstract cut = prose.otherAbstractTail();
            List<String[]> parts = List.of(new String[] { cut.text(), "text" },
                    new String[] { layout.keywordsLabel() + String.join(", ", cut.keywords()), "keywords" });
            setAbstract(parts, columns[0], columnWidth, gap, abstracts.size());
            abstracts.add(new Gold.Abstract(pageIndex, null, List.of(), cut.text(), cut.keywords(), false, true));
            y += 14 + gap;
        }
        for (Prose.OtherAbstract entry : entries) {
            List<String[]> parts = List.of(new String[] { entry.title(), "title" },
                    new String[] { englishNames(entry.authors()), "authors" },
                    new String[] { layout.abstractLabel() + entry.text(), "text" },
                    new String[] { layout.keywordsLabel() + String.join(", ", entry.keywords()), "keywords" });
            float height = height(parts, columnWidth, gap);
            if (y + height > NOTES_BOTTOM) {
                if (++column >= columns.length) {
                    break;
                }
                y = BODY_TOP;
            }
            setAbstract(parts, columns[column], columnWidth, gap, abstracts.size());
            abstracts.add(
                    new Gold.Abstract(pageIndex, entry.title(), entry.authors(), entry.text(), entry.keywords(), entry == own,
                            false));
            y += 14 + gap;
        }
        content.close();
        content = null;
    }

    private float height(List<String[]> parts, float width, float gap) throws IOException {
        float height = 0;
        for (String[] part : parts) {
            height += writer.wrap(part[0], part[1].equals("title") ? 11 : 10, width, width).size() * 13 + gap;
        }
        return height;
    }

    private void setAbstract(List<String[]> parts, float x, float width, float gap, int index) throws IOException {
        for (String[] part : parts) {
            boolean title = part[1].equals("title");
            for (String line : writer.wrap(part[0], title ? 11 : 10, width, width)) {
                y += 13;
                if (title) {
                    content.beginText();
                    content.setFont(bold, 11);
                    content.newLineAtOffset(x, HEIGHT_PT - y);
                    content.showText(line);
                    content.endText();
                    drawn.add(new Gold.Drawn(pages.size() - 1, "abstract:" + index, x, y - 11 * 0.9f,
                            x + bold.getStringWidth(line) / 1000 * 11, y + 11 * 0.25f));
                } else {
                    draw(line, 10, x, "abstract:" + index);
                }
            }
            y += gap;
        }
    }

    private static String englishNames(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + (names.size() > 2 ? "," : "") + " and "
                + names.get(names.size() - 1);
    }

    private void centred(String text, float size, String role) throws IOException {
        draw(text, size, (WIDTH_PT - writer.width(text, size)) / 2, role);
    }

    /** Draws a line whose baseline is {@link #y} points from the top, and records where. */
    private void draw(String text, float size, float x, String role) throws IOException {
        writer.line(text, size, x, HEIGHT_PT - y);
        drawn.add(new Gold.Drawn(pages.size() - 1, role, x, y - size * 0.9f, x + writer.width(text, size), y + size * 0.25f));
    }
}
