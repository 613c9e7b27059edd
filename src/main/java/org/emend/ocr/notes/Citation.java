package org.emend.ocr.notes;

import java.util.List;

/**
 * One work a footnote cites, parsed from its text: who, what, where, when, and its URLs.
 * Fields the text does not give are {@code null}.
 *
 * @param date the date as printed ({@code May 3, 2023}, {@code 2023年8月1日})
 * @param isoDate the date in ISO 8601 when the printed one is complete ({@code 2023-05-03})
 * @param pages the page reference as printed ({@code p.212}, {@code pp.4111-4115}, {@code 第46—47页})
 */
public record Citation(List<String> authors, String title, String container, String date, String isoDate, String pages,
        List<CitedUrl> urls) {
}
