package org.emend.ocr.notes;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses footnote citations in the two styles of the sample's journals: English, Chicago-like
 * ({@code Authors, “Title,” Container, Month Day, Year, URL, p.N.}), and Chinese
 * ({@code 作者：《题名》，《刊名》，2023年8月1日，第46—47页。}). Several works in one note are
 * separated by semicolons. Text that is neither (a garbled Chinese citation) gives no citation.
 */
public final class CitationParser {

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern ENGLISH_DATE = Pattern.compile("\\b(" + MONTHS + ")(?:\\s+(\\d{1,2}),)?\\s+(\\d{4})\\b");
    private static final Pattern CHINESE_DATE = Pattern
            .compile("(\\d{4})\\s?年(?:\\s?(\\d{1,2})\\s?月)?(?:\\s?(\\d{1,2})\\s?日)?");
    private static final Pattern ENGLISH_PAGES = Pattern.compile("\\bpp?\\.\\s?\\d+(?:\\s?[-–]\\s?\\d+)?");
    private static final Pattern CHINESE_PAGES = Pattern.compile("第\\s?\\d+(?:\\s?[—–-]\\s?\\d+)?\\s?[页版]");
    private static final Pattern QUOTED = Pattern.compile("[“\"](.+?)[”\"]");
    private static final Pattern CHINESE_TITLE = Pattern.compile("《([^》]+)》");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*[、，]\\s*");
    private static final Pattern NAME = Pattern.compile("^(?:[A-Z][\\p{L}'’-]*\\.?\\s?)+$|^\\p{IsHan}{2,4}(?:等)?$");

    private CitationParser() {
    }

    public static List<Citation> parse(String text) {
        List<Citation> citations = new ArrayList<>();
        for (String part : splitWorks(text)) {
            Citation citation = part.contains("《") ? chinese(part) : english(part);
            if (citation != null) {
                citations.add(citation);
            }
        }
        return citations;
    }

    /** Splits at semicolons that start a new work (a name or a quote follows), not inside a URL. */
    private static List<String> splitWorks(String text) {
        List<String> works = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ';' || c == '；') && i + 1 < text.length()) {
                String rest = text.substring(i + 1).strip();
                if (NoteSplitter.looksLikeCitationStart(rest) || rest.startsWith("“") || rest.startsWith("《")) {
                    works.add(text.substring(start, i).strip());
                    start = i + 1;
                }
            }
        }
        works.add(text.substring(start).strip());
        return works;
    }

    private static Citation english(String text) {
        Matcher quoted = QUOTED.matcher(text);
        List<CitedUrl> urls = Urls.find(text);
        Matcher date = ENGLISH_DATE.matcher(text);
        boolean hasDate = date.find();
        if (!quoted.find()) {
            return unquoted(text, urls, hasDate ? date : null);
        }
        List<String> authors = authors(text.substring(0, quoted.start()));
        String title = trimPunctuation(quoted.group(1));
        String after = text.substring(quoted.end());
        String container = null;
        if (hasDate && date.start() >= quoted.end()) {
            container = trimPunctuation(text.substring(quoted.end(), date.start()));
        } else {
            container = containerBeforeUrl(after);
        }
        return new Citation(authors, title, emptyToNull(container), hasDate ? date.group() : null,
                hasDate ? isoDate(date) : null, englishPages(text), urls);
    }

    /** {@code Name and Name, Title Words, Publisher, April 2024}: the comma-separated fields. */
    private static Citation unquoted(String text, List<CitedUrl> urls, Matcher date) {
        String beforeDate = date == null ? text : text.substring(0, date.start());
        beforeDate = beforeDate.replaceAll("(?i)\\b(?:https?://|www\\.)\\S+", "");
        List<String> fields = new ArrayList<>(Arrays.stream(beforeDate.split(",\\s*")).map(String::strip)
                .filter(field -> !field.isEmpty()).toList());
        if (fields.isEmpty() && urls.isEmpty()) {
            return null;
        }
        List<String> authors = List.of();
        if (fields.size() >= 3 && NAME.matcher(fields.get(0).replaceAll("\\s+and\\s+", " ")).matches()
                && fields.get(0).split("\\s+").length <= 8) {
            authors = authors(fields.remove(0));
        }
        String title = fields.isEmpty() ? null : trimPunctuation(fields.remove(0));
        String container = fields.isEmpty() ? null : trimPunctuation(String.join(", ", fields));
        if (title == null && urls.isEmpty()) {
            return null;
        }
        return new Citation(authors, emptyToNull(title), emptyToNull(container), date == null ? null : date.group(),
                date == null ? null : isoDate(date), englishPages(text), urls);
    }

    private static Citation chinese(String text) {
        Matcher titles = CHINESE_TITLE.matcher(text);
        if (!titles.find()) {
            return null;
        }
        String title = titles.group(1);
        String before = text.substring(0, titles.start());
        String container = titles.find() ? titles.group(1) : null;
        Matcher date = CHINESE_DATE.matcher(text);
        String printedDate = null;
        String iso = null;
        if (date.find()) {
            printedDate = date.group();
            if (date.group(2) != null && date.group(3) != null) {
                iso = iso(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)));
            }
        }
        Matcher pages = CHINESE_PAGES.matcher(text);
        return new Citation(authors(before), title, container, printedDate, iso, pages.find() ? pages.group() : null,
                Urls.find(text));
    }

    private static List<String> authors(String text) {
        String names = trimPunctuation(text).replaceFirst("[：:]$", "");
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> authors = new ArrayList<>();
        for (String name : AUTHOR_SEPARATOR.split(names)) {
            String trimmed = name.strip();
            if (!trimmed.isEmpty()) {
                authors.add(trimmed);
            }
        }
        return authors;
    }

    private static String containerBeforeUrl(String after) {
        String withoutUrls = after.replaceAll("(?i)\\b(?:https?://|www\\.)\\S+", "");
        return trimPunctuation(withoutUrls.replaceAll(",?\\s*\\bpp?\\.\\s?\\d+.*$", ""));
    }

    private static String englishPages(String text) {
        String withoutUrls = text.replaceAll("(?i)\\b(?:https?://|www\\.)\\S+", "");
        Matcher pages = ENGLISH_PAGES.matcher(withoutUrls);
        return pages.find() ? pages.group() : null;
    }

    private static String isoDate(Matcher date) {
        if (date.group(2) == null) {
            return null;
        }
        Month month = Arrays.stream(Month.values())
                .filter(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(date.group(1))).findFirst()
                .orElseThrow();
        return iso(Integer.parseInt(date.group(3)), month.getValue(), Integer.parseInt(date.group(2)));
    }

    private static String iso(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String trimPunctuation(String text) {
        return text.strip().replaceAll("^[,，;；.。:：\\s]+|[,，;；.。:：\\s]+$", "");
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
