package org.emend.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * A generated corpus for the search benchmark, loaded with COPY: articles of one journal, each
 * with 35 sections, 13 footnotes (Chinese and English) and two abstracts. Chinese text is drawn
 * from 6,000 words made of 464 common characters, English from 4,000 words, both skewed so a few
 * words are very common and most are rare, as in real text. Seeded: every run loads the same.
 */
final class SearchCorpus {

    static final int SECTIONS = 35;
    static final int FOOTNOTES = 13;
    static final int ABSTRACTS = 2;
    /** Articles to an issue. */
    static final int ISSUE_SIZE = 70;
    private static final String HAN = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴";
    private static final String[] ONSETS = { "ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zi", "pe", "da", "ri", "mo",
            "lu", "ge", "fa" };
    private static final String[] NUCLEI = { "ra", "ti", "no", "le", "si", "mu", "ko", "pa", "de", "vi", "ba", "to", "na",
            "ze", "hu", "wo" };
    private static final String[] CODAS = { "", "n", "s", "l", "r", "t", "m", "d", "x", "k", "ng", "st", "nd", "rk", "ll",
            "ch" };

    final List<String> chinese = new ArrayList<>();
    final List<String> english = new ArrayList<>();
    private final Random random = new Random(42);

    SearchCorpus() {
        for (int n = 0; n < 6_000; n++) {
            StringBuilder word = new StringBuilder();
            int length = new int[] { 1, 2, 2, 2, 2, 2, 3, 4 }[n % 8];
            for (int c = 0; c < length; c++) {
                word.append(HAN.charAt((int) (HAN.length() * Math.pow(random.nextDouble(), 1.5))));
            }
            chinese.add(word.toString());
        }
        for (int n = 0; n < 4_000; n++) {
            english.add(ONSETS[n % 16] + NUCLEI[(n / 16) % 16] + CODAS[(n / 256) % 16]);
        }
    }

    /** Loads {@code articles} articles with their blocks; returns how many blocks. */
    long load(Connection connection, int articles) throws SQLException, IOException {
        UUID journal = UUID.randomUUID();
        int issues = Math.max(1, articles / ISSUE_SIZE);
        List<UUID> issueIds = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO journal (id, title, created_at, updated_at, version) VALUES ('" + journal
                    + "', '基准期刊', now(), now(), 0)");
        }
        copy(connection, "issue (id, journal_id, year, number, published_on, created_at, updated_at, version)", out -> {
            for (int i = 0; i < issues; i++) {
                UUID id = UUID.randomUUID();
                issueIds.add(id);
                int year = 1950 + i / 12;
                row(out, id, journal, year, 1 + i % 12, year + "-" + pad(1 + i % 12) + "-01", "now", "now", 0);
            }
        });
        List<UUID> articleIds = new ArrayList<>();
        copy(connection, "article (id, issue_id, title, english_title, language, status, created_at, updated_at, version)",
                out -> {
                    for (int a = 0; a < articles; a++) {
                        UUID id = UUID.randomUUID();
                        articleIds.add(id);
                        row(out, id, issueIds.get(a % issues), chinese(6), english(6), "zh",
                                a % 10 == 0 ? "draft" : "published", "now", "now", 0);
                    }
                });
        copy(connection,
                "section (id, article_id, ordinal, level, text, ocr_original, status, created_at, updated_at, version)",
                out -> {
                    String[] statuses = { "raw", "raw", "corrected", "verified" };
                    for (UUID article : articleIds) {
                        for (int s = 1; s <= SECTIONS; s++) {
                            String text = chinese(40) + " " + english(2) + chinese(40);
                            row(out, UUID.randomUUID(), article, s, 1, text, text, statuses[s % 4], "now", "now", 0);
                        }
                    }
                });
        copy(connection,
                "footnote (id, article_id, ordinal, language, text, ocr_original, status, created_at, updated_at, version)",
                out -> {
                    for (UUID article : articleIds) {
                        for (int f = 1; f <= FOOTNOTES; f++) {
                            boolean zh = f % 2 == 0;
                            String text = zh ? chinese(25) : english(14);
                            row(out, UUID.randomUUID(), article, f, zh ? "zh" : "en", text, text, "raw", "now", "now", 0);
                        }
                    }
                });
        copy(connection,
                "article_abstract (id, article_id, language, text, ocr_original, status, created_at, updated_at, version)",
                out -> {
                    for (UUID article : articleIds) {
                        String zh = chinese(150);
                        String en = english(80);
                        row(out, UUID.randomUUID(), article, "zh", zh, zh, "raw", "now", "now", 0);
                        row(out, UUID.randomUUID(), article, "en", en, en, "raw", "now", "now", 0);
                    }
                });
        return (long) articles * (SECTIONS + FOOTNOTES + ABSTRACTS);
    }

    /** A word of the vocabulary by rank: 0 is the most common. */
    String chineseWord(int rank) {
        return chinese.get(rank);
    }

    String englishWord(int rank) {
        return english.get(rank);
    }

    private String chinese(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = words + random.nextInt(7); i < n; i++) {
            text.append(chinese.get((int) (chinese.size() * Math.pow(random.nextDouble(), 3))));
        }
        return text.toString();
    }

    private String english(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = words + random.nextInt(5); i < n; i++) {
            text.append(i == 0 ? "" : " ").append(english.get((int) (english.size() * Math.pow(random.nextDouble(), 3))));
        }
        return text.toString();
    }

    private interface Rows {
        void write(Writer out) throws IOException;
    }

    private static void copy(Connection connection, String table, Rows rows) throws SQLException, IOException {
        try (PGCopyOutputStream stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "COPY " + table + " FROM STDIN (FORMAT text)");
                Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8),
                        1 << 16)) {
            rows.write(out);
        }
    }

    /** One row in COPY's text format; the generated values hold no tabs, newlines or backslashes. */
    private static void row(Writer out, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            out.write(i == 0 ? "" : "\t");
            out.write(String.valueOf(values[i]));
        }
        out.write('\n');
    }

    private static String pad(int month) {
        return month < 10 ? "0" + month : String.valueOf(month);
    }
}
