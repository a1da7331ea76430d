package gx.zhicheng.ops;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The city office's 督导 section in a real browser (chromium, as {@link ConsoleBrowserTest}), on a database of its
 * own (it syncs the samples and decides on them; the context is closed after the class). Saves
 * {@code target/supervision.png} (docs/supervision.png).
 */
@org.springframework.context.annotation.Import(gx.zhicheng.mocks.FixedClock.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(ChromiumInstalled.class)
class SupervisionBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        OpsFixtures.registerSampleProvince(registry);
    }

    private final int port;
    private final JdbcTemplate jdbc;
    @RegisterExtension
    final BrowserWindow window = new BrowserWindow(1500, 2600);

    @Autowired
    SupervisionBrowserTest(@LocalServerPort int port, JdbcTemplate jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    /**
     * The city office's 督导 view after a sync of the samples and five decisions taken through the operator API: the
     * city's row first, a row per office and per series; a county's account does not see the section at all.
     */
    @Test
    void cityOfficeSeesTheSupervisionViewOfItsCounties() throws Exception {
        WebDriverWait wait = patiently();
        logIn(wait, OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD);
        // the console's script has attached its handlers once it shows the user (a click before that does nothing:
        // on a loaded machine the sync was then never started)
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "operator"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("start-sync"))).click();
        wait.until(d -> jdbc.queryForObject("SELECT COUNT(*) FROM declaration WHERE declaration_id = 'GX2022-0001069' "
                + "AND latest_outcome IS NOT NULL", Integer.class) == 1
                && jdbc.queryForObject("SELECT COUNT(*) FROM declaration WHERE review_state = 'PENDING'", Integer.class) == 0);
        decide("GX2022-0001037", "SI_RECORD_NOT_FOUND", "APPROVE");
        decide("GX2022-0001041", "WORK_HISTORY_MISMATCH", "DISMISS");
        decide("GX2022-0001043", "IDENTITY_TYPE_MISMATCH", "CONFIRM_FALSIFICATION");
        decide("GX2022-0001049", "NO_TITLE_APPROVAL_REQUIRED", "REFUSE");
        decide("GX2022-0001069", "PUBLIC_SUBJECT_EXAM_MISSING", "APPROVE");

        window.browser().manage().deleteAllCookies();
        logIn(wait, OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("supervision-section")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#sup-office tr.city"), "全市"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sup-series"), "中小学教师"));
        WebElement section = window.browser().findElement(By.id("supervision-section"));
        assertThat(section.getText()).contains("江州区职改办", "工程", "确认", "决定用时中位数");
        // when the figures kept between reads were taken (FigureSnapshots), here and beside the year's statistics
        assertThat(window.browser().findElement(By.id("sup-as-of")).getText()).isEqualTo("数据截至 2022-08-01 10:00:00。");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stat-total"), "数据截至 2022-08-01 10:00:00"));
        Path shot = section.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath();
        Files.createDirectories(Path.of("target"));
        Files.copy(shot, Path.of("target", "supervision.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        window.browser().manage().deleteAllCookies();
        logIn(wait, OpsFixtures.LONGZHOU, OpsFixtures.LONGZHOU_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "龙州县职改办"));
        assertThat(window.browser().findElement(By.id("supervision-section")).isDisplayed()).isFalse();
    }

    private void decide(String id, String rule, String decision) throws Exception {
        String auth = java.util.Base64.getEncoder().encodeToString(
                (OpsFixtures.OPERATOR + ":" + OpsFixtures.OPERATOR_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/ops/declarations/" + id + "/decisions"))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"rule\":\"" + rule + "\",\"decision\":\"" + decision + "\",\"note\":\"经电话核实\"}"))
                .build();
        var answer = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(id + " " + rule + ": " + answer.body()).isBetween(200, 299);
    }

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
}
