package org.emend.console.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.emend.block.TextBlock;
import org.emend.console.editor.PageView.LineBox;
import org.emend.console.editor.PageView.NewBlock;
import org.emend.console.editor.PageView.OcrDraft;
import org.emend.console.editor.PageView.Proposal;
import org.emend.draft.DraftPair;
import org.emend.draft.OcrDrafts;
import org.emend.failure.Failure;
import org.emend.history.Diffs;
import org.emend.ocr.lines.Hocr;
import org.emend.ocr.lines.OcrLine;
import org.emend.ocr.text.ChinesePunctuation;

/**
 * The page editor's view of the page's latest OCR run: its lines on the scan, tied to the blocks
 * they are part of, and its draft where it differs from the blocks.
 */
@ApplicationScoped
public class OcrDraftPanel {

    /** How much of a line must be found in a block to tie them: its middle, up to this many characters. */
    private static final int PROBE = 8;

    private final OcrDrafts drafts;

    OcrDraftPanel(OcrDrafts drafts) {
        this.drafts = drafts;
    }

    /** The panel, or {@code null} when the page has no OCR run. */
    public OcrDraft of(UUID pageId) {
        OcrDrafts.Run run;
        try {
            run = drafts.run(pageId, null);
        } catch (Failure none) {
            return null;
        }
        Hocr.Page page = Hocr.read(run.hocr());
        List<DraftPair> pairs = drafts.pairs(run, page);
        Map<String, Proposal> proposals = new LinkedHashMap<>();
        List<NewBlock> added = new ArrayList<>();
        List<TextBlock> blocks = new ArrayList<>();
        for (DraftPair pair : pairs) {
            if (pair.block() != null) {
                blocks.add(pair.block());
            }
            if (!pair.changes()) {
                continue;
            }
            if (pair.block() == null) {
                added.add(new NewBlock(pair.key(), "New " + pair.kind().name().toLowerCase() + " found by OCR",
                        (pair.draftedHeading() == null ? "" : pair.draftedHeading() + "\n") + pair.draftedText()));
            } else {
                proposals.put(pair.key(), new Proposal(pair.draftedHeading(), pair.draftedText(),
                        Diffs.words(pair.block().text, pair.draftedText())));
            }
        }
        double confidence = page.meanConfidence() == null ? -1 : page.meanConfidence();
        return new OcrDraft(run.id(), run.engine() + " " + run.engineVersion(), run.languages(),
                confidence < 0 ? null : (int) Math.round(confidence), page.text(), lines(page, blocks),
                page.height() > 0 ? page.width() + " / " + page.height() : "1 / 1.414", proposals, added);
    }

    private static List<LineBox> lines(Hocr.Page page, List<TextBlock> blocks) {
        if (page.width() <= 0 || page.height() <= 0) {
            return List.of();
        }
        List<String> texts = blocks.stream()
                .map(block -> squeeze((block.heading() == null ? "" : block.heading()) + block.text))
                .toList();
        List<LineBox> boxes = new ArrayList<>();
        int index = 0;
        for (OcrLine line : page.lines()) {
            double x = (double) line.left() / page.width();
            double y = (double) line.top() / page.height();
            double w = Math.max(1, line.right() - line.left()) / (double) page.width();
            double h = Math.max(1, line.bottom() - line.top()) / (double) page.height();
            String probe = probe(squeeze(ChinesePunctuation.normalize(line.text())));
            List<String> anchors = new ArrayList<>();
            for (int b = 0; b < blocks.size(); b++) {
                if (!probe.isEmpty() && texts.get(b).contains(probe)) {
                    anchors.add(blocks.get(b).kind().name().toLowerCase() + "-" + blocks.get(b).id);
                }
            }
            boxes.add(new LineBox(index++, line.text(), percent(x), percent(y), percent(w), percent(h),
                    String.join(" ", anchors), percent(1 / w) + " " + percent(1 / h),
                    percent(w >= 1 ? 0 : x / (1 - w)) + " " + percent(h >= 1 ? 0 : y / (1 - h)),
                    (line.right() - line.left()) + " / " + Math.max(1, line.bottom() - line.top())));
        }
        return boxes;
    }

    /** The middle of a line, where its text is most likely to be found in a block as joined and corrected. */
    private static String probe(String line) {
        if (line.length() <= PROBE) {
            return line;
        }
        int start = (line.length() - PROBE) / 2;
        return line.substring(start, start + PROBE);
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.3f%%", share * 100);
    }
}
