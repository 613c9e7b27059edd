package org.emend.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.anonymous;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.emend.testing.Browser;
import org.emend.testing.Samples;
import org.emend.testing.Sessions;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The console driven end to end in a real headless Chromium, on the imported sample. */
@QuarkusTest
class ConsoleBrowserTest {

    private static final String CLEAN = "美国关键矿产安全联盟的形成与影响";

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestDatabase database;

    private String issueId;
    private String articleId;
    private final List<Browser> browsers = new java.util.ArrayList<>();

    @BeforeEach
    void importTheSample() {
        database.clear();
        JsonPath imported = given().contentType("text/plain; charset=UTF-8").body(Samples.criticalMinerals())
                .post("/api/v1/imports?journal=国际问题研究&year=2024&issue=6").then().statusCode(201)
                .extract().jsonPath();
        issueId = imported.getString("issueId");
        articleId = imported.getString("articleIds[0]");
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    private Browser browser() {
        Browser browser = Browser.open(base.toString());
        browsers.add(browser);
        return browser;
    }

    private Browser admin() {
        return browser().signIn(Sessions.ADMIN, Sessions.ADMIN_PASSWORD);
    }

    /** The page editor of the most garbled block, from the dashboard's worklist; returns the block's anchor. */
    private String openMostGarbledBlock(Browser browser) {
        browser.go("/console");
        WebElement first = browser.find("table.worklist tbody tr td a");
        String href = first.getAttribute("href");
        browser.loadingNextPage(first::click);
        browser.await("#blocks");
        return href.substring(href.indexOf('#') + 1);
    }

    private static int garble(Browser browser, String anchor) {
        return Integer.parseInt(browser.text("#" + anchor + " header .garble"));
    }

    private static String index(Browser browser, String anchor) {
        return browser.find("#" + anchor).getAttribute("data-index");
    }

    @Test
    void shouldSendASignedOutVisitorToSignIn() {
        Browser browser = browser();
        browser.go("/console/articles/" + articleId);
        assertThat(browser.path()).startsWith("/console/login");
        browser.screenshot("sign-in");

        browser.type("#username", Sessions.ADMIN);
        browser.type("#password", "wrong password");
        browser.clickThrough("form button[type=submit]");
        assertThat(browser.await("p.error").getText()).contains("not right");
    }

    /** An editor publishes an issue from its page: readers without a token then see its article. */
    @Test
    void shouldPublishAnIssueAndItsArticlesFromTheIssuesPage() {
        anonymous().get("/api/v1/articles").then().body("items", empty());
        Browser browser = admin();
        browser.go("/console/issues/" + issueId);
        assertThat(browser.text("#publication")).contains("Not published");

        browser.clickThrough("#publish-issue");

        assertThat(browser.awaitText("#note")).startsWith("Published: the issue is dated ")
                .contains("1 article(s) published now").contains("known only from their abstracts left as drafts");
        assertThat(browser.text("#publication")).startsWith("Dated ");
        assertThat(database.queryString("SELECT status FROM article WHERE id = '%s'".formatted(articleId)))
                .isEqualTo("published");
        anonymous().get("/api/v1/articles").then().body("items.id", contains(articleId));
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void shouldCorrectTheMostGarbledBlockAndShowItsScoreDrop() {
        Browser browser = admin();
        assertThat(browser.text("h1")).isEqualTo("Dashboard");
        assertThat(browser.all("table.worklist tbody tr")).hasSizeGreaterThan(5);
        assertThat(browser.text("#journals-heading + article h3")).contains("国际问题研究");
        browser.screenshot("dashboard");

        String anchor = openMostGarbledBlock(browser);
        int before = garble(browser, anchor);
        assertThat(browser.find("#" + anchor + " .status").getText()).isEqualTo("raw");
        browser.screenshot("page-editor");
        String i = index(browser, anchor);
        browser.type("#text-" + i, CLEAN);
        assertThat(browser.clickAndAwaitMessage("#" + anchor + " button[value=save-block-" + i + "]"))
                .isEqualTo("Saved 1 block.");
        assertThat(garble(browser, anchor)).isLessThan(before);
        assertThat(browser.find("#" + anchor + " .status").getText()).isEqualTo("corrected");
        assertThat(browser.find("#text-" + i).getAttribute("value")).isEqualTo(CLEAN);
    }

    @Test
    void shouldShowHistoryWithDiffsAndRevert() {
        Browser browser = admin();
        String anchor = openMostGarbledBlock(browser);
        String i = index(browser, anchor);
        browser.type("#text-" + i, "第一稿");
        browser.clickAndAwaitMessage("#" + anchor + " button[value=save-block-" + i + "]");
        browser.type("#text-" + i, "第二稿");
        browser.type("#comment-" + i, "second thoughts");
        browser.clickAndAwaitMessage("#" + anchor + " button[value=save-block-" + i + "]");

        browser.clickThrough("#" + anchor + " header a[href*='/console/history/']");
        List<WebElement> revisions = browser.all("article.revision");
        assertThat(revisions).hasSize(2);
        // Newest first: the second save, its diff (Chinese compares character by character) and its comment
        assertThat(revisions.get(0).findElement(org.openqa.selenium.By.cssSelector(".diff")).getText()).isEqualTo("第一二稿");
        assertThat(revisions.get(0).findElement(org.openqa.selenium.By.cssSelector(".diff del")).getText()).isEqualTo("一");
        assertThat(revisions.get(0).findElement(org.openqa.selenium.By.cssSelector(".diff ins")).getText()).isEqualTo("二");
        assertThat(revisions.get(0).getText()).contains("second thoughts");
        browser.screenshot("history");

        browser.loadingNextPage(
                () -> revisions.get(1).findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click());
        assertThat(browser.awaitText("#note")).startsWith("Reverted");
        assertThat(browser.all("article.revision")).hasSize(3);
        assertThat(browser.all("article.revision").get(0).getText()).contains("reverts");

        browser.go("/console/articles/" + articleId + "/changes");
        assertThat(browser.all("article.revision")).hasSize(3);
        browser.go("/console/my-changes");
        assertThat(browser.all("article.revision")).hasSize(3);
        browser.screenshot("my-changes");
    }

    @Test
    void shouldLoseNothingWhenTwoEditorsSaveTheSameBlock() {
        database.editor("ana");
        database.editor("ben");
        Browser ana = browser().signIn("ana", "ana-secret-password");
        Browser ben = browser().signIn("ben", "ben-secret-password");
        String anchor = openMostGarbledBlock(ana);
        openMostGarbledBlock(ben);
        String i = index(ana, anchor);

        ana.type("#text-" + i, "安娜的修改");
        ana.clickAndAwaitMessage("#" + anchor + " button[value=save-block-" + i + "]");

        ben.type("#text-" + i, "本的修改");
        ben.click("#" + anchor + " button[value=save-block-" + i + "]");
        WebElement conflict = ben.await("#" + anchor + " .conflict");
        assertThat(conflict.getText()).contains("ana saved this block");
        assertThat(ben.text("#theirs-" + i)).isEqualTo("安娜的修改");
        assertThat(ben.find("#text-" + i).getAttribute("value")).isEqualTo("本的修改");
        assertThat(conflict.findElement(org.openqa.selenium.By.cssSelector(".diff")).getText()).contains("本的修改");
        ben.screenshot("conflict");

        // Take theirs puts Ana's text in the box; keep mine saves Ben's over it deliberately
        ben.click("[data-take-theirs='" + i + "']");
        assertThat(ben.find("#text-" + i).getAttribute("value")).isEqualTo("安娜的修改");
        ben.type("#text-" + i, "本的修改，合并了安娜的");
        assertThat(ben.clickAndAwaitMessage("#" + anchor + " button[value=save-block-" + i + "]"))
                .isEqualTo("Saved 1 block.");

        ben.clickThrough("#" + anchor + " header a[href*='/console/history/']");
        String history = ben.text("main");
        assertThat(history).contains("ana").contains("ben").contains("安娜的修改").contains("本的修改，合并了安娜的");
    }

    @Test
    void shouldFindPreviewApplyAndRevertAReplacement() {
        Browser browser = admin();
        browser.go("/console/replace");
        new org.openqa.selenium.support.ui.Select(browser.find("#scope")).selectByValue("issue:" + issueId);
        browser.type("#find", "Critical Minerals");
        browser.type("#replacement", "key minerals");
        browser.clickThrough("#preview");
        browser.await("#hits-heading");
        List<WebElement> hits = browser.all("ol.hits input[name=accept]");
        assertThat(hits).hasSizeGreaterThan(3);
        assertThat(browser.find("ol.hits li .diff del").getText()).isEqualToIgnoringCase("critical minerals");
        browser.screenshot("replace-preview");

        hits.get(0).click();
        browser.clickThrough("#apply");
        String note = browser.awaitText("#message");
        assertThat(note).startsWith("Replaced in");
        int changed = browser.all("article.revision").size();
        assertThat(changed).isPositive();
        browser.screenshot("changeset");
        String replaced = database.queryString("SELECT count(*) FROM revision WHERE changeset_id IS NOT NULL");
        assertThat(Integer.parseInt(replaced)).isEqualTo(changed);

        browser.clickThrough("#revert-changeset");
        assertThat(browser.awaitText("#message")).startsWith("Reverted in " + changed);
        assertThat(database
                .queryString("SELECT count(*) FROM section WHERE text LIKE '%关键矿物%' AND ocr_original NOT LIKE '%关键矿物%'"))
                .isEqualTo("0");
    }

    @Test
    void shouldExplainABadRegularExpression() {
        Browser browser = admin();
        browser.go("/console/replace?scope=article:" + articleId + "&find=%5B&regex=true");
        assertThat(browser.await("#replace-error").getText()).contains("not a valid regular expression");
        assertThat(browser.find("#find").getAttribute("value")).isEqualTo("[");
    }

    @Test
    void shouldUploadAScanAndShowIt() throws IOException {
        Browser browser = admin();
        openMostGarbledBlock(browser);
        assertThat(browser.find("#no-scan").getText()).contains("no scan");
        Path png = Files.createTempFile(Path.of("target"), "scan-", ".png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(600, 800,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", png.toFile());

        browser.find("#image").sendKeys(png.toAbsolutePath().toString());
        browser.clickThrough("form.upload button");
        assertThat(browser.awaitText("#message")).isEqualTo("The scan is stored.");
        WebElement scan = browser.await("#scan-image");
        Long width = (Long) browser.script("return arguments[0].naturalWidth", scan);
        assertThat(width).isEqualTo(600L);
        browser.click("[data-zoom-step='0.25']");
        assertThat(browser.find("#scan-page").getAttribute("style")).contains("scale(1.25)");
        browser.screenshot("page-editor-with-scan");
    }

    @Test
    void shouldRefuseAFormPostWithoutItsCsrfToken() throws Exception {
        Browser browser = admin();
        openMostGarbledBlock(browser);
        String page = browser.path().replaceAll("[?#].*", "");
        String session = browser.driver().manage().getCookieNamed(Sessions.SESSION_COOKIE).getValue();
        String csrf = browser.driver().manage().getCookieNamed("emend-csrf").getValue();
        String check = browser.driver().manage().getCookieNamed(Sessions.CHECK_COOKIE).getValue();
        String i = browser.find("article.block").getAttribute("data-index");
        String form = "kind-" + i + "=" + browser.find("[name=kind-" + i + "]").getAttribute("value")
                + "&id-" + i + "=" + browser.find("[name=id-" + i + "]").getAttribute("value")
                + "&version-" + i + "=" + browser.find("[name=version-" + i + "]").getAttribute("value")
                + "&digest-" + i + "=x&text-" + i + "=forged&action=save";
        var before = database.snapshot();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(base + page.substring(1)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", Sessions.SESSION_COOKIE + "=" + session + "; " + Sessions.CHECK_COOKIE + "=" + check
                                + "; emend-csrf=" + csrf)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        // A readable page that gives back what was typed
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("This page had expired").contains("forged");
        assertThat(database.snapshot()).isEqualTo(before);
    }

    @Test
    void shouldKeepWhatWasTypedWhenTheSessionHasExpired() {
        Browser browser = admin();
        String anchor = openMostGarbledBlock(browser);
        String i = index(browser, anchor);
        browser.type("#text-" + i, "会话过期前打的字");
        assertThat(browser.find("#" + anchor).getAttribute("class")).contains("changed");
        browser.driver().manage().deleteCookieNamed(Sessions.SESSION_COOKIE);
        browser.clickThrough("#save-all");

        browser.await("#username");
        assertThat(browser.path()).startsWith("/console/login");
        browser.type("#username", Sessions.ADMIN);
        browser.type("#password", Sessions.ADMIN_PASSWORD);
        browser.clickThrough("form button[type=submit]");
        browser.await("header.bar");
        if (!browser.path().startsWith("/console/pages/")) {
            openMostGarbledBlock(browser);
        }
        browser.await("#" + anchor + " .draft");
        assertThat(browser.find("#text-" + i).getAttribute("value")).isEqualTo("会话过期前打的字");
        browser.screenshot("draft-restored");
    }

    @Test
    void shouldInsertPaletteCharactersAndSaveWithTheKeyboard() {
        Browser browser = admin();
        String anchor = openMostGarbledBlock(browser);
        String i = index(browser, anchor);
        WebElement text = browser.find("#text-" + i);
        browser.type("#text-" + i, "见");
        browser.click("[data-insert='《']");
        text.sendKeys("国际问题研究");
        browser.click("[data-insert='》']");
        browser.click("[data-insert='①']");
        assertThat(text.getAttribute("value")).isEqualTo("见《国际问题研究》①");

        text.sendKeys(Keys.chord(Keys.CONTROL, "s"));
        assertThat(browser.awaitText("#message")).isEqualTo("Saved 1 block.");
        assertThat(browser.find("#text-" + i).getAttribute("value")).isEqualTo("见《国际问题研究》①");

        // Save and go to the next most garbled page
        String page = browser.path().replaceAll("[?#].*", "");
        browser.type("#text-" + i, "见《国际问题研究》②");
        browser.clickThrough("#save-next");
        browser.awaitLeaving(page);
        assertThat(browser.awaitText("#message")).isEqualTo("Saved 1 block.");
        assertThat(browser.path().replaceAll("[?#].*", "")).startsWith("/console/pages/").isNotEqualTo(page);
    }

    @Test
    void shouldSearchChineseAndEnglishAndJumpToThePage() {
        // The sample's Chinese is OCR garbage: a corrected block brings some
        Browser browser = admin();
        String anchor = openMostGarbledBlock(browser);
        String i = index(browser, anchor);
        browser.type("#text-" + i, CLEAN);
        browser.clickAndAwaitMessage("#" + anchor + " button[value=save-block-" + i + "]");

        browser.type("#site-search", "矿产" + Keys.ENTER);
        assertThat(browser.await("#result-count").getText()).isEqualTo("1 match for “矿产”.");
        assertThat(browser.find("ol.results mark").getText()).isEqualTo("矿产");
        browser.screenshot("search");
        browser.clickThrough("ol.results li a");
        assertThat(browser.await("#" + anchor).isDisplayed()).isTrue();

        browser.go("/console/search?q=critical");
        assertThat(browser.all("ol.results li")).hasSizeGreaterThan(5);
        // Titles are searched too, and every match in what is shown is marked
        assertThat(browser.find("ul.titles a mark").getText()).isEqualToIgnoringCase("critical");
        assertThat(browser.all("ol.results li").stream()
                .mapToInt(hit -> hit.findElements(org.openqa.selenium.By.cssSelector(".excerpt mark")).size()).max()
                .orElse(0)).isGreaterThan(1);
        assertThat(browser.find("ol.results mark").getText()).isEqualToIgnoringCase("critical");
    }

    @Test
    void shouldLetAnAdminAddAnEditorWhoCanThenSignIn() {
        Browser browser = admin();
        browser.go("/console/users");
        browser.type("#new-username", "carla");
        browser.clickThrough("#add-account");
        String notice = browser.await("#account-password").getText();
        String password = browser.find("#account-password code").getText();
        assertThat(notice).contains("carla");
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        browser.screenshot("accounts");

        Browser carla = browser().signIn("carla", password);
        assertThat(carla.text(".who")).isEqualTo("carla");
        carla.go("/console/users");
        assertThat(carla.text("body")).doesNotContain("Add an account");

        carla.go("/console");
        carla.clickThrough(".signout button");
        assertThat(carla.await("p.notice").getText()).isEqualTo("You have signed out.");
        carla.go("/console");
        assertThat(carla.path()).startsWith("/console/login");
    }

    @Test
    void shouldLetAnAdminCreateAndRevokeAnApiToken() {
        Browser browser = admin();
        browser.go("/console/tokens");
        browser.type("#token-name", "library catalogue");
        new org.openqa.selenium.support.ui.Select(browser.find("#token-scope")).selectByValue("read");
        browser.clickThrough("#create-token");
        String secret = browser.await("#token-secret code").getText();
        assertThat(secret).startsWith("emend_");
        browser.screenshot("api-tokens");
        org.emend.testing.Api.withToken(secret).get("/api/v1/articles/" + articleId).then().statusCode(200);

        browser.clickThrough("button[aria-label='Revoke library catalogue']");
        assertThat(browser.await("#token-note").getText()).contains("revoked");
        assertThat(browser.text("body")).doesNotContain(secret);
        org.emend.testing.Api.withToken(secret).get("/api/v1/articles/" + articleId).then().statusCode(401);
    }

    @Test
    void shouldShowAndEditAnArticle() throws IOException {
        Browser browser = admin();
        browser.go("/console/issues/" + issueId);
        browser.screenshot("issue");
        browser.go("/console/articles/" + articleId);
        assertThat(browser.all("table tbody tr")).hasSizeGreaterThan(3);
        browser.type("#englishTitle", "The US Critical Minerals Security Alliance");
        browser.clickThrough("form.metadata button[type=submit]");
        assertThat(browser.awaitText("#note")).isNotEmpty();
        assertThat(browser.find("#englishTitle").getAttribute("value")).isEqualTo("The US Critical Minerals Security Alliance");
        browser.screenshot("article");

        // Scans of several pages at once, named by printed page number
        List<String> numbers = given().get("/api/v1/articles/" + articleId + "/pages").then().extract()
                .path("items.printedNumber");
        Path first = scan(numbers.get(0) + ".png");
        Path second = scan(numbers.get(1) + ".png");
        browser.find("#scans").sendKeys(first.toAbsolutePath() + "\n" + second.toAbsolutePath());
        browser.clickThrough("#upload-scans");
        assertThat(browser.awaitText("#note")).contains(numbers.get(0) + ".png: stored")
                .contains(numbers.get(1) + ".png: stored");
        assertThat(database.count("page_image")).isEqualTo(2);
    }

    private static Path scan(String name) throws IOException {
        Path directory = Files.createTempDirectory(Path.of("target"), "scans-");
        Path file = directory.resolve(name);
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(60, 80, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", file.toFile());
        return file;
    }
}
