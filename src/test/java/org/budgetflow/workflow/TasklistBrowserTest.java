package org.budgetflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetflow.testing.HeadlessChromium;
import org.budgetflow.testing.SharedExamples;
import org.budgetflow.testing.WorkflowBudgets;
import org.budgetflow.testing.WorkflowEngines;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tasklist in a real browser (Debian's headless Chromium through its chromedriver): {@code dept310} logs in, opens
 * its 部门编制 task, sees the draft's status and the link to the drafting page, and submits; {@code finance} logs in,
 * opens 财政局审核 and approves; {@code congress} returns one of two departments with the form's checklist (sent as a
 * Json list). Runs where {@code /usr/bin/chromedriver} is installed ({@code .ci/run} installs it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("browserInstalled")
class TasklistBrowserTest {
    private static final int YEAR = 2080;

    @LocalServerPort
    private int port;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ProcessEngine processEngine;
    @Autowired
    private TaskService taskService;
    @Autowired
    private IdentityService identityService;

    private WebDriver browser;
    private WebDriverWait wait;

    static boolean browserInstalled() {
        return HeadlessChromium.installed();
    }

    @BeforeEach
    void start_the_browser() {
        WorkflowEngines.activate(processEngine);
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stop_the_browser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_department_submits_its_draft_in_tasklist_and_the_finance_bureau_approves_it() throws IOException {
        openCycleWithADraft();
        try {
            logIn("dept310");
            openTask("部门编制");
            WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
            wait.until(d -> form.getText().contains("第 1 版"));
            // Tasklist itself speaks Chinese (our zh.json, the default locale in config.js)
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .contains("表单", "历史", "流程图", "启动流程", "创建任务")
                    .doesNotContain("Start process", "Create task", "History", "Diagram");
            assertThat(form.getText()).contains(YEAR + " 年部门预算", "预算状态", "可以提交", "校验结果")
                    .doesNotContain("上次退回意见");
            assertThat(form.findElement(By.linkText("打开编制页面")).getAttribute("href"))
                    .endsWith("/drafting/index.html?year=" + YEAR + "&dept=310");
            claim();
            complete();
            wait.until(d -> task("draftBudget") == null);
            assertThat(task("financeReview")).isNotNull();
            logOut();

            logIn("finance");
            openTask("财政局审核");
            WebElement review = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
            claim();
            click(review.findElement(By.xpath(".//label[contains(., '通过，送绩效目标审核')]")));
            complete();
            wait.until(d -> task("performanceAudit") != null);
            assertThat(task("financeReview")).isNull();
        } catch (RuntimeException | AssertionError e) {
            evidence();
            throw e;
        }
    }

    @Test
    void the_congress_returns_one_department_with_tasklists_checklist() throws IOException {
        int year = YEAR + 1;
        openCycle(year, "310", "311");
        for (String department : List.of("310", "311")) {
            upload(year, department);
            completeAs("dept" + department, year + "-" + department, "draftBudget", Map.of());
            completeAs("finance", year + "-" + department, "financeReview", Map.of("decision", "approve"));
            completeAs("performance", year + "-" + department, "performanceAudit", Map.of("grade", "良"));
        }
        // the review's book is prepared by the job executor before the congress task exists
        for (int attempt = 0; attempt < 120 && taskService.createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(year)).taskDefinitionKey("congressApproval").count() == 0;
                attempt++) {
            pause(Duration.ofMillis(500));
        }
        try {
            logIn("congress");
            openTask("人大审查批准");
            WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
            wait.until(d -> form.getText().contains("洛阳市西工区医疗保障局"));
            assertThat(form.getText()).contains("第 1 次审查", "共 2 个部门", "160.92");
            claim();
            click(form.findElement(By.xpath(".//label[contains(., '退回部分部门')]")));
            click(form.findElement(By.xpath(".//label[contains(., '311 洛阳市西工区医疗保障局')]")));
            WebElement comment = browser.findElement(By.cssSelector(".fjs-form textarea"));
            click(comment);
            // chromedriver inserts Chinese text without a key event; a typed key lets the form read the field
            comment.sendKeys("医保基金测算依据不足 ", Keys.BACK_SPACE);
            comment.sendKeys(Keys.TAB);
            pause(Duration.ofSeconds(1)); // form-js takes typed text into its data after a short debounce
            complete();
            wait.until(d -> taskService.createTaskQuery().processInstanceBusinessKey(year + "-311")
                    .taskDefinitionKey("draftBudget").count() == 1);
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(year)).count()).isZero();
        } catch (RuntimeException | AssertionError e) {
            evidence();
            throw e;
        }
    }

    private void openCycle(int year, String... departments) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var opened = http.withBasicAuth("finance", "finance").postForEntity("/api/cycles",
                new HttpEntity<>(Map.of("year", year, "departments", List.of(departments)), headers), String.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private void upload(int year, String department) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ObjectNode budget = WorkflowBudgets.tree(department, department.equals("310")
                ? "洛阳市西工区社区治理和服务创新办公室" : "洛阳市西工区医疗保障局");
        budget.put("year", year);
        var uploaded = http.withBasicAuth("dept" + department, "dept" + department).exchange(
                "/api/budgets/" + year + "/" + department, HttpMethod.PUT,
                new HttpEntity<>(SharedExamples.bytes(budget), headers), String.class);
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** Completes a task through the engine's Java API as the user (in the demo each user's group has its id). */
    private void completeAs(String user, String businessKey, String key, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key)
                .singleResult();
        identityService.setAuthentication(user, List.of(user));
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void openCycleWithADraft() {
        openCycle(YEAR, "310");
        upload(YEAR, "310");
    }

    private void logIn(String user) {
        HeadlessChromium.logIntoTasklist(browser, wait, "http://localhost:" + port, user);
    }

    private void logOut() {
        browser.manage().deleteAllCookies();
    }

    private void openTask(String name) {
        WebElement task = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class,'tasks-list')]//*[contains(@class,'names')]//*[normalize-space(.)='"
                        + name + "']")));
        task.click();
    }

    /** Claims the open task: a candidate-group task's form is disabled until someone claims it. */
    private void claim() {
        By claim = By.cssSelector("button[ng-click='claim()']");
        wait.until(ExpectedConditions.elementToBeClickable(claim)).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(claim));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
    }

    private void complete() {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[ng-click='complete()']")));
        // the notice "task claimed" may lie over the button for a moment: click it as the page's own script would
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", button);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Scrolls the element to the middle of the window (away from Tasklist's fixed bars) and clicks it. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private Task task(String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(YEAR + "-310").taskDefinitionKey(key)
                .singleResult();
    }

    /** The page and a screenshot under target/, to see what the browser saw. */
    private void evidence() throws IOException {
        Path dir = Path.of("target", "browser");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("page.html"), browser.getPageSource());
        Files.write(dir.resolve("screen.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
