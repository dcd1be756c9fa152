package org.budgetflow.testing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.budgetflow.budget.DepartmentPerformance.OverallIndicator;
import org.budgetflow.budget.DepartmentPerformance.Task;
import org.budgetflow.district.BookDepartment;
import org.budgetflow.district.BookHeader;
import org.budgetflow.district.BookIndicator;
import org.budgetflow.district.BookProject;
import org.budgetflow.district.PerformanceBook;
import org.budgetflow.district.PerformanceBookReader;

/**
 * Small performance-target books built in code for the demo-district tests (amounts in 元), and the real 2024 book
 * of the shared examples.
 */
public final class DistrictBooks {
    private final List<BookDepartment> departments = new ArrayList<>();
    private final List<BookProject> projects = new ArrayList<>();
    private final List<BookHeader> departmentHeaders = new ArrayList<>();
    private final List<BookHeader> unitHeaders = new ArrayList<>();

    public static DistrictBooks book() {
        return new DistrictBooks();
    }

    /** The folder of the real 2024 book's data. */
    public static Path realBookDir() {
        return SharedExamples.shared().resolve("examples/xigong-2024-performance-book");
    }

    public static PerformanceBook realBook() {
        return new PerformanceBookReader().read(realBookDir(), 2024);
    }

    /** An overall table whose basic + project = total and whose money is all 政府预算资金. */
    public DistrictBooks table(String name, long basicYuan, long projectYuan) {
        long total = basicYuan + projectYuan;
        return table(name, total, total, basicYuan, projectYuan);
    }

    public DistrictBooks table(String name, long totalYuan, long governmentYuan, long basicYuan, long projectYuan) {
        departments.add(new BookDepartment(departments.size(), name, y(totalYuan), y(governmentYuan), null, null,
                y(basicYuan), y(projectYuan), "年度履职目标", List.of(new Task("任务", "内容")),
                List.of(new OverallIndicator("效益指标", "满意度", "服务对象满意度", "≥95%", null))));
        return this;
    }

    public DistrictBooks project(String departmentCode, String departmentName, String unitCode, String unitName,
                                 String code, String name, String type, long yuan) {
        projects.add(new BookProject(projects.size(), departmentCode, departmentName, unitCode, unitName, code, name,
                type, y(yuan), y(yuan), List.of(new BookIndicator("OUTPUT", "完成率", "≥95%", false)), false,
                List.of()));
        return this;
    }

    /** A project row without 政府预算资金, as the book prints the 财政专户 rows. */
    public DistrictBooks fundProject(String departmentCode, String departmentName, String unitCode, String code,
                                     String name, long yuan) {
        projects.add(new BookProject(projects.size(), departmentCode, departmentName, unitCode, departmentName, code,
                name, "其他运转类", y(yuan), null, List.of(), false, List.of()));
        return this;
    }

    public DistrictBooks uncertainProject(String departmentCode, String departmentName, String unitCode, String code,
                                          String name, long yuan, String reason) {
        projects.add(new BookProject(projects.size(), departmentCode, departmentName, unitCode, departmentName, code,
                name, "特定目标类", y(yuan), y(yuan), List.of(new BookIndicator("COST", "成本", null, true)), true,
                List.of(reason)));
        return this;
    }

    public DistrictBooks departmentHeader(String code, String name, long yuan) {
        departmentHeaders.add(new BookHeader(departmentHeaders.size(), code, name, y(yuan), code, List.of()));
        return this;
    }

    public DistrictBooks unitHeader(String code, String name, long yuan) {
        unitHeaders.add(new BookHeader(unitHeaders.size(), code, name, y(yuan), code.substring(0, 3), List.of()));
        return this;
    }

    public PerformanceBook build() {
        return new PerformanceBook("2024年区级部门预算绩效目标表", 2024, departments, projects, departmentHeaders,
                unitHeaders);
    }

    private static BigDecimal y(long yuan) {
        return BigDecimal.valueOf(yuan);
    }
}
