package org.emend.crud;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.emend.persistence.Sha256;

/** Entity tags are made from record versions: a record's tag changes exactly when it does. */
public final class Etags {

    private static final int DIGEST_BYTES = 12;

    private Etags() {
    }

    /** The opaque tag value, without quotes. */
    public static String of(long version) {
        return Long.toString(version);
    }

    /** A short digest of a representation's version data, for tags that cover several records. */
    public static String digest(String versions) {
        return HexFormat.of().formatHex(Sha256.of(versions.getBytes(StandardCharsets.UTF_8)), 0, DIGEST_BYTES);
    }
}
