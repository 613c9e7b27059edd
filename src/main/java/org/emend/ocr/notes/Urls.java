package org.emend.ocr.notes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.emend.ocr.text.EnglishWords;

/**
 * Repairing URLs that typesetting and OCR broke, and finding them in a note's text.
 * Line breaks are undone by {@link NoteText}; here, spaces the OCR put inside a URL
 * ({@code policy- offices}) are dropped, and the URL is cut where the citation goes on.
 * Trailing punctuation and stray characters after a complete URL ({@code council-3/2.})
 * are not part of it. What cannot be decided from the text (a capital I that may be a 1,
 * a {@code cSl} that may be {@code c5-1}) is kept as printed and flagged.
 */
public final class Urls {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?:/{0,2}(?=[a-z0-9(\\[{|])|www\\.)[^\\s;，；“”\"<>]+");
    /** A URL piece ending in - or / followed by a space and a piece that can only carry it on. */
    private static final Pattern INNER_SPACE = Pattern.compile(
            "((?:https?://|www\\.)[^\\s;]*[-/])\\s+([a-z0-9][a-z0-9._~%-]*(?:[/.][A-Za-z0-9._~%#?=&+-]*)*)");
    /** A host broken after a dot ({@code whitehouse. gov/}) or a number in a path ({@code /202 1/06/}). */
    private static final Pattern HOST_OR_NUMBER_SPACE = Pattern.compile(
            "((?:https?://|www\\.)[^\\s;]*(?:\\.|/\\d{1,3}))\\s+((?<=\\.\\s{1,2})(?:com|org|gov|net|edu|int|eu|cn)/|(?<=\\d\\s{1,2})\\d{1,3}/)");
    /**
     * {@code v/} after a host's {@code .go}, or its {@code /}, read as {@code w}: {@code energy.gowarticles},
     * {@code .govwarticles}.
     */
    private static final String GOV_SLASH = "(?<=^https?://[^/]{1,60})\\.gov?w(?=[a-z0-9])";
    private static final Pattern STRAY_TAIL = Pattern.compile("^(.*/)([0-9@®©])$");
    private static final Pattern ODD_LETTER = Pattern.compile("(?<=[-/])[Il](?=[-/.])|(?<=[a-z])[A-Z](?=[a-z])");
    /** A capital whose small letter has the same shape, opening a word of a hyphenated path segment. */
    private static final Pattern SAME_SHAPE_CAPITAL = Pattern.compile("(?<=-)[CSOVWXZ](?=[a-z]+(?:-|$))");
    /** The last word of an address's path, and a letter after it where an engine reads a note's closing 。. */
    /** A path word of five letters or more, where "rn" may have been read as "m". */
    private static final Pattern PATH_WORD = Pattern.compile("(?<=[/-])[a-z]{5,}(?=[-/.]|$)");
    /** A hyphen beside a dot of the host ({@code www-.iea.org}): no host label begins or ends with one. */
    private static final Pattern HOST_HYPHEN = Pattern.compile("(?<=^https?://[^/]{0,60})(?:-+(?=\\.)|(?<=\\.)-+)");
    /** The top-level domains notes cite most; a host ending in none of them lost or gained a letter. */
    private static final Set<String> COMMON_DOMAINS = Set.of("com", "org", "net", "edu", "gov", "int", "mil", "eu", "cn",
            "uk", "de", "fr", "jp", "kr", "ru", "in", "au", "ca", "info", "io");
    /** What an engine misread in an address and can be mended, each with the doubt the mending leaves. */
    private static final List<Repair> REPAIRS = List.of(
            new Repair(url -> HOST_HYPHEN.matcher(url).replaceAll(""), "a '-' beside a dot of the host was dropped"),
            new Repair(Urls::commonDomain, "a letter in the top-level domain, which was none, was dropped"),
            new Repair(Urls::rnReadAsM, "an 'm' in the path was read as 'rn', which makes words of it"),
            new Repair(Urls::lowerSameShapeCapitals,
                    "a capital in a lower-case path was read as its small letter (S for s)"));
    private static final Pattern FULL_STOP_READ_AS_LETTER = Pattern.compile("(?<=[-/])([a-z]{3,})([eoc])$");

    private Urls() {
    }

    /**
     * The text with spaces inside URLs removed where the next piece can only be the URL's tail, or
     * the rest of its host or of a number in its path.
     */
    public static String closeInnerSpaces(String text) {
        String previous;
        String current = text;
        do {
            previous = current;
            Matcher matcher = INNER_SPACE.matcher(current);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String tail = matcher.group(2);
                boolean urlTail = tail.contains("-") || tail.contains("/") || tail.contains(".")
                        || tail.chars().allMatch(Character::isDigit);
                matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + (urlTail ? "" : " ") + tail));
            }
            matcher.appendTail(out);
            current = HOST_OR_NUMBER_SPACE.matcher(out).replaceAll("$1$2");
        } while (!current.equals(previous));
        return current;
    }

    /** Whether the text holds an address, however the engine bent its scheme ({@code https:Wwww.}, {@code https:/www.}). */
    public static boolean mentions(String text) {
        return URL.matcher(text).find();
    }

    /** The URLs in a citation's text, repaired and flagged. */
    public static List<CitedUrl> find(String text) {
        List<CitedUrl> urls = new ArrayList<>();
        Matcher matcher = URL.matcher(text);
        while (matcher.find()) {
            urls.add(clean(matcher.group(), text.substring(matcher.end()).isBlank()));
        }
        return urls;
    }

    /** {@code endsNote}: nothing follows the address in the note, not even the stop that ends a note. */
    private static CitedUrl clean(String printed, boolean endsNote) {
        // A bracket or a capital read into the address after its scheme ("https://(www.", "https:/Awww."),
        // a slash missed in it ("https:/www."), "v/" read as "w" ("energy.gowarticles"): the engine's
        String url = printed.replaceFirst("(?i)^(https?://)[(\\[{|]+", "$1").replaceFirst("(?i)^(https?):/?/?(?=[a-z0-9])",
                "$1://").replaceFirst("^(https?://)[A-Z](?=www\\.)", "$1").replaceFirst(GOV_SLASH, ".gov/");
        while (!url.isEmpty() && ".,;:)]”’'\"。、）》".indexOf(url.charAt(url.length() - 1)) >= 0) {
            url = url.substring(0, url.length() - 1);
        }
        List<String> doubts = new ArrayList<>();
        if (url.endsWith("#")) {
            url = url.substring(0, url.length() - 1);
            doubts.add("an empty # after the URL was dropped");
        }
        Matcher stray = STRAY_TAIL.matcher(url);
        if (stray.matches() && segmentBefore(stray.group(1)).length() >= 10) {
            url = stray.group(1);
            doubts.add("a stray '" + stray.group(2) + "' after the URL was dropped");
        }
        if (url.toLowerCase().startsWith("www.")) {
            url = "https://" + url;
        }
        for (Repair repair : REPAIRS) {
            String mended = repair.mend().apply(url);
            if (!mended.equals(url)) {
                url = mended;
                doubts.add(repair.doubt());
            }
        }
        Matcher lastWord = FULL_STOP_READ_AS_LETTER.matcher(url);
        if (endsNote && lastWord.find() && !EnglishWords.get().contains(lastWord.group(1) + lastWord.group(2))
                && EnglishWords.get().contains(lastWord.group(1))) {
            // A note ends with a stop; where none is left, the engine read it as a letter of the address
            url = url.substring(0, url.length() - 1);
            doubts.add("a '" + lastWord.group(2) + "' after the URL, where the note's closing stop stands, was dropped");
        }
        if (ODD_LETTER.matcher(path(url)).find()) {
            doubts.add("a letter in the path may be an OCR misreading (I for 1, S for 5)");
        }
        return new CitedUrl(url, !doubts.isEmpty(), doubts.isEmpty() ? null : String.join("; ", doubts));
    }

    /**
     * The path's segments of lower-case words ({@code industrial-supply-outlook}), a word opening with a capital
     * that looks like its small letter ({@code -Supply-}) made small: the engine cannot tell them apart.
     */
    private static String lowerSameShapeCapitals(String url) {
        String path = path(url);
        StringBuilder mended = new StringBuilder(url.substring(0, url.length() - path.length()));
        for (String segment : path.split("(?<=/)")) {
            String[] words = segment.replace("/", "").split("-");
            long lowerWords = Arrays.stream(words).filter(word -> word.matches("[a-z]+")).count();
            mended.append(lowerWords >= 2 && lowerWords == words.length - 1
                    ? SAME_SHAPE_CAPITAL.matcher(segment).replaceAll(capital -> capital.group().toLowerCase(Locale.ROOT))
                    : segment);
        }
        return mended.toString();
    }

    /**
     * Path words the engine read with "m" where "rn" stands ({@code presscomer}), mended where the
     * dictionary reads the mended word better: "rn" printed close looks like "m", no other pair so often.
     */
    private static String rnReadAsM(String url) {
        String path = path(url);
        Matcher word = PATH_WORD.matcher(path);
        StringBuilder mended = new StringBuilder(url.substring(0, url.length() - path.length()));
        int copied = 0;
        while (word.find()) {
            String read = word.group();
            String better = read;
            int readability = EnglishWords.get().readability(read);
            for (int m = read.indexOf('m'); m >= 0 && !EnglishWords.get().contains(read); m = read.indexOf('m', m + 1)) {
                String candidate = read.substring(0, m) + "rn" + read.substring(m + 1);
                int candidateReadability = EnglishWords.get().readability(candidate);
                if (candidateReadability > readability) {
                    better = candidate;
                    readability = candidateReadability;
                }
            }
            mended.append(path, copied, word.start()).append(better);
            copied = word.end();
        }
        return mended.append(path.substring(copied)).toString();
    }

    /** A host whose last label is no domain but one letter less makes a common one ({@code brookings.edvu}). */
    private static String commonDomain(String url) {
        int scheme = url.indexOf("://");
        int hostStart = scheme < 0 ? 0 : scheme + 3;
        int hostEnd = url.indexOf('/', hostStart);
        hostEnd = hostEnd < 0 ? url.length() : hostEnd;
        int dot = url.lastIndexOf('.', hostEnd - 1);
        if (dot < hostStart) {
            return url;
        }
        String label = url.substring(dot + 1, hostEnd);
        if (COMMON_DOMAINS.contains(label) || label.length() < 3 || !label.matches("[a-z]+")) {
            return url;
        }
        for (int i = 0; i < label.length(); i++) {
            String shorter = label.substring(0, i) + label.substring(i + 1);
            if (COMMON_DOMAINS.contains(shorter) && shorter.length() >= 3) {
                return url.substring(0, dot + 1) + shorter + url.substring(hostEnd);
            }
        }
        return url;
    }

    private static String segmentBefore(String withSlash) {
        String trimmed = withSlash.substring(0, withSlash.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static String path(String url) {
        int scheme = url.indexOf("://");
        int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? "" : url.substring(slash);
    }

    private record Repair(UnaryOperator<String> mend, String doubt) {
    }
}
