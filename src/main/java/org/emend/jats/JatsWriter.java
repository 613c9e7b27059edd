package org.emend.jats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.emend.abstracts.ArticleAbstract;
import org.emend.article.Article;
import org.emend.article.Author;
import org.emend.article.contents.ArticleContent;
import org.emend.footnote.Footnote;
import org.emend.issue.Issue;
import org.emend.journal.Journal;
import org.emend.ocr.notes.CitedUrl;
import org.emend.section.Section;
import org.emend.xml.XmlText;

/**
 * Writes an article as JATS 1.3, Archiving and Interchange tag set: front matter, body and
 * footnotes, elements in the order the DTD requires. Inside an OAI-PMH response the elements
 * take JATS's namespace (the protocol wants namespaced metadata); in a file they have none, as
 * the DTD declares them.
 */
public final class JatsWriter {

    /** The namespace JATS 1.3 Archiving elements take where a namespace is needed (as in PubMed Central's OAI-PMH). */
    public static final String NAMESPACE = "https://jats.nlm.nih.gov/ns/archiving/1.3/";
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern CIRCLED_NUMBER = Pattern.compile("[\\u2460-\\u2473]");
    private static final String XLINK = "http://www.w3.org/1999/xlink";

    private final XMLStreamWriter xml;

    public JatsWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** The {@code <article>} element; {@code namespace} null for none. */
    public void write(ArticleContent content, String namespace) throws XMLStreamException {
        Article article = content.article();
        xml.writeStartElement("article");
        if (namespace != null) {
            xml.writeDefaultNamespace(namespace);
        }
        xml.writeNamespace("xlink", XLINK);
        xml.writeAttribute("article-type", "research-article");
        xml.writeAttribute("dtd-version", "1.3");
        lang(article.language);
        front(content);
        body(content.sections(), content.footnotes());
        back(content.footnotes());
        xml.writeEndElement();
    }

    private void front(ArticleContent content) throws XMLStreamException {
        xml.writeStartElement("front");
        journalMeta(content.journal());
        articleMeta(content);
        xml.writeEndElement();
    }

