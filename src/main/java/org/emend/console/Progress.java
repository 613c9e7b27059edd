package org.emend.console;

import java.time.Instant;

/** How far correction has come for a set of blocks: counts by status, mean garble score, last edit. */
public record Progress(long raw, long corrected, long verified, Double meanGarble, Instant lastEdited) {

    public static final Progress NONE = new Progress(0, 0, 0, null, null);

    public long total() {
        return raw + corrected + verified;
    }

    public int rawPercent() {
        return percent(raw);
    }

    public int correctedPercent() {
        return percent(corrected);
    }

    public int verifiedPercent() {
        return percent(verified);
    }

    /** The mean garble score as a percentage, for display; -1 when nothing is scored. */
    public int garblePercent() {
        return meanGarble == null ? -1 : (int) Math.round(meanGarble * 100);
    }

    Progress plus(String status, long count, Double garble, Instant edited) {
        long total = total() + count;
        Double mean = garble == null ? meanGarble
                : meanGarble == null ? garble : (meanGarble * total() + garble * count) / Math.max(1, total);
        Instant last = lastEdited == null || (edited != null && edited.isAfter(lastEdited)) ? edited : lastEdited;
        return switch (status) {
            case "raw" -> new Progress(raw + count, corrected, verified, mean, last);
            case "corrected" -> new Progress(raw, corrected + count, verified, mean, last);
            default -> new Progress(raw, corrected, verified + count, mean, last);
        };
    }

    private int percent(long part) {
        return total() == 0 ? 0 : (int) Math.round(100.0 * part / total());
    }
}
