package org.budgetflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.budgetflow.testing.HeadlessChromium;
import org.budgetflow.testing.PublishedBudgets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The portal in a real browser (Debian's headless Chromium through its chromedriver, as {@code .ci/run} installs
 * them): a reader opens /public, searches a department by name, opens its page, sees the 13 tables and the five
 * charts drawn (SVG with a size on the screen), on a desktop and on a 390×844 phone screen (screenshots under
 * {@code target/portal-screenshots/}), and follows the PDF download link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        PortalTest.DATABASE, "budgetflow.demo.cycles=false"})
@EnabledIf("browserInstalled")
class PortalBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");

    @LocalServerPort
    private int port;
    @Autowired
    private ApplicationContext context;

    private WebDriver browser;
    private WebDriverWait wait;

    static boolean browserInstalled() {
        return HeadlessChromium.installed();
    }

    @BeforeEach
    void start_the_browser() {
        PublishedBudgets fixture = new PublishedBudgets(context);
        fixture.workedExample();
        fixture.hostileNames();
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
    void a_reader_searches_opens_a_department_sees_its_tables_and_charts_and_downloads_the_pdf() throws Exception {
        try {
            browser.get(url("/public"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.search")));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("部门预算公开");
            screenshot("index-desktop.png");

            WebElement search = browser.findElement(By.id("q"));
            search.sendKeys("社区治理");
            browser.findElement(By.cssSelector("form.search button")).click();
            wait.until(ExpectedConditions.urlContains("q="));
            List<WebElement> rows = browser.findElements(By.cssSelector("tr.department"));
            assertThat(rows).extracting(r -> r.getAttribute("data-department")).containsExactly("310");

            rows.get(0).findElement(By.tagName("a")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cover")));
            assertThat(browser.getCurrentUrl()).endsWith("/public/2023/310");
            assertThat(browser.findElement(By.cssSelector("#cover .cover-title")).getText()).contains("部门预算公开");
            List<WebElement> tables = browser.findElements(By.cssSelector("#published section.disclosure-table"));
            assertThat(tables).hasSize(13).allMatch(t -> t.findElement(By.tagName("table")).isDisplayed());
            assertThat(chartSizes()).hasSize(5).allSatisfy((id, size) ->
                    assertThat(size).as(id).allMatch(v -> v.doubleValue() > 0));
            assertThat(barWidths("#chart-function rect.bar")).hasSize(5).allMatch(w -> w > 0);
            screenshot("department-desktop.png");

            browser.manage().window().setSize(new Dimension(390, 844));
            browser.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cover")));
            assertThat(chartSizes()).hasSize(5).allSatisfy((id, size) ->
                    assertThat(size).as(id).allMatch(v -> v.doubleValue() > 0));
            assertThat(pageOverflow()).as("the page itself does not scroll sideways on a phone").isLessThanOrEqualTo(1);
            screenshot("department-phone.png");
            ((JavascriptExecutor) browser).executeScript("document.getElementById('charts').scrollIntoView()");
            screenshot("department-phone-charts.png");

            String pdf = browser.findElement(By.cssSelector("#downloads a[data-file='disclosure.pdf']"))
                    .getAttribute("href");
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(pdf)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(new String(download.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure.png");
            Files.writeString(SCREENSHOTS.resolve("failure.html"), browser.getPageSource());
            throw e;
        }
    }

    @Test
    void a_name_with_markup_runs_no_script_in_the_browser() {
        browser.get(url("/public/2023/" + PublishedBudgets.HOSTILE));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cover")));

        assertThat(browser.findElement(By.cssSelector("#cover .cover-department")).getText())
                .isEqualTo(PublishedBudgets.HOSTILE_NAME);
        assertThat(((JavascriptExecutor) browser).executeScript("return document.scripts.length")).isEqualTo(0L);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Each chart's SVG width and height on the screen. */
    @SuppressWarnings("unchecked")
    private Map<String, List<Number>> chartSizes() {
        return (Map<String, List<Number>>) ((JavascriptExecutor) browser).executeScript(
                "const out = {};"
                        + "document.querySelectorAll('figure.chart svg').forEach(s => {"
                        + "  const r = s.getBoundingClientRect(); out[s.closest('figure').id] = [r.width, r.height]; });"
                        + "return out;");
    }

    @SuppressWarnings("unchecked")
    private List<Double> barWidths(String selector) {
        List<Number> widths = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]))"
                        + ".map(b => b.getBoundingClientRect().width);", selector);
        return widths.stream().map(Number::doubleValue).toList();
    }

    private long pageOverflow() {
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return overflow.longValue();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