    private void journalMeta(Journal journal) throws XMLStreamException {
        xml.writeStartElement("journal-meta");
        xml.writeStartElement("journal-title-group");
        element("journal-title", journal.title);
        englishTitle(journal.englishTitle);
        xml.writeEndElement();
        issn(journal.issn, "print");
        issn(journal.eissn, "electronic");
        if (journal.publisher != null) {
            xml.writeStartElement("publisher");
            element("publisher-name", journal.publisher);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void englishTitle(String title) throws XMLStreamException {
        if (title != null) {
            xml.writeStartElement("trans-title-group");
            lang("en");
            element("trans-title", title);
            xml.writeEndElement();
        }
    }

    private void issn(String issn, String format) throws XMLStreamException {
        if (issn != null) {
            xml.writeStartElement("issn");
            xml.writeAttribute("publication-format", format);
            xml.writeCharacters(issn);
            xml.writeEndElement();
        }
    }

    private void articleMeta(ArticleContent content) throws XMLStreamException {
        Article article = content.article();
        Issue issue = content.issue();
        xml.writeStartElement("article-meta");
        xml.writeStartElement("article-id");
        xml.writeAttribute("pub-id-type", "archive");
        xml.writeCharacters(article.id.toString());
        xml.writeEndElement();
        xml.writeStartElement("title-group");
        element("article-title", article.title);
        englishTitle(article.englishTitle);
        xml.writeEndElement();
        if (!article.authors.isEmpty()) {
            xml.writeStartElement("contrib-group");
            for (Author author : article.authors) {
                contributor(author, article.language);
            }
            xml.writeEndElement();
        }
        xml.writeStartElement("pub-date");
        xml.writeAttribute("publication-format", "print");
        xml.writeAttribute("date-type", "pub");
        if (issue.publishedOn != null) {
            element("day", String.format("%02d", issue.publishedOn.getDayOfMonth()));
            element("month", String.format("%02d", issue.publishedOn.getMonthValue()));
        }
        element("year", String.valueOf(issue.year));
        xml.writeEndElement();
        if (issue.volume != null) {
            element("volume", issue.volume);
        }
        if (issue.number != null) {
            element("issue", issue.number);
        }
        if (article.firstPage != null) {
            element("fpage", article.firstPage);
            if (article.lastPage != null) {
                element("lpage", article.lastPage);
            }
        }
        abstracts(content.abstracts(), article.language);
        for (ArticleAbstract summary : content.abstracts()) {
            if (!summary.keywords.isEmpty()) {
                xml.writeStartElement("kwd-group");
                lang(summary.language);
                for (String keyword : summary.keywords) {
                    element("kwd", keyword);
                }
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
    }

    private void contributor(Author author, String language) throws XMLStreamException {
        xml.writeStartElement("contrib");
        xml.writeAttribute("contrib-type", "author");
        if (author.latinName() != null && !author.latinName().equals(author.name())) {
            xml.writeStartElement("name-alternatives");
            stringName(author.name(), language);
            stringName(author.latinName(), "en");
            xml.writeEndElement();
        } else {
            stringName(author.name(), null);
        }
        xml.writeEndElement();
    }

    private void stringName(String name, String language) throws XMLStreamException {
        xml.writeStartElement("string-name");
        if (language != null) {
            lang(language);
        }
        xml.writeCharacters(XmlText.clean(name));
        xml.writeEndElement();
    }

    /** The abstract in the article's language first (or the first one), the others as translations. */
    private void abstracts(List<ArticleAbstract> abstracts, String language) throws XMLStreamException {
        ArticleAbstract main = abstracts.stream().filter(summary -> summary.language.equals(language)).findFirst()
                .orElse(abstracts.isEmpty() ? null : abstracts.get(0));
        if (main != null) {
            summary("abstract", main);
        }
        for (ArticleAbstract summary : abstracts) {
            if (summary != main) {
                summary("trans-abstract", summary);
            }
        }
    }

    private void summary(String element, ArticleAbstract summary) throws XMLStreamException {
        xml.writeStartElement(element);
        lang(summary.language);
        if (summary.title != null) {
            element("title", summary.title);
        }
        paragraphs(summary.text);
        xml.writeEndElement();
    }

    /** Sections nest by level; a section continued across a page break is one {@code sec}. */
    private void body(List<Section> sections, List<Footnote> footnotes) throws XMLStreamException {
        Map<UUID, Map<String, String>> markersByPage = markers(footnotes);
        if (sections.isEmpty()) {
            return;
        }
        xml.writeStartElement("body");
        List<Integer> open = new ArrayList<>();
        for (Section section : sections) {
            Map<String, String> markers = section.page == null ? Map.of()
                    : markersByPage.getOrDefault(section.page.id, Map.of());
            if (section.continuesPrevious && !open.isEmpty()) {
                paragraphs(section.text, markers);
                continue;
            }
            int level = section.level;
            while (!open.isEmpty() && open.get(open.size() - 1) >= level) {
                xml.writeEndElement();
                open.remove(open.size() - 1);
            }
            xml.writeStartElement("sec");
            xml.writeAttribute("id", "sec-" + section.ordinal);
            open.add(level);
            if (section.heading != null && !section.heading.isBlank()) {
                element("title", section.heading);
            }
            paragraphs(section.text, markers);
        }
        for (int i = 0; i < open.size(); i++) {
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /**
     * The footnotes, then the works they cite: each footnote with parsed citations is a reference
     * whose mixed citation is the note's text, its URLs as links.
     */
    private void back(List<Footnote> footnotes) throws XMLStreamException {
        if (footnotes.isEmpty()) {
            return;
        }
        xml.writeStartElement("back");
        xml.writeStartElement("fn-group");
        for (Footnote footnote : footnotes) {
            xml.writeStartElement("fn");
            xml.writeAttribute("id", "fn-" + footnote.ordinal);
            if (footnote.marker != null && !footnote.marker.isBlank()) {
                element("label", footnote.marker);
            }
            paragraphs(footnote.text);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        List<Footnote> citing = footnotes.stream().filter(footnote -> !footnote.citations.isEmpty()).toList();
        if (!citing.isEmpty()) {
            xml.writeStartElement("ref-list");
            for (Footnote footnote : citing) {
                xml.writeStartElement("ref");
                xml.writeAttribute("id", "ref-" + footnote.ordinal);
                xml.writeStartElement("mixed-citation");
                citation(footnote);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** The note's text with each URL its citations name as an {@code ext-link}; URLs the text lacks follow it. */
    private void citation(Footnote footnote) throws XMLStreamException {
        String text = XmlText.clean(footnote.text.strip());
        List<String> urls = footnote.citations.stream().flatMap(citation -> citation.urls().stream()).map(CitedUrl::url)
                .distinct().toList();
        int at = 0;
        List<String> missing = new ArrayList<>();
        for (String url : urls) {
            int found = text.indexOf(url, at);
            if (found < 0) {
                missing.add(url);
                continue;
            }
            xml.writeCharacters(text.substring(at, found));
            link(url);
            at = found + url.length();
        }
        xml.writeCharacters(text.substring(at));
        for (String url : missing) {
            xml.writeCharacters(" ");
            link(url);
        }
    }

    private void link(String url) throws XMLStreamException {
        xml.writeStartElement("ext-link");
        xml.writeAttribute("ext-link-type", "uri");
        xml.writeAttribute("xlink", XLINK, "href", XmlText.clean(url));
        xml.writeCharacters(XmlText.clean(url));
        xml.writeEndElement();
    }

    /** For each page, the footnotes' printed markers (circled numbers, which OCR keeps recognisable) and their ids. */
    private static Map<UUID, Map<String, String>> markers(List<Footnote> footnotes) {
        Map<UUID, Map<String, String>> markers = new HashMap<>();
        for (Footnote footnote : footnotes) {
            if (footnote.page != null && footnote.marker != null && CIRCLED_NUMBER.matcher(footnote.marker).matches()) {
                markers.computeIfAbsent(footnote.page.id, page -> new HashMap<>()).putIfAbsent(footnote.marker,
                        "fn-" + footnote.ordinal);
            }
        }
        return markers;
    }

    /** Blank lines part paragraphs; a block with no text still gets its (empty) paragraph. */
    private void paragraphs(String text) throws XMLStreamException {
        paragraphs(text, Map.of());
    }

    /** Paragraphs where each footnote marker of the page, where it stands in the text, links to its note. */
    private void paragraphs(String text, Map<String, String> markers) throws XMLStreamException {
        for (String paragraph : PARAGRAPH_BREAK.split(text.strip())) {
            xml.writeStartElement("p");
            String clean = XmlText.clean(paragraph.strip());
            int start = 0;
            for (int i = 0; i < clean.length(); i++) {
                String note = markers.get(String.valueOf(clean.charAt(i)));
                if (note != null) {
                    xml.writeCharacters(clean.substring(start, i));
                    xml.writeStartElement("xref");
                    xml.writeAttribute("ref-type", "fn");
                    xml.writeAttribute("rid", note);
                    xml.writeCharacters(String.valueOf(clean.charAt(i)));
                    xml.writeEndElement();
                    start = i + 1;
                }
            }
            xml.writeCharacters(clean.substring(start));
            xml.writeEndElement();
        }
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    private void lang(String language) throws XMLStreamException {
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
    }
}
