package org.emend.crud;

import java.util.ArrayList;
import java.util.List;

import org.emend.failure.Failure;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a write expects the record's version to be, from {@code If-Match} and from a
 * {@code version} field in the body. A write with neither is unconditional.
 */
public final class ExpectedVersion {

    private static final ExpectedVersion ANY = new ExpectedVersion(List.of(), false, null);

    private final List<String> ifMatch;
    private final boolean ifMatchAny;
    private final Long bodyVersion;

    private ExpectedVersion(List<String> ifMatch, boolean ifMatchAny, Long bodyVersion) {
        this.ifMatch = ifMatch;
        this.ifMatchAny = ifMatchAny;
        this.bodyVersion = bodyVersion;
    }

    public static ExpectedVersion any() {
        return ANY;
    }

    /** Reads an {@code If-Match} header (RFC 9110: a list of strong tags, or {@code *}) and the body. */
    public static ExpectedVersion of(String ifMatchHeader, JsonNode body) {
        List<String> tags = new ArrayList<>();
        boolean any = false;
        if (ifMatchHeader != null && !ifMatchHeader.isBlank()) {
            for (String tag : ifMatchHeader.split(",")) {
                String trimmed = tag.strip();
                if (trimmed.equals("*")) {
                    any = true;
                } else if (trimmed.startsWith("\"") && trimmed.endsWith("\"") && trimmed.length() >= 2) {
                    tags.add(trimmed.substring(1, trimmed.length() - 1));
                } else if (!trimmed.startsWith("W/")) {
                    // Weak tags never match under the strong comparison If-Match uses: ignore them.
                    throw Failure.malformed("If-Match must list quoted entity tags, such as \"3\", or *");
                }
            }
            if (tags.isEmpty() && !any) {
                // Only weak tags were sent: nothing can match.
                tags.add("");
            }
        }
        return new ExpectedVersion(tags, any, bodyVersion(body));
    }

    private static Long bodyVersion(JsonNode body) {
        JsonNode version = body == null ? null : body.get("version");
        if (version == null || version.isNull()) {
            return null;
        }
        if (!version.canConvertToExactIntegral() || !version.canConvertToLong()) {
            throw Failure.malformed("version must be a whole number");
        }
        return version.longValue();
    }

    /** The one version an {@code If-Match} names, if it names exactly one. */
    public java.util.Optional<Long> single() {
        if (ifMatchAny || ifMatch.size() != 1 || !ifMatch.get(0).matches("\\d{1,18}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Long.parseLong(ifMatch.get(0)));
    }

    /** Fails with 412 unless every precondition given holds for the record's current version. */
    public void check(String kind, long currentVersion) {
        String currentTag = Etags.of(currentVersion);
        boolean headerHolds = ifMatch.isEmpty() || ifMatchAny || ifMatch.contains(currentTag);
        boolean bodyHolds = bodyVersion == null || bodyVersion == currentVersion;
        if (!headerHolds || !bodyHolds) {
            throw new Failure(Failure.Kind.STALE_VERSION, "The " + kind + " is at version " + currentVersion
                    + ", not the one this change was based on; fetch it again and reapply your change");
        }
    }
}
