package org.emend.ocr.lines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HocrTest {

    private static final String HOCR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml"><body>
             <div class='ocr_page' title='image "page.png"; bbox 0 0 2480 3508; ppageno 0'>
              <p class='ocr_par'>
               <span class='ocr_line' title="bbox 300 400 1300 450; x_size 47">
                <span class='ocrx_word' title='bbox 300 400 400 450; x_wconf 90'>载</span>
                <span class='ocrx_word' title='bbox 410 400 600 450; x_wconf 80'>2024</span>
                <span class='ocrx_word' title='bbox 610 400 700 450; x_wconf 70'>年第</span>
                <span class='ocrx_word' title='bbox 710 400 760 450; x_wconf 60'>2</span>
                <span class='ocrx_word' title='bbox 770 400 820 450; x_wconf 100'>期</span>
                <span class='ocrx_word' title='bbox 830 400 900 450; x_wconf 100'>GDP</span>
               </span>
               <span class='ocr_line' title="bbox 300 470 1300 520">
                <span class='ocrx_word' title='bbox 300 470 500 520; x_wconf 95'>Critical</span>
                <span class='ocrx_word' title='bbox 510 470 800 520; x_wconf 85'>Materials</span>
               </span>
              </p>
             </div></body></html>""";

    @Test
    void shouldSetChineseSolidAndKeepLatinWordsApart() {
        Hocr.Page page = Hocr.read(HOCR);
        assertThat(page.lines()).extracting(OcrLine::text).containsExactly("载2024年第2期 GDP", "Critical Materials");
        assertThat(page.text()).isEqualTo("载2024年第2期 GDP\nCritical Materials");
    }

    @Test
    void shouldKeepBoxesConfidencesAndThePageSize() {
        Hocr.Page page = Hocr.read(HOCR);
        assertThat(page.width()).isEqualTo(2480);
        assertThat(page.height()).isEqualTo(3508);
        OcrLine first = page.lines().get(0);
        assertThat(new int[] { first.left(), first.top(), first.right(), first.bottom() }).containsExactly(300, 400, 1300, 450);
        assertThat(first.confidence()).isEqualTo(500.0 / 6);
        assertThat(page.meanConfidence()).isEqualTo(680.0 / 8);
    }

    @Test
    void shouldRefuseWhatIsNotXml() {
        assertThatThrownBy(() -> Hocr.read("<html><p class='ocr_par'>")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not hOCR");
    }
}
