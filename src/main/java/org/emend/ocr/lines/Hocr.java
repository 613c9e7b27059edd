package org.emend.ocr.lines;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads hOCR (the XHTML Tesseract, OCRopus and others write): the lines, each with its box and its
 * words' mean confidence, and the text, paragraphs apart by a blank line. Chinese is set solid,
 * with the digits and marks beside it; Latin words are joined with a space.
 */
public final class Hocr {

    private static final Pattern BOX = Pattern.compile("bbox (\\d+) (\\d+) (\\d+) (\\d+)");
    private static final Pattern CONFIDENCE = Pattern.compile("x_wconf (\\d+(?:\\.\\d+)?)");

    /**
     * What a page's hOCR says; its size in pixels (0 when the hOCR does not say), and the OCR
     * system that wrote it, as its {@code ocr-system} meta names it ({@code null} when it does not).
     */
    public record Page(String text, List<OcrLine> lines, Double meanConfidence, int width, int height, String system) {
    }

    private Hocr() {
    }

    public static Page read(String hocr) {
        Document document = parse(hocr);
        List<OcrLine> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double confidenceSum = 0;
        int words = 0;
        NodeList paragraphs = document.getElementsByTagName("p");
        for (int p = 0; p < paragraphs.getLength(); p++) {
            Element paragraph = (Element) paragraphs.item(p);
            if (!hasClass(paragraph, "ocr_par")) {
                continue;
            }
            List<String> paragraphLines = new ArrayList<>();
            for (Element line : descendants(paragraph, "ocr_line", "ocr_caption", "ocr_header", "ocr_textfloat")) {
                Matcher box = BOX.matcher(line.getAttribute("title"));
                int[] b = box.find() ? new int[] { Integer.parseInt(box.group(1)), Integer.parseInt(box.group(2)),
                        Integer.parseInt(box.group(3)), Integer.parseInt(box.group(4)) } : new int[4];
                StringBuilder lineText = new StringBuilder();
                double lineSum = 0;
                int lineWords = 0;
                for (Element word : descendants(line, "ocrx_word")) {
                    String content = word.getTextContent().strip();
                    if (content.isEmpty()) {
                        continue;
                    }
                    if (!lineText.isEmpty() && spaced(lineText.codePointBefore(lineText.length()), content.codePointAt(0))) {
                        lineText.append(' ');
                    }
                    lineText.append(content);
                    Matcher confidence = CONFIDENCE.matcher(word.getAttribute("title"));
                    if (confidence.find()) {
                        lineSum += Double.parseDouble(confidence.group(1));
                        lineWords++;
                    }
                }
                if (lineText.isEmpty()) {
                    continue;
                }
                lines.add(
                        new OcrLine(lineText.toString(), b[0], b[1], b[2], b[3], lineWords == 0 ? null : lineSum / lineWords));
                paragraphLines.add(lineText.toString());
                confidenceSum += lineSum;
                words += lineWords;
            }
            if (!paragraphLines.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(String.join("\n", paragraphLines));
            }
        }
        int[] size = { 0, 0 };
        for (Element page : descendants(document.getDocumentElement(), "ocr_page")) {
            Matcher box = BOX.matcher(page.getAttribute("title"));
            if (box.find()) {
                size = new int[] { Integer.parseInt(box.group(3)), Integer.parseInt(box.group(4)) };
            }
        }
        String system = null;
        NodeList metas = document.getElementsByTagName("meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if (meta.getAttribute("name").equals("ocr-system")) {
                system = meta.getAttribute("content").strip();
            }
        }
        return new Page(text.toString(), lines, words == 0 ? null : confidenceSum / words, size[0], size[1], system);
    }

    /**
     * Whether a space stands between two words. Tesseract cuts Chinese into words that are set
     * solid on the page, digits and marks beside them too ({@code 2024年第2期}); the gaps between
     * its glyphs are as wide as a space, so they cannot tell. A Latin word keeps its space.
     */
    private static boolean spaced(int before, int after) {
        if (han(before) && han(after)) {
            return false;
        }
        if (han(before) || han(after)) {
            return Character.isLetter(han(before) ? after : before);
        }
        return true;
    }

    private static boolean han(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }

    private static boolean hasClass(Element element, String name) {
        for (String value : element.getAttribute("class").split("\\s+")) {
            if (value.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> descendants(Element root, String... classes) {
        List<Element> found = new ArrayList<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Node node = all.item(i);
            if (node instanceof Element element) {
                for (String name : classes) {
                    if (hasClass(element, name)) {
                        found.add(element);
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static Document parse(String hocr) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // hOCR names the XHTML DTD: never fetched, no entity expanded
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new InputSource(new StringReader(hocr)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("Not hOCR: " + e.getMessage(), e);
        }
    }
}
