package org.budgetflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetflow.testing.HeadlessChromium;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.testing.SharedExamples;
import org.budgetflow.testing.WorkflowBudgets;
import org.budgetflow.testing.WorkflowEngines;
import org.budgetflow.workbook.WorkbookWriter;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The drafting page in a real browser (Debian's headless Chromium): {@code dept310}, logged into Tasklist, uploads
 * a filled-in workbook and sees its findings with the sheet, row and column of each; a workbook with text in an
 * amount cell is refused, the cell named. Screenshots under {@code target/drafting-screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("browserInstalled")
class DraftingBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "drafting-screenshots");
    private static final int YEAR = 2089;

    @LocalServerPort
    private int port;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ProcessEngine processEngine;

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
    void a_department_uploads_a_workbook_on_the_drafting_page_and_sees_each_finding_in_its_sheet_row_and_column()
            throws IOException {
        openCycle();
        Path workbook = write("budget-" + YEAR + "-310.xlsx", new WorkbookWriter(ClassificationCatalog.loadDefault())
                .write(workedExample()));
        Path broken = write("broken-" + YEAR + "-310.xlsx", edit(Files.readAllBytes(workbook),
                book -> book.getSheet("支出明细").getRow(4).getCell(12).setCellValue("八点三三")));
        logIntoTasklist("dept310");
        browser.get("http://localhost:" + port + "/drafting/index.html?year=" + YEAR + "&dept=310");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user"), "dept310"));

        browser.findElement(By.id("file")).sendKeys(broken.toAbsolutePath().toString());
        browser.findElement(By.id("upload")).click();
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "未保存"));
        } catch (RuntimeException e) {
            screenshot("failed.png");
            Files.writeString(SCREENSHOTS.resolve("failed.html"), browser.getPageSource());
            throw new AssertionError("status: " + browser.findElement(By.id("status")).getText(), e);
        }
        WebElement refusal = browser.findElement(By.id("findings"));
        assertThat(refusal.getText()).contains("工作表“支出明细”第 5 行 M 列（金额（万元））", "支出明细!M5");
        screenshot("refused.png");

        browser.findElement(By.id("file")).sendKeys(workbook.toAbsolutePath().toString());
        browser.findElement(By.id("upload")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "已保存为第 1 版"));
        WebElement findings = browser.findElement(By.id("findings"));
        assertThat(browser.findElement(By.id("status")).getText()).contains("错误 0 项", "没有错误");
        assertThat(findings.findElement(By.cssSelector("th.cell")).getText()).isEqualTo("工作簿位置");
        List<String> places = findings.findElements(By.cssSelector("tbody td.cell")).stream()
                .map(WebElement::getText).toList();
        assertThat(places).anyMatch(p -> p.matches("工作表“项目绩效指标”第 \\d+ 行"))
                .contains("工作表“项目”第 2 行 B 列（项目编码）");
        assertThat(findings.getText()).contains("L1", "警告");
        assertThat(browser.findElement(By.id("workbook")).getAttribute("href"))
                .endsWith("/api/budgets/" + YEAR + "/310/workbook");
        screenshot("findings.png");
    }

    private void openCycle() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var opened = http.withBasicAuth("finance", "finance").postForEntity("/api/cycles",
                new HttpEntity<>(Map.of("year", YEAR, "departments", List.of("310")), headers), String.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private static Budget workedExample() {
        ObjectNode tree = WorkflowBudgets.tree("310", "洛阳市西工区社区治理和服务创新办公室");
        tree.put("year", YEAR);
        return new BudgetJsonReader().read(new ByteArrayInputStream(SharedExamples.bytes(tree)));
    }

    private void logIntoTasklist(String user) {
        HeadlessChromium.logIntoTasklist(browser, wait, "http://localhost:" + port, user);
    }

    private static Path write(String name, byte[] content) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        return Files.write(SCREENSHOTS.resolve(name), content);
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static byte[] edit(byte[] workbook, java.util.function.Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            change.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }
}
