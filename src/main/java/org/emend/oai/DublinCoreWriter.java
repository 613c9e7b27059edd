package org.emend.oai;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.emend.abstracts.ArticleAbstract;
import org.emend.article.Article;
import org.emend.article.Author;
import org.emend.article.contents.ArticleContent;
import org.emend.issue.Issue;
import org.emend.journal.Journal;
import org.emend.xml.XmlText;

/** An article as simple Dublin Core ({@code oai_dc}), the format every OAI-PMH harvester reads. */
final class DublinCoreWriter {

    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    private final XMLStreamWriter xml;

    DublinCoreWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    void write(ArticleContent content, String articleUrl) throws XMLStreamException {
        Article article = content.article();
        Issue issue = content.issue();
        Journal journal = content.journal();
        xml.writeStartElement("oai_dc", "dc", OAI_DC);
        xml.writeNamespace("oai_dc", OAI_DC);
        xml.writeNamespace("dc", DC);
        xml.writeNamespace("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
        xml.writeAttribute("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation", OAI_DC + " " + OAI_DC_SCHEMA);
        element("title", article.title, article.language);
        if (article.englishTitle != null) {
            element("title", article.englishTitle, "en");
        }
        for (Author author : article.authors) {
            element("creator", author.latinName() == null ? author.name() : author.name() + " (" + author.latinName() + ")",
                    null);
        }
        for (ArticleAbstract summary : content.abstracts()) {
            for (String keyword : summary.keywords) {
                element("subject", keyword, summary.language);
            }
        }
        for (ArticleAbstract summary : content.abstracts()) {
            element("description", summary.text, summary.language);
        }
        if (journal.publisher != null) {
            element("publisher", journal.publisher, null);
        }
        element("date", issue.publishedOn != null ? issue.publishedOn.toString() : String.valueOf(issue.year), null);
        element("type", "Text", null);
        element("type", "info:eu-repo/semantics/article", null);
        element("format", "text/xml", null);
        element("identifier", articleUrl, null);
        element("source", source(journal, issue, article), null);
        if (journal.issn != null) {
            element("source", "ISSN " + journal.issn, null);
        }
        element("language", article.language, null);
        xml.writeEndElement();
    }

    /** The citation of where the article appeared: journal, year, volume, number and pages. */
    private static String source(Journal journal, Issue issue, Article article) {
        StringBuilder source = new StringBuilder(journal.title).append(", ").append(issue.year);
        if (issue.volume != null) {
            source.append(", vol. ").append(issue.volume);
        }
        if (issue.number != null) {
            source.append(", no. ").append(issue.number);
        }
        if (article.firstPage != null) {
            source.append(", pp. ").append(article.firstPage);
            if (article.lastPage != null) {
                source.append('-').append(article.lastPage);
            }
        }
        return source.toString();
    }

    private void element(String name, String text, String language) throws XMLStreamException {
        xml.writeStartElement("dc", name, DC);
        if (language != null) {
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
        }
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }
}
