package org.emend.ocr.lines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AltoTest {

    /** ALTO 2 as ABBYY writes it: its own namespace, coordinates in tenths of a millimetre with decimals. */
    private static final String ALTO_2 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <alto xmlns="http://www.loc.gov/standards/alto/ns-v2#">
              <Description><MeasurementUnit>mm10</MeasurementUnit>
                <OCRProcessing><ocrProcessingStep><processingSoftware>
                  <softwareName>ABBYY FineReader</softwareName><softwareVersion>15.0</softwareVersion>
                </processingSoftware></ocrProcessingStep></OCRProcessing></Description>
              <Layout><Page WIDTH="2100" HEIGHT="2970.5">
                <PrintSpace><TextBlock>
                  <TextLine HPOS="250" VPOS="400.4" WIDTH="1600" HEIGHT="45">
                    <String HPOS="250" VPOS="400.4" WIDTH="300" HEIGHT="45" CONTENT="关键矿产" WC="0.91"/>
                    <SP/>
                    <String HPOS="560" VPOS="400.4" WIDTH="300" HEIGHT="45" CONTENT="Critical" WC="0.5"/>
                    <String HPOS="870" VPOS="400.4" WIDTH="300" HEIGHT="45" CONTENT="Minerals"/>
                  </TextLine>
                </TextBlock></PrintSpace>
              </Page></Layout>
            </alto>""";

    @Test
    void shouldKeepLinesWordsBoxesConfidencesAndTheSoftware() {
        Hocr.Page page = Hocr.read(Alto.toHocr(ALTO_2));
        assertThat(page.width()).isEqualTo(2100);
        assertThat(page.height()).isEqualTo(2971);
        assertThat(page.system()).isEqualTo("ABBYY-FineReader 15.0");
        OcrLine line = page.lines().get(0);
        assertThat(line.text()).isEqualTo("关键矿产 Critical Minerals");
        assertThat(new int[] { line.left(), line.top(), line.right(), line.bottom() }).containsExactly(250, 400, 1850, 445);
        // The word without a confidence does not count
        assertThat(line.confidence()).isEqualTo(70.5);
    }

    @Test
    void shouldRefuseWhatIsNotAltoAndNeverReadADoctype() {
        assertThatThrownBy(() -> Alto.toHocr("<alto><Layout/></alto>")).hasMessageContaining("no Page");
        assertThatThrownBy(() -> Alto.toHocr("""
                <?xml version="1.0"?><!DOCTYPE alto [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <alto><Layout><Page WIDTH="1" HEIGHT="1"/></Layout></alto>""")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Alto.toHocr("not xml")).hasMessageStartingWith("Not ALTO");
    }
}
