package org.emend.ocr.text;

/** Which writing system a character belongs to, as far as the importer needs to know. */
public final class Scripts {

    private Scripts() {
    }

    /** A Chinese (Han) character, including the CJK compatibility ranges. */
    public static boolean isHan(int codePoint) {
        return codePoint >= 0x2E80 && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Punctuation of CJK typesetting: 。，、；：“”《》（） and the full-width forms. */
    public static boolean isCjkPunctuation(int codePoint) {
        return (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFF0F)
                || (codePoint >= 0xFF1A && codePoint <= 0xFF20) || (codePoint >= 0xFF3B && codePoint <= 0xFF40)
                || (codePoint >= 0xFF5B && codePoint <= 0xFF65) || codePoint == 0x2018 || codePoint == 0x2019
                || codePoint == 0x201C || codePoint == 0x201D || codePoint == 0x2014 || codePoint == 0x2026;
    }

    public static boolean isLatinLetter(int codePoint) {
        return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z')
                || (codePoint >= 0xC0 && codePoint <= 0x24F && Character.isLetter(codePoint));
    }

    /** Whether the language tag names a language written mainly in Han characters. */
    public static boolean isCjkLanguage(String language) {
        if (language == null) {
            return false;
        }
        String primary = language.split("-")[0];
        return primary.equals("zh") || primary.equals("ja") || primary.equals("ko");
    }

    public static long hanCount(String text) {
        return text.codePoints().filter(Scripts::isHan).count();
    }
}
