package org.emend.crud;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(versions.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, DIGEST_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
