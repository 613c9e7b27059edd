package org.emend.ocr.lines;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads ALTO (versions 2 to 4, as Transkribus, eScriptorium and ABBYY export it) into hOCR, the
 * form Emend keeps OCR runs in: each text line with its box, each word ({@code String}) with its
 * box and confidence ({@code WC}, 0 to 1, as hOCR's {@code x_wconf}, 0 to 100), the page's size and
 * the software that read it. The elements are matched by local name, whatever the version's
 * namespace; coordinates stay in the file's unit (pixels, or tenths of a millimetre), as only
 * their proportions matter.
 */
public final class Alto {

    private Alto() {
    }

    public static String toHocr(String alto) {
        Document document = parse(alto);
        Element page = first(document.getDocumentElement(), "Page");
        if (page == null) {
            throw new IllegalArgumentException("Not ALTO: no Page element");
        }
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("html");
            xml.writeDefaultNamespace("http://www.w3.org/1999/xhtml");
            xml.writeStartElement("head");
            xml.writeEmptyElement("meta");
            xml.writeAttribute("name", "ocr-system");
            xml.writeAttribute("content", software(document));
            xml.writeEndElement();
            xml.writeStartElement("body");
            xml.writeStartElement("div");
            xml.writeAttribute("class", "ocr_page");
            xml.writeAttribute("title", "bbox 0 0 " + number(page, "WIDTH") + " " + number(page, "HEIGHT"));
            for (Element block : all(page, "TextBlock")) {
                xml.writeStartElement("p");
                xml.writeAttribute("class", "ocr_par");
                for (Element line : all(block, "TextLine")) {
                    xml.writeStartElement("span");
                    xml.writeAttribute("class", "ocr_line");
                    xml.writeAttribute("title", box(line));
                    for (Element word : all(line, "String")) {
                        xml.writeStartElement("span");
                        xml.writeAttribute("class", "ocrx_word");
                        String confidence = word.getAttribute("WC");
                        xml.writeAttribute("title", box(word) + (confidence.isEmpty() ? ""
                                : String.format(Locale.ROOT, "; x_wconf %.0f", Double.parseDouble(confidence) * 100)));
                        xml.writeCharacters(word.getAttribute("CONTENT"));
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException | NumberFormatException e) {
            throw new IllegalArgumentException("Not ALTO: " + e.getMessage(), e);
        }
    }

    private static String software(Document document) {
        Element name = first(document.getDocumentElement(), "softwareName");
        Element version = first(document.getDocumentElement(), "softwareVersion");
        String software = name == null ? "unknown" : name.getTextContent().strip().replace(' ', '-');
        return version == null ? software : software + " " + version.getTextContent().strip();
    }

    private static String box(Element element) {
        long left = number(element, "HPOS");
        long top = number(element, "VPOS");
        return "bbox " + left + " " + top + " " + (left + number(element, "WIDTH")) + " " + (top + number(element, "HEIGHT"));
    }

    /** A coordinate: ALTO allows decimals (tenths of a millimetre, say); kept to the unit. */
    private static long number(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        return value.isEmpty() ? 0 : Math.round(Double.parseDouble(value));
    }

    private static Element first(Element root, String name) {
        List<Element> found = all(root, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> all(Element root, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS("*", name);
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("Not ALTO: " + e.getMessage(), e);
        }
    }
}
