package org.emend.ocr.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import org.emend.ocr.text.RejectedInput.Reason;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Reads an OCR text dump as characters, changing nothing: UTF-8 unless a charset is given,
 * a byte-order mark says otherwise, or the bytes are not UTF-8 and a detector recognises
 * another encoding (GB18030 and GBK are common in Chinese sources). Binary files and bytes
 * that the charset cannot decode are refused, never replaced.
 */
public final class TextDecoder {

    /** Controls other than tab, line breaks and form feed: in text they mean a binary file. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes, String requestedCharset) {
        if (bytes.length == 0) {
            throw new RejectedInput(Reason.EMPTY, "The file is empty");
        }
        refuseKnownBinaryFormats(bytes);
        DecodedText decoded = requestedCharset == null || requestedCharset.isBlank()
                ? detectAndDecode(bytes)
                : new DecodedText(strictlyDecode(bytes, charsetNamed(requestedCharset)), charsetNamed(requestedCharset),
                        false);
        refuseControlCharacters(decoded.text());
        if (decoded.text().isBlank()) {
            throw new RejectedInput(Reason.EMPTY, "The file holds only white space");
        }
        return decoded;
    }

    private static DecodedText detectAndDecode(byte[] bytes) {
        Charset byMark = byteOrderMark(bytes);
        if (byMark != null) {
            return new DecodedText(strictlyDecode(bytes, byMark), byMark, true);
        }
        if (containsNul(bytes)) {
            throw new RejectedInput(Reason.BINARY, "The file contains NUL bytes: it is binary, not text");
        }
        try {
            return new DecodedText(decodeOrThrow(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException notUtf8) {
            UniversalDetector detector = new UniversalDetector();
            detector.handleData(bytes, 0, bytes.length);
            detector.dataEnd();
            String detected = detector.getDetectedCharset();
            if (detected == null || !Charset.isSupported(detected)) {
                throw new RejectedInput(Reason.UNDECODABLE, "The file is not UTF-8 (" + describe(notUtf8)
                        + ") and its encoding could not be recognised; give it as charset, e.g. GB18030");
            }
            Charset charset = widen(Charset.forName(detected));
            return new DecodedText(strictlyDecode(bytes, charset), charset, true);
        }
    }

    /** GB2312 and GBK are subsets of GB18030: decoding with the superset loses nothing. */
    private static Charset widen(Charset charset) {
        String name = charset.name().toUpperCase();
        return name.equals("GB2312") || name.equals("GBK") || name.equals("EUC-CN") ? Charset.forName("GB18030") : charset;
    }

    private static String strictlyDecode(byte[] bytes, Charset charset) {
        try {
            return decodeOrThrow(bytes, charset);
        } catch (CharacterCodingException e) {
            throw new RejectedInput(Reason.UNDECODABLE, "The file is not valid " + charset.name() + " (" + describe(e) + ")");
        }
    }

    private static String decodeOrThrow(byte[] bytes, Charset charset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        try {
            CharBuffer chars = decoder.decode(input);
            return chars.toString();
        } catch (MalformedInputException e) {
            throw new PositionedCodingException(input.position(), e);
        }
    }

    private static String describe(CharacterCodingException e) {
        return e instanceof PositionedCodingException positioned
                ? "undecodable bytes near byte " + positioned.position
                : "undecodable bytes";
    }

    /** A decoding failure that remembers where the decoder stopped. */
    private static final class PositionedCodingException extends CharacterCodingException {
        private final int position;

        PositionedCodingException(int position, Throwable cause) {
            this.position = position;
            initCause(cause);
        }
    }

    private static Charset charsetNamed(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new RejectedInput(Reason.UNDECODABLE, "Unknown charset " + name.strip());
        }
    }

    private static Charset byteOrderMark(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        // The endian-specific charsets keep the mark as U+FEFF, so encoding the text again
        // gives back the very same bytes.
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static void refuseKnownBinaryFormats(byte[] bytes) {
        if (startsWith(bytes, "%PDF")) {
            throw new RejectedInput(Reason.BINARY,
                    "This is a PDF, not an OCR text dump: the importer takes it as a PDF");
        }
        if (startsWith(bytes, "PK\u0003\u0004") || startsWith(bytes, "\u0089PNG") || startsWith(bytes, "GIF8")
                || (bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8)) {
            throw new RejectedInput(Reason.BINARY, "This is an archive or an image, not an OCR text dump");
        }
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((bytes[i] & 0xFF) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static void refuseControlCharacters(String text) {
        long controls = text.chars()
                .filter(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c < 0xA0))
                .count();
        if (controls > Math.max(2, text.length() * MAX_CONTROL_SHARE)) {
            throw new RejectedInput(Reason.BINARY, "The file is full of control characters: it is binary, not text");
        }
    }
}
