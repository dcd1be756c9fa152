package org.budgetflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.testing.SharedExamples;
import org.budgetflow.testing.WorkflowBudgets;
import org.budgetflow.testing.WorkflowEngines;
import org.budgetflow.workbook.WorkbookReader;
import org.budgetflow.workbook.WorkbookWriter;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Drafting in Excel through {@code /api/budgets/{year}/{dept}/workbook}: download (template or latest version),
 * upload (stored as a budget-v1 version, findings placed in the workbook), refusals that store nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkbookDraftingApiTest {
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final ClassificationCatalog CATALOG = ClassificationCatalog.loadDefault();
    private static int nextYear = 2090;

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ProcessEngine processEngine;
    private int year;

    @BeforeEach
    void open_a_cycle_of_its_own() {
        WorkflowEngines.activate(processEngine);
        year = nextYear++;
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> opened = http.withBasicAuth("finance", "finance").postForEntity("/api/cycles",
                new HttpEntity<>(Map.of("year", year, "departments", List.of("310", "311")), headers), String.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void an_uploaded_workbook_is_stored_as_a_budget_v1_version_with_its_findings_placed_in_the_workbook() {
        Budget budget = workedExample();

        ResponseEntity<JsonNode> uploaded = upload("dept310", new WorkbookWriter(CATALOG).write(budget));

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode report = uploaded.getBody();
        assertThat(report.get("version").asInt()).isEqualTo(1);
        assertThat(report.get("errors").asInt()).isZero();
        assertThat(report.get("warnings").asInt()).isPositive();
        JsonNode indicator = first(report, "projects[");
        assertThat(indicator.get("cell").get("sheet").asText()).isIn("项目", "项目绩效指标");
        assertThat(indicator.get("cell").get("row").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(indicator.get("cell").get("label").asText()).startsWith("工作表“");
        String stored = http.withBasicAuth("dept310", "dept310")
                .getForObject("/api/budgets/" + year + "/310", String.class);
        Budget back = new BudgetJsonReader().read(new ByteArrayInputStream(stored.getBytes(StandardCharsets.UTF_8)));
        assertThat(back).isEqualTo(budget);
    }

    @Test
    void a_budget_uploaded_as_json_shows_its_findings_without_workbook_places() {
        ObjectNode tree = WorkflowBudgets.tree("310", "洛阳市西工区社区治理和服务创新办公室");
        tree.put("year", year);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<JsonNode> uploaded = http.withBasicAuth("dept310", "dept310").exchange(
                "/api/budgets/" + year + "/310", HttpMethod.PUT, new HttpEntity<>(SharedExamples.bytes(tree), headers),
                JsonNode.class);

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.OK);
        uploaded.getBody().get("findings").forEach(f -> assertThat(f.has("cell")).isFalse());
    }

    @Test
    void a_workbook_with_text_in_an_amount_cell_is_refused_naming_sheet_row_and_column_and_nothing_is_stored()
            throws IOException {
        byte[] workbook = edit(new WorkbookWriter(CATALOG).write(workedExample()),
                book -> book.getSheet("支出明细").getRow(4).getCell(12).setCellValue("八点三三"));

        ResponseEntity<JsonNode> refused = upload("dept310", workbook);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("error").asText()).contains("工作簿有 1 处错误，未保存");
        JsonNode field = refused.getBody().get("fields").get(0);
        assertThat(field.get("field").asText()).isEqualTo("支出明细!M5");
        assertThat(field.get("message").asText()).contains("工作表“支出明细”第 5 行 M 列（金额（万元））");
        assertThat(versions()).isZero();
    }

    @Test
    void a_file_that_is_not_a_workbook_and_a_file_of_fifty_megabytes_are_refused_and_nothing_is_stored() {
        ResponseEntity<JsonNode> text = upload("dept310", "预算".getBytes(StandardCharsets.UTF_8));
        ResponseEntity<JsonNode> huge = upload("dept310", new byte[50 * 1024 * 1024]);

        assertThat(text.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(text.getBody().get("fields").get(0).get("message").asText()).contains("不是 Excel 工作簿");
        assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(huge.getBody().get("fields").get(0).get("message").asText()).contains("MB");
        assertThat(versions()).isZero();
    }

    @Test
    void only_the_department_uploads_its_workbook_and_a_workbook_for_another_department_is_refused() {
        byte[] workbook = new WorkbookWriter(CATALOG).write(workedExample());

        assertThat(upload("dept311", workbook).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload("finance", workbook).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.exchange("/api/budgets/" + year + "/310/workbook", HttpMethod.PUT,
                new HttpEntity<>(workbook, xlsxHeaders()), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<JsonNode> wrongDepartment = http.withBasicAuth("dept311", "dept311").exchange(
                "/api/budgets/" + year + "/311/workbook", HttpMethod.PUT,
                new HttpEntity<>(workbook, xlsxHeaders()), JsonNode.class);
        assertThat(wrongDepartment.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongDepartment.getBody().toString()).contains("department.code");
        assertThat(versions()).isZero();
    }

    @Test
    void the_department_downloads_the_empty_template_first_and_its_latest_version_once_it_has_one() {
        ResponseEntity<byte[]> template = download("dept310");
        assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(template.getHeaders().getContentType()).isEqualTo(XLSX);
        assertThat(template.getHeaders().getContentDisposition().getFilename()).isEqualTo(year + "年部门310预算编制.xlsx");
        assertThat(template.getBody()).startsWith(0x50, 0x4B); // a ZIP: an .xlsx

        Budget budget = workedExample();
        upload("dept310", new WorkbookWriter(CATALOG).write(budget));
        ResponseEntity<byte[]> latest = download("dept310");

        assertThat(new WorkbookReader(CATALOG).read(new ByteArrayInputStream(latest.getBody()))).isEqualTo(budget);
        assertThat(download("dept311").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(download("finance").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private Budget workedExample() {
        ObjectNode tree = WorkflowBudgets.tree("310", "洛阳市西工区社区治理和服务创新办公室");
        tree.put("year", year);
        return new BudgetJsonReader().read(new ByteArrayInputStream(SharedExamples.bytes(tree)));
    }

    private ResponseEntity<JsonNode> upload(String user, byte[] workbook) {
        return http.withBasicAuth(user, user).exchange("/api/budgets/" + year + "/310/workbook", HttpMethod.PUT,
                new HttpEntity<>(workbook, xlsxHeaders()), JsonNode.class);
    }

    private ResponseEntity<byte[]> download(String user) {
        return http.withBasicAuth(user, user).getForEntity("/api/budgets/" + year + "/310/workbook", byte[].class);
    }

    private int versions() {
        return http.withBasicAuth("finance", "finance")
                .getForObject("/api/budgets/" + year + "/310/versions", JsonNode.class).size();
    }

    private static HttpHeaders xlsxHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(XLSX);
        return headers;
    }

    private static JsonNode first(JsonNode report, String locationPrefix) {
        for (JsonNode finding : report.get("findings")) {
            if (finding.path("location").asText().startsWith(locationPrefix)) {
                return finding;
            }
        }
        throw new AssertionError("no finding at " + locationPrefix + " in " + report);
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
