package org.budgetflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.testing.DashboardCycles.at;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.budgetflow.testing.HeadlessChromium;
import org.budgetflow.testing.DashboardApplication;
import org.budgetflow.testing.DashboardCycles;
import org.budgetflow.testing.WorkflowEngines;
import org.budgetflow.workflow.service.BudgetService;
import org.budgetflow.workflow.service.CycleService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The progress dashboard in a real browser (Debian's headless Chromium through its chromedriver): {@code finance}
 * logs into Tasklist, opens {@code /dashboard} with the same session, and sees department 310 at 财政局审核 and 311 at
 * 部门编制, the counts by stage, the 批复 deadline overdue in red, and 310's timeline with the finance bureau's
 * return and its comment (markup shown as text); the 54 departments of the demo district's 2024 cycle; a department
 * user is refused. Screenshots under {@code target/dashboard-screenshots/}. Runs where {@code /usr/bin/chromedriver}
 * is installed ({@code .ci/run} installs it).
 */
@DashboardApplication
@EnabledIf("browserInstalled")
class DashboardBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");
    /** After the demo cycles (2023, 2024) and the API test's years (2018–2022), in the same database. */
    private static final int YEAR = 2025;
    private static final String COMMENT = "请补充<b>测算</b>依据";

    @LocalServerPort
    private int port;
    @Autowired
    private ProcessEngine engine;
    @Autowired
    private CycleService cycleService;
    @Autowired
    private BudgetService budgetService;

    private WebDriver browser;
    private WebDriverWait wait;

    static boolean browserInstalled() {
        return HeadlessChromium.installed();
    }

    @BeforeEach
    void start_the_browser() {
        WorkflowEngines.activate(engine);
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stop_the_browser() {
        DashboardCycles.resetClock();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_finance_bureau_sees_each_department_at_its_stage_the_counts_and_a_timeline_with_its_comment()
            throws IOException {
        DashboardCycles cycles = new DashboardCycles(engine, cycleService, budgetService);
        at(YEAR, 1, 6, 9, 0);
        cycles.open(YEAR, YEAR + "-01-10", "310", "311");
        cycles.submit(YEAR, "310", 0);
        at(YEAR, 1, 6, 10, 30);
        cycles.financeReview(YEAR, "310", "return", COMMENT);
        at(YEAR, 1, 7, 14, 20);
        cycles.submit(YEAR, "310", 1);
        at(YEAR, 2, 3, 10, 0);
        try {
            logIntoTasklist("finance");
            browser.get(url("/dashboard?year=" + YEAR));

            WebElement row310 = row("310");
            WebElement row311 = row("311");
            assertThat(row310.findElement(By.cssSelector("td.stage")).getText()).isEqualTo("财政局审核");
            assertThat(row311.findElement(By.cssSelector("td.stage")).getText()).isEqualTo("部门编制");
            assertThat(row310.findElement(By.cssSelector("td.name")).getText())
                    .isEqualTo("洛阳市西工区社区治理和服务创新办公室");
            assertThat(count("")).isEqualTo("2");
            assertThat(count("DRAFTING")).isEqualTo("1");
            assertThat(count("FINANCE_REVIEW")).isEqualTo("1");
            assertThat(count("PUBLISHED")).isEqualTo("0");
            assertThat(browser.findElement(By.id("user")).getText()).contains("finance");

            WebElement approval = row311.findElement(By.cssSelector("td.deadline[data-kind='APPROVAL']"));
            assertThat(approval.getText()).contains("已逾期 4 天", "截止 " + YEAR + "-01-30");
            WebElement overdue = approval.findElement(By.cssSelector(".overdue"));
            assertThat(overdue.getCssValue("color")).isIn("rgba(198, 40, 40, 1)", "rgb(198, 40, 40)");
            assertThat(row310.findElement(By.cssSelector("td.last")).getText())
                    .isEqualTo("提交校验：校验通过（" + YEAR + "-01-07 14:20）");

            row310.findElement(By.cssSelector("button.toggle")).click();
            WebElement timeline = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("tr.timeline[data-code='310'] table")));
            List<WebElement> steps = timeline.findElements(By.cssSelector("tr.step"));
            assertThat(steps).extracting(WebElement::getText).hasSize(5);
            List<String> returned = steps.get(2).findElements(By.tagName("td")).stream().map(WebElement::getText)
                    .toList();
            assertThat(returned).containsExactly(YEAR + "-01-06 10:30", "财政局审核", "退回", COMMENT, "第 1 版",
                    "财政局审核员（finance）");
            assertThat(timeline.findElements(By.tagName("b"))).as("the comment's markup stays text").isEmpty();
            assertThat(steps.get(3).getText()).contains(YEAR + "-01-07 14:20", "部门编制", "提交", "第 2 版");
            screenshot("dashboard-" + YEAR + "-timeline.png");

            new Select(browser.findElement(By.id("stage"))).selectByValue("DRAFTING");
            wait.until(d -> d.findElements(By.cssSelector("#departments tbody tr[data-code='310']")).isEmpty());
            assertThat(browser.findElements(By.cssSelector("#departments tbody tr[data-stage]")))
                    .extracting(r -> r.getAttribute("data-code")).containsExactly("311");

            new Select(browser.findElement(By.id("year"))).selectByValue("2024");
            wait.until(d -> d.findElements(By.cssSelector("#departments tbody tr[data-stage]")).size() == 54);
            assertThat(count("DRAFTING")).isEqualTo("54");
            assertThat(browser.findElement(By.id("summary")).getText()).contains("2024 年度", "共 54 个部门");
            screenshot("dashboard-2024.png");
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure.png");
            Files.writeString(SCREENSHOTS.resolve("failure.html"), browser.getPageSource());
            throw e;
        }
    }

    @Test
    void a_department_user_logged_into_tasklist_is_refused() throws IOException {
        logIntoTasklist("dept310");
        browser.get(url("/dashboard"));

        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertThat(heading.getText()).isEqualTo("无权访问");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("dept310", "仅供财政局");
        assertThat(browser.findElements(By.id("departments"))).isEmpty();
        screenshot("dashboard-refused.png");
    }

    private WebElement row(String code) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#departments tbody tr[data-stage][data-code='" + code + "']")));
    }

    private String count(String stage) {
        return browser.findElement(By.cssSelector("#counts button[data-stage='" + stage + "'] .n")).getText();
    }

    private void logIntoTasklist(String user) {
        HeadlessChromium.logIntoTasklist(browser, wait, url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
