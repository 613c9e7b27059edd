package org.emend.ocr.text;

import java.nio.charset.Charset;

/** Input decoded exactly as read, and the charset it was read with (given or detected). */
public record DecodedText(String text, Charset charset, boolean charsetDetected) {
}
