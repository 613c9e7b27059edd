package org.emend.ocr.abstracts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * How a Chinese name is written in an English abstract: its pinyin without tones, surname first
 * or last ({@code 王文博} → {@code wangwenbo}, {@code wenbowang}), every reading of a character
 * that has several, ü as u, v or yu. Compared without spaces, hyphens or case.
 */
final class Romanisation {

    private static final int MAX_FORMS = 64;
    private static final Pattern SYLLABLES = Pattern.compile("(?i)(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
            + "(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v|ü))+");
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    }

    private Romanisation() {
    }

    /** The ways the name may be written, normalised as {@link #normalise} does; empty for a name not in Han. */
    static Set<String> of(String name) {
        List<Integer> characters = name.strip().codePoints().boxed().toList();
        if (characters.size() < 2 || characters.size() > 4
                || !characters.stream().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return Set.of();
        }
        Set<String> surnames = readings(characters.get(0));
        Set<String> given = Set.of("");
        for (int c : characters.subList(1, characters.size())) {
            Set<String> next = new LinkedHashSet<>();
            for (String before : given) {
                for (String reading : readings(c)) {
                    if (next.size() < MAX_FORMS) {
                        next.add(before + reading);
                    }
                }
            }
            given = next;
        }
        Set<String> forms = new LinkedHashSet<>();
        for (String surname : surnames) {
            for (String rest : given) {
                for (String written : List.of(surname + rest, rest + surname)) {
                    forms.add(written.replace("v", "u"));
                    forms.add(written.replace("v", "yu"));
                    forms.add(written);
                }
            }
        }
        return forms;
    }

    /**
     * Whether a word can be read as pinyin syllables run together ({@code Hongwei}, {@code Ouyang}),
     * as a name in an abstract is written; English words rarely can ({@code Supply}, {@code Power}).
     */
    static boolean spellsPinyin(String word) {
        return SYLLABLES.matcher(word).matches();
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace("ü", "u").replaceAll("[^\\p{L}]", "");
    }

    private static Set<String> readings(int character) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) character, FORMAT);
            return readings == null ? Set.of() : new LinkedHashSet<>(List.of(readings));
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin4j refused its own format", e);
        }
    }
}
