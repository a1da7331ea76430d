package gx.zhicheng.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console in a real browser (Debian's chromium, headless) against the adapter on a random port with the
 * bundled mocks behind it: log in, start a sync and follow it, open a declaration, retry a dead letter.
 * Runs where chromium is installed, or with -Dbrowser.tests=true (CI, which installs it): see ChromiumInstalled.
 */
@org.springframework.context.annotation.Import(gx.zhicheng.mocks.FixedClock.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ChromiumInstalled.class)
class ConsoleBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        OpsFixtures.registerSampleProvince(registry);
    }

    private final int port;
    private final JdbcTemplate jdbc;
    private final OpsFixtures fixtures;
    @RegisterExtension
    final BrowserWindow window = new BrowserWindow(1500, 2600);

    @Autowired
    ConsoleBrowserTest(@LocalServerPort int port, JdbcTemplate jdbc) {
        this.port = port;
        this.jdbc = jdbc;
        this.fixtures = new OpsFixtures(jdbc);
    }

    @Test
    void operatorSyncsOpensADeclarationAndRetriesADeadLetter() throws IOException {
        long deadLetter = fixtures.deadLetter("GX2022-9999001", "pr-GX2022-9999001-v1-browser");
        WebDriverWait wait = patiently();

        logIn(wait, OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "operator"));
        assertThat(window.browser().findElement(By.id("start-sync")).isEnabled()).isTrue();
        assertThat(window.browser().findElement(By.id("viewer-hint")).isDisplayed()).isFalse();

        window.browser().findElement(By.id("start-sync")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sync-message"), "已开始第"));
        long runId = jdbc.queryForObject("SELECT MAX(run_id) FROM sync_run", Long.class);
        wait.until(d -> Integer.parseInt(d.findElement(By.cssSelector("#run-" + runId + " td.pulled")).getText()) > 0);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-" + runId), "已完成"));
        assertThat(jdbc.queryForObject("SELECT reviewed FROM sync_run WHERE run_id = ?", Integer.class, runId)).isPositive();
        // the mocks hold declarations with VERIFY findings: the queue fills when the run ends
        wait.until(d -> !d.findElements(By.cssSelector("#verifications tbody tr td .outcome-VERIFY")).isEmpty());
        assertThat(window.browser().findElement(By.id("verifications")).getText()).contains("GX2022-");

        window.browser().findElement(By.id("start-sync")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sync-message"), "已开始第"));

        WebElement search = window.browser().findElement(By.id("declaration-id"));
        search.clear();
        search.sendKeys("GX2022-0001001");
        window.browser().findElement(By.cssSelector("#search button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("declaration")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("declaration-facts"), "黄丽娟"));
        assertThat(window.browser().findElements(By.cssSelector("#verdicts tbody tr td.outcome-PASS, #verdicts tbody tr td[class^=outcome-]")))
                .isNotEmpty();
        assertThat(window.browser().findElement(By.id("pushes")).getText()).contains("预审意见");

        // the dead-letter table is drawn again every 10 s: find and click in one step, again if the row was replaced
        wait.until(d -> {
            d.findElement(By.cssSelector("#dead-" + deadLetter + " button.retry")).click();
            return true;
        });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dead-message"), "已重新排队"));
        assertThat(fixtures.outboxRow(deadLetter).get("state")).isIn("PENDING", "SENT", "DEAD");
        assertThat(fixtures.outboxRow(deadLetter).get("retried_at")).isNotNull();
        assertThat(fixtures.outboxRow(deadLetter).get("idempotency_key")).isEqualTo("pr-GX2022-9999001-v1-browser");

        screenshot(Path.of("target", "console-dead-letters.png"));
        ((org.openqa.selenium.JavascriptExecutor) window.browser()).executeScript("window.scrollTo(0, 0)");
        screenshot(Path.of("target", "console.png"));
    }

    @Test
    void viewerSeesTheActionsDisabledWithAHint() {
        WebDriverWait wait = patiently();

        logIn(wait, OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "viewer"));

        WebElement start = window.browser().findElement(By.id("start-sync"));
        assertThat(start.isEnabled()).isFalse();
        assertThat(start.getDomAttribute("title")).contains("操作员");
        assertThat(window.browser().findElement(By.id("viewer-hint")).isDisplayed()).isTrue();
        assertThat(window.browser().findElement(By.id("resync")).isEnabled()).isFalse();
    }

    @Test
    void countyOperatorSeesOnlyItsCountysQueueAndItsOffice() {
        fixtures.waitingForVerification("GX2022-9990001", "农秀梅", "LONGZHOU");
        fixtures.waitingForVerification("GX2022-9990002", "黄志强", "JIANGZHOU");
        WebDriverWait wait = patiently();

        window.browser().manage().deleteAllCookies();
        logIn(wait, OpsFixtures.LONGZHOU, OpsFixtures.LONGZHOU_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "龙州县职改办"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-GX2022-9990001")));

        // every row of the queue is Longzhou's (a sync of the samples by the other test may add Longzhou's own)
        java.util.List<WebElement> rows = window.browser().findElements(By.cssSelector("#verifications tbody tr[id^=verify-]"));
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.getDomAttribute("data-office")).isEqualTo("LONGZHOU"));
        assertThat(window.browser().findElements(By.id("verify-GX2022-9990002"))).isEmpty();
        assertThat(window.browser().findElement(By.cssSelector("#verify-GX2022-9990001 td.office")).getText()).isEqualTo("龙州县职改办");
        // no office filter for a county, and the whole city's sync and re-check are not theirs
        assertThat(window.browser().findElement(By.id("office-filter-label")).isDisplayed()).isFalse();
        assertThat(window.browser().findElement(By.id("start-sync")).isEnabled()).isFalse();
        assertThat(window.browser().findElement(By.id("recheck")).isEnabled()).isFalse();
        assertThat(window.browser().findElement(By.id("office-hint")).getText()).contains("龙州县职改办");

        // another office's declaration is not there for them, its ID number masked on their own
        WebElement search = window.browser().findElement(By.id("declaration-id"));
        search.sendKeys("GX2022-9990002");
        window.browser().findElement(By.cssSelector("#search button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("declaration-message"), "不属于本单位"));
        search.clear();
        search.sendKeys("GX2022-9990001");
        window.browser().findElement(By.cssSelector("#search button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("declaration-facts"), "农秀梅"));
        assertThat(window.browser().findElement(By.id("declaration-facts")).getText()).contains("4514*************3")
                .doesNotContain(OpsFixtures.ID_NUMBER).doesNotContain(OpsFixtures.PHONE).contains("龙州县职改办");
    }

    @Test
    void cityOfficeSeesEveryOfficeAndFiltersByOne() {
        fixtures.waitingForVerification("GX2022-9990011", "陆海燕", "LONGZHOU");
        fixtures.waitingForVerification("GX2022-9990012", "覃海燕", "JIANGZHOU");
        WebDriverWait wait = patiently();

        logIn(wait, OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "崇左市职改办"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-GX2022-9990011")));
        assertThat(window.browser().findElements(By.id("verify-GX2022-9990012"))).hasSize(1);

        new org.openqa.selenium.support.ui.Select(window.browser().findElement(By.id("office-filter"))).selectByValue("LONGZHOU");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.id("verify-GX2022-9990012"), 0));
        assertThat(window.browser().findElements(By.id("verify-GX2022-9990011"))).hasSize(1);
    }

    /** The run table is redrawn every 2 s, so an element found a moment ago may be gone: look again. */
    private WebDriverWait patiently() {
        WebDriverWait wait = new WebDriverWait(window.browser(), PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private void logIn(WebDriverWait wait, String user, String password) {
        window.browser().get("http://localhost:" + port + "/console/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(user);
        window.browser().findElement(By.id("password")).sendKeys(password);
        window.browser().findElement(By.id("login")).click();
        wait.until(ExpectedConditions.urlContains("/console/"));
    }

    private void screenshot(Path target) throws IOException {
        window.screenshot(target);
    }
}
