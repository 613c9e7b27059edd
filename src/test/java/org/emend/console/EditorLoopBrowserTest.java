package org.emend.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.emend.jobs.JobQueue;
import org.emend.testing.ArticlePages;
import org.emend.testing.Browser;
import org.emend.testing.ChineseScans;
import org.emend.testing.CountingTasks;
import org.emend.testing.Samples;
import org.emend.testing.Sessions;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The editor's core loop in a real Chromium: find the next garbled block, fix it, save, go on,
 * without losing a keystroke and without the mouse.
 */
@QuarkusTest
class EditorLoopBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestDatabase database;

    private String articleId;
    private final List<Browser> browsers = new ArrayList<>();

    @BeforeEach
    void importTheSample() {
        database.clear();
        JsonPath imported = given().contentType("text/plain; charset=UTF-8").body(Samples.criticalMinerals())
                .post("/api/v1/imports?journal=国际问题研究&year=2024&issue=6").then().statusCode(201)
                .extract().jsonPath();
        articleId = imported.getString("articleIds[0]");
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    private Browser admin() {
        Browser browser = Browser.open(base.toString());
        browsers.add(browser);
        return browser.signIn(Sessions.ADMIN, Sessions.ADMIN_PASSWORD);
    }

    /** The id of the article's page with the most blocks, where there are several to edit. */
    private String busiestPage() {
        return database.queryString("""
                SELECT p.id FROM page p JOIN section s ON s.page_id = p.id WHERE p.article_id = '%s'
                GROUP BY p.id, p.sequence ORDER BY count(*) DESC, p.sequence LIMIT 1""".formatted(articleId));
    }

    private static List<WebElement> textBoxes(Browser browser) {
        return browser.all("textarea.text");
    }

    @Inject
    JobQueue jobs;

    /** Background work on an article's import shows on its page as a progress bar that follows the job to its end. */
    @Test
    void shouldFollowABackgroundJobOnTheArticlePage() {
        String importId = database.queryString("SELECT import_id FROM article WHERE id = '%s'".formatted(articleId));
        // Long enough (about 8 s) to be under way when a slow machine has rendered the page
        List<UUID> targets = IntStream.range(0, 400).mapToObj(i -> UUID.randomUUID()).toList();
        UUID job = QuarkusTransaction.requiringNew()
                .call(() -> jobs.enqueue(CountingTasks.KIND, UUID.fromString(importId), targets, "test"));
        Browser browser = admin();

        browser.go("/console/articles/" + articleId);

        assertThat(browser.find("[data-job='" + job + "'] progress").getAttribute("max")).isEqualTo("400");
        assertThat(browser.find("[data-job='" + job + "'] label").getText()).isEqualTo("Background work");
        browser.awaitTextContaining("[data-job='" + job + "'] .job-count", "400 of 400 · done");
        assertThat(browser.find("[data-job='" + job + "'] progress").getAttribute("value")).isEqualTo("400");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    /**
     * The editor's whole loop from a scanned PDF: uploaded in the console, its background work
     * followed to the end on the article's page, then a block the engine misread corrected with
     * the line view beside it.
     */
    @Test
    void shouldImportAScannedPdfFollowItsOcrAndCorrectABlockWithTheLineView() throws Exception {
        ChineseScans.assumeOcrTools();
        Path pdf = Files.createTempFile(Path.of("target"), "关键矿产", ".pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            ArticlePages.addScanned(document, ArticlePages.SAMPLE, ArticlePages.SOUP);
            document.save(pdf.toFile());
        }
        Browser browser = admin();
        browser.go("/console/imports");
        // Refused without its year: a readable message, the fields kept
        browser.find("#import-file").sendKeys(pdf.toAbsolutePath().toString());
        browser.type("#import-journal", "国际问题研究");
        browser.script("document.getElementById('import-year').removeAttribute('required')");
        browser.clickThrough("#import-submit");
        assertThat(browser.awaitText("#import-error")).contains("year");
        assertThat(browser.find("#import-journal").getAttribute("value")).isEqualTo("国际问题研究");

        browser.find("#import-file").sendKeys(pdf.toAbsolutePath().toString());
        browser.type("#import-year", "2025");
        browser.type("#import-issue", "3");
        browser.clickThrough("#import-submit");

        assertThat(browser.awaitText("#note")).contains("Imported").contains("background");
        List<WebElement> jobBars = browser.all("[data-job]");
        assertThat(jobBars).hasSize(2);
        for (WebElement bar : jobBars) {
            browser.awaitTextContaining("[data-job='" + bar.getAttribute("data-job") + "'] .job-count", "· done");
        }
        String article = browser.path().replaceAll("[?#].*", "").replace("/console/articles/", "");
        String page = database.queryString("SELECT id FROM page WHERE article_id = '%s' AND sequence = 1".formatted(article));
        browser.go("/console/pages/" + page);
        browser.await("#scan-image");
        assertThat(browser.all(".line-box")).hasSizeGreaterThan(5);
        browser.click("#line-view summary");
        browser.find("#text-0").click();
        assertThat(browser.all("#line-view li.lit")).isNotEmpty();
        // The editor types what the line's crop shows printed, wherever the engine slipped
        String printed = ArticlePages.SAMPLE.body().get(1);
        browser.type("#text-0", printed);
        assertThat(browser.clickAndAwaitMessage("button[value=save-block-0]"))
                .matches("Saved 1 block\\.|Nothing had changed\\.");
        assertThat(database.queryString("SELECT text FROM section WHERE page_id = '%s' ORDER BY ordinal LIMIT 1"
                .formatted(page))).isEqualTo(printed);
        browser.screenshot("page-editor-line-view");
    }

    /** The issue page follows its background work too, and reads every page again on request. */
    @Test
    void shouldFollowAnIssuesBackgroundWorkOnItsPage() {
        String issue = database.queryString("SELECT issue_id FROM article WHERE id = '%s'".formatted(articleId));
        Browser browser = admin();
        browser.go("/console/issues/" + issue);
        // The sample has no scan yet: nothing to read
        browser.clickThrough("#read-issue-again");
        assertThat(browser.awaitText("#note")).contains("no page with a PDF or a scan");

        List<UUID> targets = IntStream.range(0, 40).mapToObj(i -> UUID.randomUUID()).toList();
        UUID job = QuarkusTransaction.requiringNew()
                .call(() -> jobs.enqueue(CountingTasks.KIND, UUID.fromString(issue), targets, "test"));
        browser.go("/console/issues/" + issue);
        assertThat(browser.find("[data-job='" + job + "'] progress").getAttribute("max")).isEqualTo("40");
        browser.awaitTextContaining("[data-job='" + job + "'] .job-count", "40 of 40 · done");
        // Its stop button goes once it is done
        assertThat(browser.all("[data-job-stop='" + job + "']")).isEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();

        // Work too long to wait for is stopped from the page
        List<UUID> many = IntStream.range(0, 100_000).mapToObj(i -> UUID.randomUUID()).toList();
        UUID lengthy = QuarkusTransaction.requiringNew()
                .call(() -> jobs.enqueue(CountingTasks.KIND, UUID.fromString(issue), many, "test"));
        browser.go("/console/issues/" + issue);
        browser.clickThrough("[data-job-stop='" + lengthy + "'] button");
        assertThat(browser.awaitText("#note")).contains("The work is stopped");
        assertThat(browser.path()).startsWith("/console/issues/" + issue);
        assertThat(database.queryString("SELECT status FROM job WHERE id = '%s'".formatted(lengthy))).isEqualTo("cancelled");
    }

    /** An editor asks for a garbled page's scan to be read again: the page, untouched, takes the OCR draft. */
    @Test
    void shouldReadAScanAgainWhenTheEditorAsks() {
        ChineseScans.assumeOcrTools();
        String page = busiestPage();
        given().contentType("image/png").body(ChineseScans.png(ChineseScans.LINES, 300)).put("/api/v1/pages/" + page + "/image")
                .then().statusCode(200);
        Browser browser = admin();
        browser.go("/console/pages/" + page);
        assertThat(browser.all("#ocr-draft")).isEmpty();

        browser.clickThrough("#read-again");

        assertThat(browser.awaitText("#message")).contains("being read again");
        long deadline = System.currentTimeMillis() + 60_000;
        while (browser.all("#ocr-draft").isEmpty()) {
            assertThat(System.currentTimeMillis()).as("the draft within a minute").isLessThan(deadline);
            browser.go("/console/pages/" + page);
            browser.await("#blocks");
        }
        assertThat(browser.find("#text-0").getAttribute("value")).contains("矿产安全联盟").contains("能源转型的基础");
        assertThat((String) browser.script("return document.getElementById('ocr-draft').textContent")).contains("矿产安全联盟");
    }

    /**
     * A page an editor has worked on, read again: the OCR's reading waits beside each block as a
     * difference; focusing a block lights its lines on the scan and in the line view; taking one
     * block's reading leaves the others, typed text included, as they are; new blocks are added.
     */
    @Test
    void shouldProposeTheOcrDraftBlockByBlockWithItsLinesOnTheScan() throws Exception {
        String page = busiestPage();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(ArticlePages.image(ArticlePages.SAMPLE, 100), "png", png);
        given().contentType("image/png").body(png.toByteArray()).put("/api/v1/pages/" + page + "/image").then().statusCode(200);
        String hocr = new String(getClass().getResourceAsStream("/ocr/article-page.hocr").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        database.execute("""
                INSERT INTO ocr_run (id, page_id, engine, engine_version, languages, settings, mean_confidence, text, hocr)
                VALUES (gen_random_uuid(), '%s', 'tesseract', '5.3.0', 'chi_sim+eng', '--psm 3, 300 dpi', 88.6, 'text', '%s')"""
                .formatted(page, hocr.replace("'", "''")));
        Browser browser = admin();
        browser.go("/console/pages/" + page);

        assertThat(browser.awaitText("#ocr-draft-heading")).contains("tesseract").contains("chi_sim+eng")
                .contains("confidence");
        assertThat(browser.find("#ocr-proposals").getText()).contains("says otherwise");
        assertThat(browser.find("#proposal-0 .diff ins").getText()).isNotEmpty();
        // The lines on the scan: the block in focus lights its own
        assertThat(browser.all(".line-box")).hasSize(10);
        String before = browser.find("#text-1").getAttribute("value");
        browser.click("#proposal-0 button");
        assertThat(browser.awaitText("#message")).isEqualTo("Took the OCR text.");
        assertThat(browser.find("#text-0").getAttribute("value")).contains("现代工业的基础");
        assertThat(browser.all("#proposal-0")).isEmpty();
        assertThat(browser.find("#text-1").getAttribute("value")).isEqualTo(before);
        browser.find("#text-0").click();
        assertThat(browser.all(".line-box.lit").size()).isBetween(2, 4);
        browser.click("#line-view summary");
        assertThat(browser.all("#line-view li.lit").size()).isBetween(2, 4);
        assertThat(browser.find("#line-view li.lit .crop").getAttribute("style")).contains("/image")
                .contains("background-size");
        browser.screenshot("page-editor-ocr-proposals");
        assertThat(browser.accessibilityViolations()).isEmpty();
        // Typed text elsewhere is saved before the whole draft is taken, and stays
        browser.type("#text-1", "编辑者自己的文字");
        browser.clickThrough("#accept-ocr-all");
        assertThat(browser.awaitText("#message")).isEqualTo("Took the OCR text.");
        assertThat(browser.find("#text-1").getAttribute("value")).isEqualTo("编辑者自己的文字");
        // What the editor typed is not taken over: its block alone still shows the OCR's reading
        assertThat(browser.all(".new-block")).isEmpty();
        assertThat(browser.all(".proposal")).hasSize(1);
        assertThat(browser.all("#proposal-1")).hasSize(1);
        assertThat(database.queryString("SELECT count(*) FROM revision WHERE page_id = '%s' AND ocr_run_id IS NOT NULL"
                .formatted(page))).isNotEqualTo("0");
    }

    @Test
    void shouldKeepAnotherBlocksTypedTextWhenOneBlockIsSaved() {
        Browser browser = admin();
        browser.go("/console/pages/" + busiestPage());
        List<WebElement> boxes = textBoxes(browser);
        assertThat(boxes).hasSizeGreaterThanOrEqualTo(2);
        browser.type("#text-0", "第一块的修改");
        browser.type("#text-1", "第二块还没保存");
        browser.script("window.stillTheSamePage = true");

        browser.click("button[value=save-block-0]");

        assertThat(browser.awaitText("#message")).isEqualTo("Saved 1 block.");
        // Saved without a reload: the other block's text, and the page itself, stay
        assertThat(browser.script("return window.stillTheSamePage")).isEqualTo(true);
        assertThat(browser.find("#text-1").getAttribute("value")).isEqualTo("第二块还没保存");
        assertThat(browser.find("article.block[data-index='0'] .status").getText()).isEqualTo("corrected");
        assertThat(browser.find("article.block[data-index='0']").getAttribute("class")).doesNotContain("changed");
        assertThat(browser.find("article.block[data-index='1']").getAttribute("class")).contains("changed");

        // And after a reload too: the unsaved text is the local draft, restored
        browser.go(browser.path());
        browser.await("#text-1");
        assertThat(browser.find("#text-1").getAttribute("value")).isEqualTo("第二块还没保存");
        assertThat(browser.find("#text-0").getAttribute("value")).isEqualTo("第一块的修改");
        assertThat(browser.all("article.block[data-index='0'] .draft")).isEmpty();
    }

    @Test
    void shouldKeepOtherDraftsWhenThePageReloadsAfterASave() {
        // Without script the form posts and the page reloads with ?saved: drafts of unsaved blocks survive it
        Browser browser = admin();
        String page = "/console/pages/" + busiestPage();
        browser.go(page);
        browser.type("#text-0", "保存的");
        browser.type("#text-1", "未保存的");
        browser.loadingNextPage(() -> browser
                .script("""
                        var form = document.getElementById('blocks');
                        form.append(Object.assign(document.createElement('input'), {type: 'hidden', name: 'action', value: 'save-block-0'}));
                        HTMLFormElement.prototype.submit.call(form);"""));
        assertThat(browser.awaitText("#message")).isEqualTo("Saved 1 block.");
        assertThat(browser.find("#text-1").getAttribute("value")).isEqualTo("未保存的");
        assertThat(browser.find("article.block[data-index='1'] .draft").getText()).contains("restored");
    }

    @Test
    void shouldMoveForwardThroughTheIssueAndSayWhenNothingIsLeft() {
        Browser browser = admin();
        List<String> order = database.queryString("""
                SELECT string_agg(CAST(p.id AS text), ',' ORDER BY p.sequence) FROM page p
                WHERE p.article_id = '%s' AND EXISTS (SELECT 1 FROM section s WHERE s.page_id = p.id AND s.status = 'raw')"""
                .formatted(articleId)).lines().flatMap(line -> List.of(line.split(",")).stream()).toList();
        assertThat(order).hasSizeGreaterThan(4);
        browser.go("/console/pages/" + order.get(0));
        List<String> visited = new ArrayList<>();
        visited.add(order.get(0));
        for (int i = 0; i < 4; i++) {
            browser.clickThrough("#save-next");
            browser.await("#blocks");
            visited.add(browser.path().replaceAll("[?#].*", "").substring("/console/pages/".length()));
        }
        // Forward in reading order, never back to a page just left
        assertThat(visited).doesNotHaveDuplicates();
        assertThat(order.indexOf(visited.get(1))).isGreaterThan(0);
        for (int i = 2; i < visited.size(); i++) {
            assertThat(order.indexOf(visited.get(i))).isGreaterThan(order.indexOf(visited.get(i - 1)));
        }

        // Only this page has anything left: save and next says so and stays
        String here = visited.get(visited.size() - 1);
        for (String table : List.of("section", "footnote", "article_abstract")) {
            database.execute("UPDATE " + table + " SET status = 'corrected' WHERE page_id IS DISTINCT FROM '" + here + "'");
        }
        browser.clickThrough("#save-next");
        assertThat(browser.awaitText("#message")).contains("Nothing is left to correct in this issue");
        assertThat(browser.path()).startsWith("/console/pages/" + here);
    }

    @Test
    void shouldRestoreTheImportedTextAndSayWhenARevertChangesNothing() {
        Browser browser = admin();
        browser.go("/console/pages/" + busiestPage());
        String id = browser.find("[name=id-0]").getAttribute("value");
        String imported = browser.find("#text-0").getAttribute("value");
        browser.type("#text-0", "改过一次");
        assertThat(browser.clickAndAwaitMessage("button[value=save-block-0]")).isEqualTo("Saved 1 block.");
        String version = database.queryString("SELECT version FROM section WHERE id = '" + id + "'");

        // The only revision's text is the block's text: reverting to it changes nothing, and says so
        browser.go("/console/history/section/" + id);
        browser.loadingNextPage(() -> browser.find("article.revision button[type=submit]").click());
        assertThat(browser.awaitText("#note")).startsWith("Nothing to revert");
        assertThat(database.queryString("SELECT version FROM section WHERE id = '" + id + "'")).isEqualTo(version);
        assertThat(browser.text("h1")).startsWith("History of section").contains("on p.");

        // The OCR text as imported is always reachable, from the history and from the page editor
        browser.clickThrough("#restore-imported");
        assertThat(browser.awaitText("#note")).startsWith("Restored");
        assertThat(database.queryString("SELECT text FROM section WHERE id = '" + id + "'")).isEqualTo(imported);
        assertThat(database.queryString("SELECT status FROM section WHERE id = '" + id + "'")).isEqualTo("raw");
        browser.clickThrough("#restore-imported");
        assertThat(browser.awaitText("#note")).startsWith("Nothing to restore");

        browser.go("/console/pages/" + busiestPage());
        browser.type("#text-0", "又改了");
        assertThat(browser.clickAndAwaitMessage("button[value=save-block-0]")).isEqualTo("Saved 1 block.");
        browser.script("document.getElementById('message').remove()");
        browser.find("#text-0").sendKeys(Keys.chord(Keys.ALT, "o"));
        assertThat(browser.awaitText("#message")).isEqualTo("Restored the block's text as imported.");
        assertThat(browser.find("#text-0").getAttribute("value")).isEqualTo(imported);
        assertThat(browser.find("article.block[data-index='0'] .status").getText()).isEqualTo("raw");
    }

    @Test
    void shouldLeaveStatusesAloneWhenReplacingInGarbledBlocks() {
        Browser browser = admin();
        browser.go("/console/replace?scope=article:" + articleId + "&find=Al&matchCase=true&replacement=AI&status=raw");
        browser.await("#hits-heading");
        List<WebElement> hits = browser.all("ol.hits input[name=accept]");
        assertThat(hits).hasSizeGreaterThan(2);
        assertThat(browser.find("ol.hits .hit-place a").getText()).matches("p\\. \\S+, (section|footnote|abstract) .*");
        browser.click("#select-none");
        assertThat(browser.all("ol.hits input[name=accept]:checked")).isEmpty();
        browser.click("#select-all");
        assertThat(browser.all("ol.hits input[name=accept]:checked")).hasSize(hits.size());
        long raw = Long.parseLong(database.queryString(
                "SELECT (SELECT count(*) FROM section WHERE status = 'raw') + (SELECT count(*) FROM footnote WHERE status = 'raw')"));

        browser.clickThrough("#apply");
        assertThat(browser.awaitText("#message")).startsWith("Replaced in");

        assertThat(Long.parseLong(database.queryString("SELECT count(*) FROM revision WHERE changeset_id IS NOT NULL")))
                .isPositive();
        // A changeset is mechanical: every block it changed is still raw, and progress counts none as done
        assertThat(
                database.queryString("SELECT count(*) FROM revision WHERE changeset_id IS NOT NULL AND status_after <> 'raw'"))
                .isEqualTo("0");
        assertThat(Long.parseLong(database.queryString(
                "SELECT (SELECT count(*) FROM section WHERE status = 'raw') + (SELECT count(*) FROM footnote WHERE status = 'raw')")))
                .isEqualTo(raw);
        browser.go("/console/articles/" + articleId);
        assertThat(browser.all(".page-index .tile.corrected")).isEmpty();
    }

    @Test
    void shouldCorrectThreeBlocksOnTwoPagesWithTheKeyboardAlone() {
        Browser browser = admin();
        String first = busiestPage();
        browser.go("/console/pages/" + first + "#" + anchorOfFirstBlock(first));
        browser.await("#text-0");
        System.out.println("FOCUS: " + browser.script(
                "return document.activeElement.id + ' ' + location.hash + ' ' + document.querySelector('article.block').className + ' ' + document.hasFocus()"));
        browser.script("document.getElementById('text-0').focus()");

        Actions keys = new Actions(browser.driver());
        keys.keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("键盘改的第一块").perform();
        browser.script("var shown = document.getElementById('message'); if (shown) { shown.remove(); }");
        keys.keyDown(Keys.ALT).sendKeys(Keys.ENTER).keyUp(Keys.ALT).perform();
        browser.awaitText("#message");
        awaitFocus(browser, "text-1");
        keys.keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("键盘改的第二块").perform();
        // Ctrl+Enter: save and go to the next page to correct, its first raw block in focus
        browser.loadingNextPage(() -> keys.keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform());
        assertThat(browser.awaitText("#message")).isEqualTo("Saved 1 block.");
        assertThat(browser.path()).doesNotStartWith("/console/pages/" + first);
        assertThat(browser.driver().switchTo().activeElement().getTagName()).isEqualTo("textarea");
        // Alt+↓ and Alt+↑ move between blocks; Tab goes straight to the next text box
        String start = browser.driver().switchTo().activeElement().getAttribute("id");
        keys.keyDown(Keys.ALT).sendKeys(Keys.ARROW_DOWN).keyUp(Keys.ALT).perform();
        keys.keyDown(Keys.ALT).sendKeys(Keys.ARROW_UP).keyUp(Keys.ALT).perform();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo(start);
        keys.sendKeys(Keys.TAB).perform();
        assertThat((Boolean) browser.script(
                "return document.activeElement.matches('textarea.text, input.heading, input.marker')"
                        + " && document.activeElement.closest('article.block') !== document.getElementById(arguments[0]).closest('article.block')",
                start)).as("Tab goes to the next block's text").isTrue();
        keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo(start);
        keys.keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("键盘改的第三块").perform();
        browser.script("document.getElementById('message').remove()");
        keys.keyDown(Keys.CONTROL).sendKeys("s").keyUp(Keys.CONTROL).perform();
        assertThat(browser.awaitText("#message")).isEqualTo("Saved 1 block.");

        assertThat(database.queryString("SELECT count(DISTINCT page_id) || ' ' || count(*) FROM revision"))
                .isEqualTo("2 3");
        assertThat(database.queryString(
                "SELECT count(*) FROM revision WHERE text_after LIKE '键盘改的%' AND status_after = 'corrected'")).isEqualTo("3");

        // The help overlay lists the keys; Escape closes it
        browser.find("h1").click();
        new Actions(browser.driver()).sendKeys("?").perform();
        assertThat(browser.find("#keys-help").getAttribute("open")).isNotNull();
        assertThat(browser.text("#keys-help")).contains("Alt").contains("next block");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        assertThat(browser.find("#keys-help").getAttribute("open")).isNull();
    }

    private String anchorOfFirstBlock(String page) {
        return "section-" + database.queryString(
                "SELECT id FROM section WHERE page_id = '" + page + "' ORDER BY ordinal LIMIT 1");
    }

    private static void awaitFocus(Browser browser, String id) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(driver -> id.equals(driver.switchTo().activeElement().getAttribute("id")));
    }

    @Test
    void shouldShowReadablePagesForAnExpiredFormAndAnAdminsPage() throws Exception {
        Browser browser = admin();
        String page = "/console/pages/" + busiestPage();
        browser.go(page);
        // The CSRF token of the page goes stale, as when it was left open across a new sign-in
        browser.script("document.querySelector('#blocks [name=csrf-token]').value = 'stale'");
        browser.type("#text-0", "过期前打的字");
        browser.loadingNextPage(() -> browser.script(
                "HTMLFormElement.prototype.submit.call(document.getElementById('blocks'))"));
        assertThat(browser.await("#expired").getText()).contains("nothing was saved");
        assertThat(browser.all("ul.typed textarea").stream().map(box -> box.getAttribute("value")))
                .contains("过期前打的字");
        browser.screenshot("expired-form");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickThrough("#back");
        assertThat(browser.find("#text-0").getAttribute("value")).isEqualTo("过期前打的字");

        database.editor("dora");
        Browser dora = Browser.open(base.toString());
        browsers.add(dora);
        dora.signIn("dora", "dora-secret-password");
        dora.go("/console/users");
        assertThat(dora.await("#forbidden").getText()).contains("admins");
        assertThat(dora.find("header.bar").isDisplayed()).isTrue();
        assertThat(dora.accessibilityViolations()).isEmpty();
    }

    @Test
    void shouldDisableAnAccountWhoseSessionThenEnds() {
        database.editor("eve");
        Browser eve = Browser.open(base.toString());
        browsers.add(eve);
        eve.signIn("eve", "eve-secret-password");
        assertThat(eve.text(".who")).isEqualTo("eve");

        Browser browser = admin();
        browser.go("/console/users");
        browser.clickThrough("button[aria-label='Disable eve']");
        assertThat(browser.awaitText("#account-note")).contains("disabled");

        eve.go("/console");
        assertThat(eve.path()).startsWith("/console/login");
        eve.type("#username", "eve");
        eve.type("#password", "eve-secret-password");
        eve.clickThrough("form button[type=submit]");
        assertThat(eve.await("p.error").getText()).contains("not right");
        // A failed sign-in keeps the username
        assertThat(eve.find("#username").getAttribute("value")).isEqualTo("eve");

        browser.clickThrough("button[aria-label='Delete eve']");
        assertThat(browser.awaitText("#account-note")).contains("deleted");
        assertThat(database.queryString("SELECT count(*) FROM app_user WHERE username = 'eve'")).isEqualTo("0");

        // A password the admin typed is not shown back
        browser.type("#new-username", "fay");
        browser.type("#new-password", "fay-chosen-password");
        browser.clickThrough("#add-account");
        assertThat(browser.awaitText("#account-note")).contains("password you chose");
        assertThat(browser.text("body")).doesNotContain("fay-chosen-password");
    }

    @Test
    void shouldShowTheScanBesideTheTextOnADesktopAndAPhone() throws IOException {
        String page = busiestPage();
        Path png = Files.createTempFile(Path.of("target"), "scan-", ".png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1240, 1754,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D ink = image.createGraphics();
        ink.setColor(java.awt.Color.WHITE);
        ink.fillRect(0, 0, 1240, 1754);
        ink.setColor(java.awt.Color.DARK_GRAY);
        for (int line = 0; line < 40; line++) {
            ink.fillRect(120, 160 + line * 36, 1000 - (line % 5) * 60, 14);
        }
        ink.dispose();
        javax.imageio.ImageIO.write(image, "png", png.toFile());
        Browser browser = admin();
        browser.go("/console/pages/" + page);
        browser.find("#image").sendKeys(png.toAbsolutePath().toString());
        browser.clickThrough("form.upload button");
        WebElement scan = browser.await("#scan-image");

        // Fitted to the pane's width when it opens
        long paneWidth = (Long) browser.script("return Math.round(document.querySelector('.scan').clientWidth)");
        long shown = (Long) browser.script("return Math.round(arguments[0].getBoundingClientRect().width)", scan);
        assertThat(shown).isBetween(paneWidth - 2, paneWidth + 2);
        // Zoom with the wheel, keep zoom and position across a save
        browser.script("document.querySelector('.scan').dispatchEvent(new WheelEvent('wheel',"
                + " {deltaY: -100, clientX: 100, clientY: 100, bubbles: true, cancelable: true}))");
        String zoomed = browser.find("#scan-page").getAttribute("style");
        assertThat(zoomed).contains("scale(1.15)");
        browser.type("#text-0", "看着扫描改的");
        assertThat(browser.clickAndAwaitMessage("button[value=save-block-0]")).isEqualTo("Saved 1 block.");
        assertThat(browser.find("#scan-page").getAttribute("style")).isEqualTo(zoomed);
        browser.click("[data-zoom-fit]");
        browser.screenshot("page-editor-desktop");

        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.go("/console/pages/" + page);
        browser.await("#scan-image");
        assertThat(browser.overflowing()).isEmpty();
        // Image above the text
        assertThat((Long) browser.script("return Math.round(document.querySelector('.scan').getBoundingClientRect().top)"))
                .isLessThan((Long) browser
                        .script("return Math.round(document.querySelector('#text-0').getBoundingClientRect().top)"));
        browser.screenshot("page-editor-phone");
        for (String path : List.of("/console", "/console/articles/" + articleId)) {
            browser.go(path);
            assertThat(browser.overflowing()).as(path).isEmpty();
        }
        browser.screenshot("article-phone");
    }

    @Test
    void shouldShowThePageIndexAndSectionsWithPagesAndScores() {
        Browser browser = admin();
        browser.go("/console/articles/" + articleId);
        List<WebElement> tiles = browser.all(".page-index .tile");
        assertThat(tiles.size()).isEqualTo(Integer.parseInt(database.queryString(
                "SELECT count(*) FROM page WHERE article_id = '" + articleId + "'")));
        assertThat(browser.all(".page-index .tile.raw")).isNotEmpty();
        assertThat(browser.text("ul.sections")).doesNotContain("(continued)").contains("p. ");
        assertThat(browser.all("ul.sections .garble")).isNotEmpty();
        browser.screenshot("article-page-index");

        browser.go("/console");
        // The worklist comes first
        assertThat((Long) browser.script(
                "return Math.round(document.getElementById('worklist-heading').getBoundingClientRect().left)"))
                .isLessThan((Long) browser.script(
                        "return Math.round(document.getElementById('journals-heading').getBoundingClientRect().left)"));
    }

    @Test
    void shouldHaveNoSeriousAccessibilityViolationOnAnyConsolePage() {
        Browser browser = admin();
        String page = busiestPage();
        browser.go("/console/pages/" + page);
        browser.type("#text-0", "为了历史");
        browser.click("button[value=save-block-0]");
        browser.awaitText("#message");
        String section = browser.find("[name=id-0]").getAttribute("value");
        String issue = database.queryString("SELECT issue_id FROM article WHERE id = '" + articleId + "'");
        browser.go("/console/replace?scope=article:" + articleId + "&find=Al&matchCase=true&replacement=AI");
        browser.clickThrough("#apply");
        String changeset = browser.path().replaceAll("[?#].*", "");

        List<String> pages = List.of("/console", "/console/issues/" + issue, "/console/articles/" + articleId,
                "/console/pages/" + page, "/console/history/section/" + section, "/console/articles/" + articleId + "/changes",
                "/console/my-changes", "/console/replace?scope=article:" + articleId + "&find=Critical&replacement=Key",
                changeset, "/console/search?q=critical", "/console/users", "/console/tokens", "/console/restores");
        // The check is live: an image without a text alternative is a critical violation
        browser.go("/console");
        browser.script("document.querySelector('main').appendChild(document.createElement('img'))");
        assertThat(browser.accessibilityViolations()).anyMatch(violation -> violation.startsWith("image-alt"));

        List<String> violations = new ArrayList<>();
        for (String path : pages) {
            browser.go(path);
            browser.accessibilityViolations().forEach(violation -> violations.add(path + " " + violation));
        }
        browser.clickThrough(".signout button");
        browser.accessibilityViolations().forEach(violation -> violations.add("sign-in " + violation));
        // The sign-in page as a throttled account sees it
        browser.go("/console/login?throttled=true");
        assertThat(browser.text("#throttled")).contains("Too many failed sign-ins");
        browser.screenshot("sign-in-throttled");
        browser.accessibilityViolations().forEach(violation -> violations.add("throttled sign-in " + violation));
        assertThat(violations).isEmpty();
    }

    @Test
    void shouldEditAFootnotesMarkerAndShowNoHeadingFieldForAContinuedSection() {
        String footnote = database
                .queryString("SELECT id FROM footnote WHERE article_id = '" + articleId + "' ORDER BY ordinal LIMIT 1");
        String page = database.queryString("SELECT page_id FROM footnote WHERE id = '" + footnote + "'");
        Browser browser = admin();
        browser.go("/console/pages/" + page + "#footnote-" + footnote);
        String i = browser.find("#footnote-" + footnote).getAttribute("data-index");
        browser.type("#marker-" + i, "①");
        assertThat(browser.clickAndAwaitMessage("#save-all")).isEqualTo("Saved 1 block.");
        assertThat(database.queryString("SELECT marker FROM footnote WHERE id = '" + footnote + "'")).isEqualTo("①");

        String continued = database.queryString("SELECT id || ' ' || page_id FROM section WHERE article_id = '" + articleId
                + "' AND continues_previous AND heading IS NULL ORDER BY ordinal LIMIT 1");
        browser.go("/console/pages/" + continued.split(" ")[1]);
        String index = browser.find("#section-" + continued.split(" ")[0]).getAttribute("data-index");
        assertThat(browser.all("#heading-" + index)).isEmpty();
        assertThat(browser.text("#section-" + continued.split(" ")[0] + " h3")).contains("continued");
    }
}
