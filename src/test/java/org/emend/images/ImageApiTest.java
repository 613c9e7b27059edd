package org.emend.images;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ImageApiTest {

    @Inject
    TestDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(10, 10, width / 2, height / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    @Test
    void shouldStoreAScanAndServeItWithCachingHeaders() throws IOException {
        String page = Api.page(Api.newArticle(), "p. 79");
        byte[] png = image("png", 300, 400);

        given().contentType("image/png").body(png).put("/api/v1/pages/" + page + "/image").then().statusCode(200)
                .body("mediaType", equalTo("image/png")).body("width", equalTo(300)).body("height", equalTo(400))
                .body("byteSize", equalTo(png.length));

        var response = given().get("/api/v1/pages/" + page + "/image").then().statusCode(200)
                .contentType("image/png")
                .header("Cache-Control", containsString("private"))
                .header("Cache-Control", containsString("max-age=3600"))
                .extract();
        assertThat(response.asByteArray()).isEqualTo(png);
        String etag = response.header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/pages/" + page + "/image").then().statusCode(304);

        given().delete("/api/v1/pages/" + page + "/image").then().statusCode(204);
        given().get("/api/v1/pages/" + page + "/image").then().statusCode(404);
    }

    @Test
    void shouldShowATiffAsPngAndKeepTheOriginal() throws IOException {
        String page = Api.page(Api.newArticle(), "p. 80");
        byte[] tiff = image("tiff", 200, 100);
        given().contentType("image/tiff").body(tiff).put("/api/v1/pages/" + page + "/image").then().statusCode(200);
        given().get("/api/v1/pages/" + page + "/image").then().statusCode(200).contentType("image/png");
        assertThat(given().get("/api/v1/pages/" + page + "/image?original=true").then().contentType("image/tiff")
                .extract().asByteArray()).isEqualTo(tiff);
    }

    @Test
    void shouldRefuseWhatIsNotAnImageOrTooLargeAndStoreNothing() throws IOException {
        String page = Api.page(Api.newArticle(), "p. 81");
        given().contentType("image/png").body("not an image at all".getBytes())
                .put("/api/v1/pages/" + page + "/image").then().statusCode(415).contentType(PROBLEM_JSON);
        given().contentType("image/png").body(new byte[17 * 1024 * 1024])
                .put("/api/v1/pages/" + page + "/image").then().statusCode(413).contentType(PROBLEM_JSON);
        given().contentType("image/png").body(image("png", 10, 10))
                .put("/api/v1/pages/00000000-0000-7000-8000-000000000000/image").then().statusCode(404);
        assertThat(database.count("page_image")).isZero();
    }

    @Test
    void shouldRefuseAnImageThatDeclaresTooManyPixelsBeforeDecodingIt() throws IOException {
        String page = Api.page(Api.newArticle(), "p. 82");
        // A few bytes of PNG whose header declares 60000 × 60000 pixels (3.6 billion)
        byte[] bomb = image("png", 1, 1);
        ByteBuffer header = ByteBuffer.wrap(bomb);
        header.putInt(16, 60_000).putInt(20, 60_000);
        CRC32 crc = new CRC32();
        crc.update(bomb, 12, 17);
        header.putInt(29, (int) crc.getValue());

        given().contentType("image/png").body(bomb).put("/api/v1/pages/" + page + "/image").then().statusCode(413)
                .contentType(PROBLEM_JSON).body("detail", containsString("60000 × 60000"));
        // A damaged file is a clear 422, not a 500
        byte[] damaged = image("tiff", 50, 50);
        java.util.Arrays.fill(damaged, 8, damaged.length, (byte) 0x5a);
        given().contentType("image/tiff").body(damaged).put("/api/v1/pages/" + page + "/image").then()
                .statusCode(org.hamcrest.Matchers.oneOf(415, 422)).contentType(PROBLEM_JSON);
        assertThat(database.count("page_image")).isZero();
    }

    @Test
    void shouldStoreSeveralScansByPrintedPageNumber() throws IOException {
        String article = Api.newArticle();
        String p79 = Api.create("/api/v1/articles/" + article + "/pages", Map.of("ocrOriginal", "a", "printedNumber", "79"));
        String p80 = Api.create("/api/v1/articles/" + article + "/pages", Map.of("ocrOriginal", "b", "printedNumber", "80"));

        given().multiPart("file", "079.png", image("png", 20, 20), "image/png")
                .multiPart("file", "080.jpg", image("jpeg", 20, 20), "image/jpeg")
                .post("/api/v1/articles/" + article + "/images").then().statusCode(200)
                .body("", hasSize(2));

        given().get("/api/v1/pages/" + p79 + "/image").then().statusCode(200).contentType("image/png");
        given().get("/api/v1/pages/" + p80 + "/image").then().statusCode(200).contentType("image/jpeg");
    }
}
