package gx.zhicheng.ops;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.sync.SyncLauncher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The office's day in chromium after a sync of the sample declarations (clock on 2022-08-01): approve a finding
 * from the 核实队列 and see it leave, back out of the falsification dialog, read the decision in the audit trail,
 * start the re-check, and open the one-time notification's print view (screenshots in target/).
 */
@Import(FixedClock.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ChromiumInstalled.class)
class ConsoleDecisionBrowserTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        OpsFixtures.registerSampleProvince(registry);
    }

    private final int port;
    private final JdbcTemplate jdbc;
    private final SyncLauncher launcher;
    @RegisterExtension
    final BrowserWindow window = new BrowserWindow(1400, 1000);

    @Autowired
    ConsoleDecisionBrowserTest(@LocalServerPort int port, JdbcTemplate jdbc, SyncLauncher launcher) {
        this.port = port;
        this.jdbc = jdbc;
        this.launcher = launcher;
    }

    @Test
    void operatorApprovesAFindingThatThenLeavesTheQueueAndPrintsANotice() throws IOException {
        assertThat(launcher.runNow("TEST", null).state()).isEqualTo("SUCCEEDED");
        WebDriverWait wait = new WebDriverWait(window.browser(), Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        logIn(wait);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar"), "各级评委会评审阶段"));
        assertThat(window.browser().findElement(By.id("calendar")).getText()).contains("2022年度", "确认前复核截至 11月30日");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stat-outcome"), "退回补正"));

        // backing out of the falsification dialog posts nothing
        String suspicion = "#verify-GX2022-0001041 .decide[data-rule=WORK_HISTORY_MISMATCH] button.decision-CONFIRM_FALSIFICATION";
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(suspicion))).click();
        wait.until(ExpectedConditions.alertIsPresent());
        assertThat(window.browser().switchTo().alert().getText()).contains("诚信档案");
        window.browser().switchTo().alert().dismiss();
        assertThat(decisions("GX2022-0001041")).isZero();

        String finding = "#verify-GX2022-0001049 .decide[data-rule=NO_TITLE_APPROVAL_REQUIRED]";
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(finding + " input.decision-note")))
                .sendKeys("已核对专业技术工作证明，同意评审");
        assertThat(window.browser().findElements(By.cssSelector(finding + " button.decision")).stream().map(b -> b.getText()).toList())
                .containsExactly("同意", "不同意");
        screenshot("console-queue.png");
        window.browser().findElement(By.cssSelector(finding + " button.decision-APPROVE")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify-message"), "已记录“同意”并重新预审"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("verify-GX2022-0001049")));
        assertThat(decisions("GX2022-0001049")).isOne();

        open(wait, "GX2022-0001049");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decisions"), "已核对专业技术工作证明"));
        assertThat(window.browser().findElement(By.id("decisions")).getText()).contains("NO_TITLE_APPROVAL_REQUIRED", "同意", "operator");

        window.browser().findElement(By.id("recheck")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recheck-message"), "复核"));

        open(wait, "GX2022-0001038");
        var before = new ArrayList<>(window.browser().getWindowHandles());
        assertThat(wait.until(ExpectedConditions.elementToBeClickable(By.id("notice-pdf-link"))).getAttribute("href"))
                .endsWith("/console/notices/GX2022-0001038.pdf");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("notice-link"))).click();
        wait.until(d -> d.getWindowHandles().size() > before.size());
        window.browser().getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst()
                .ifPresent(h -> window.browser().switchTo().window(h));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "一次性告知书"));
        assertThat(window.browser().findElement(By.cssSelector("article.notice")).getText())
                .contains("蒙志勇同志", "江州区职改办", "0771-7840659", "2022年8月1日");
        // the print button is bound by /console/documents.js (no inline script); the PDF of the same page is a link away
        assertThat(window.browser().findElement(By.id("print")).getAttribute("onclick")).isNull();
        var js = (JavascriptExecutor) window.browser();
        js.executeScript("window.printed = 0; window.print = () => { window.printed++; };");
        window.browser().findElement(By.id("print")).click();
        assertThat(((Number) js.executeScript("return window.printed;")).intValue()).isEqualTo(1);
        assertThat(window.browser().findElement(By.cssSelector(".toolbar a.pdf")).getAttribute("href"))
                .endsWith("/console/notices/GX2022-0001038.pdf");
        window.browser().manage().window().setSize(new Dimension(1000, 1250));
        screenshot("notice.png");
    }

    private void open(WebDriverWait wait, String id) {
        var search = window.browser().findElement(By.id("declaration-id"));
        search.clear();
        search.sendKeys(id);
        window.browser().findElement(By.cssSelector("#search button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("declaration-facts"), id));
    }

    private int decisions(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM decision WHERE declaration_id = ?", Integer.class, id);
    }

    private void logIn(WebDriverWait wait) {
        window.browser().get("http://localhost:" + port + "/console/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(OpsFixtures.OPERATOR);
        window.browser().findElement(By.id("password")).sendKeys(OpsFixtures.OPERATOR_PASSWORD);
        window.browser().findElement(By.id("login")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "operator"));
    }

    private void screenshot(String name) throws IOException {
        ((JavascriptExecutor) window.browser()).executeScript("window.scrollTo(0, 0)");
        window.screenshot(Path.of("target", name));
    }
}
