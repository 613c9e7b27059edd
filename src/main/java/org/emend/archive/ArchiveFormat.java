package org.emend.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive format's version, kept apart from the schema's: {@code bag-info.txt} names both
 * (Emend-Archive-Format, Emend-Schema-Version), and a restore reads every format version up to
 * its own. A bag made before the format was named is of format 1, which it is in every respect.
 * Format 1 reads as format 2 without OCR runs or source files, its blocks drafted by no run.
 */
final class ArchiveFormat {

    /** 2: OCR runs, the source PDF, and which run drafted a block or a revision. */
    static final int CURRENT = 2;
    static final String FORMAT_FIELD = "Emend-Archive-Format";
    static final String SCHEMA_FIELD = "Emend-Schema-Version";
    private static final String NAME = "emend-archive/";
    private static final Pattern DECLARED = Pattern.compile("(?m)^" + FORMAT_FIELD + ":\\s*(\\S+)\\s*$");

    private ArchiveFormat() {
    }

    static String name(int version) {
        return NAME + version;
    }

    /** The format version a verified bag declares; refuses a newer or unknown one. */
    static int of(Path root) throws IOException, BagException {
        Path info = root.resolve("bag-info.txt");
        if (!Files.exists(info)) {
            return 1;
        }
        Matcher declared = DECLARED.matcher(Files.readString(info, StandardCharsets.UTF_8));
        if (!declared.find()) {
            return 1;
        }
        String value = declared.group(1);
        int version;
        try {
            version = value.startsWith(NAME) ? Integer.parseInt(value.substring(NAME.length())) : -1;
        } catch (NumberFormatException e) {
            version = -1;
        }
        if (version < 1 || version > CURRENT) {
            throw new BagException(
                    List.of("bag-info.txt: " + FORMAT_FIELD + " " + value + " is not one this Emend reads (up to "
                            + name(CURRENT) + "); a newer Emend made it, or it is not an Emend bag"));
        }
        return version;
    }
}
