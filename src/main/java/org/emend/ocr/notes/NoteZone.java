package org.emend.ocr.notes;

import java.util.List;

import org.emend.ocr.layout.LineFeatures;

/**
 * Finds where a page's footnotes begin. Footnotes are the page's last block, so the zone is
 * the suffix of the page's lines whose note scores sum highest (ties go to the shorter
 * suffix, so a neutral line stays with the body). Lines that carry on a note begun with a
 * marker (a Chinese citation wrapping onto a second line looks like body text) count as
 * neutral rather than as body.
 */
public final class NoteZone {

    /** Below this a page has no footnotes: one stray citation-like line is not a zone. */
    private static final double MIN_ZONE_SCORE = 2;

    private NoteZone() {
    }

    /** Index in {@code lines} of the zone's first line, or {@code lines.size()} when there is none. */
    public static int start(List<LineFeatures> lines) {
        double[] scores = contextualScores(lines);
        double sum = 0;
        double best = 0;
        int bestStart = lines.size();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            sum += scores[i];
            if (sum > best) {
                best = sum;
                bestStart = i;
            }
        }
        if (best < MIN_ZONE_SCORE) {
            return lines.size();
        }
        // The zone opens with a note's first line: a body line that merely looks English stays out.
        while (bestStart < lines.size() && !opensNote(lines.get(bestStart)) && scores[bestStart] <= 0) {
            bestStart++;
        }
        return bestStart;
    }

    private static boolean opensNote(LineFeatures line) {
        return !line.isBlank() && (line.marker() != null || line.onlyMarkers() || line.noteScore() > 1
                || NoteSplitter.looksLikeCitationStart(line.text()));
    }

    private static double[] contextualScores(List<LineFeatures> lines) {
        double[] scores = new double[lines.size()];
        boolean insideMarkedNote = false;
        for (int i = 0; i < lines.size(); i++) {
            LineFeatures line = lines.get(i);
            if (line.isBlank()) {
                insideMarkedNote = false;
                continue;
            }
            if (line.marker() != null) {
                insideMarkedNote = true;
                scores[i] = line.noteScore();
            } else if (insideMarkedNote && line.noteScore() < 0) {
                scores[i] = 0;
            } else {
                scores[i] = line.noteScore();
            }
        }
        return scores;
    }
}
