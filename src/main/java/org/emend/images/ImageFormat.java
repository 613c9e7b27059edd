package org.emend.images;

/** The scan formats taken, told by their first bytes (the declared media type is not trusted). */
enum ImageFormat {
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpeg"),
    TIFF("image/tiff", "tiff");

    final String mediaType;
    final String readerName;

    ImageFormat(String mediaType, String readerName) {
        this.mediaType = mediaType;
        this.readerName = readerName;
    }

    static ImageFormat of(byte[] bytes) {
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return PNG;
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (bytes.length >= 4 && ((bytes[0] == 'I' && bytes[1] == 'I' && bytes[2] == 42 && bytes[3] == 0)
                || (bytes[0] == 'M' && bytes[1] == 'M' && bytes[2] == 0 && bytes[3] == 42))) {
            return TIFF;
        }
        return null;
    }
}
