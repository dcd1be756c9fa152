package org.budgetflow.district;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The checks of the book's figures and extraction that do not decide ownership (D4–D8); ownership is
 * {@link BookAttribution}'s. Run after it, over the rows it attributed.
 */
final class BookChecks {
    private final PerformanceBook book;
    private final BookAttribution attribution;
    private final BookFindings.Collector findings;

    BookChecks(PerformanceBook book, BookAttribution attribution, BookFindings.Collector findings) {
        this.book = book;
        this.attribution = attribution;
        this.findings = findings;
    }

    void run() {
        book.departments().forEach(this::checkTableAmounts);
        book.projects().forEach(this::checkProjectAmount);
        book.projects().forEach(this::checkExtraction);
        book.projects().forEach(this::checkType);
        checkHeaders();
        attribution.departments().forEach(this::checkTable);
    }

    /** D4 for the figures of an overall table. */
    private void checkTableAmounts(BookDepartment table) {
        String where = "departments.json[" + table.index() + "]";
        inexact(where + ".totalBudgetYuan", table.name() + " 部门预算总额", table.totalYuan());
        inexact(where + ".basicYuan", table.name() + " 基本支出", table.basicYuan());
        inexact(where + ".projectYuan", table.name() + " 项目支出", table.projectYuan());
    }

    /** D4 for a project's 资金总额. */
    private void checkProjectAmount(BookProject p) {
        inexact("projects.json[" + p.index() + "].totalYuan", "项目“" + p.projectName() + "”（" + p.projectCode()
                + "）资金总额", p.totalYuan());
    }

    private void inexact(String where, String what, BigDecimal yuan) {
        if (yuan != null && !Yuan.convertsExactly(yuan)) {
            findings.add(BookRule.D4, where, what + " " + Yuan.grouped(yuan) + " 元 换算为万元是 "
                    + Yuan.toWan(yuan).toPlainString() + "，不是两位小数；预算中按原值保留（未四舍五入），须核实原书金额");
        }
    }

    /** D5: the extraction marked the row (and some of its cells) as doubtful. */
    private void checkExtraction(BookProject p) {
        long cells = p.uncertainIndicators();
        long blank = p.indicators().stream().filter(i -> i.value() == null || i.value().isBlank()).count();
        if (!p.uncertain() && cells == 0 && blank == 0) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (!p.uncertainReasons().isEmpty()) {
            parts.add("原因：" + String.join("；", p.uncertainReasons()));
        }
        if (cells > 0) {
            parts.add(cells + " 个指标标记为不确定");
        }
        if (blank > 0) {
            parts.add(blank + " 个指标没有指标值");
        }
        findings.add(BookRule.D5, "projects.json[" + p.index() + "]", "项目“" + p.projectName() + "”（"
                + p.projectCode() + "，单位 " + p.unitCode() + " " + Objects.toString(p.unitName(), "") + "）的提取不确定（"
                + String.join("；", parts) + "）；生成的预算照录所提取的内容，请对照原书核实");
    }

    /** D6: the type is printed in part. */
    private void checkType(BookProject p) {
        if (!ProjectTypes.complete(p.projectType())) {
            findings.add(BookRule.D6, "projects.json[" + p.index() + "].projectType", "项目“" + p.projectName() + "”（"
                    + p.projectCode() + "）的项目类型印为“" + Objects.toString(p.projectType(), "") + "”，按"
                    + ProjectTypes.parse(p.projectType()).label() + "生成");
        }
    }

    /** D7: a header's total differs from the rows attributed to its block. */
    private void checkHeaders() {
        for (BookHeader unit : book.unitHeaders()) {
            List<BookProject> rows = book.projects().stream()
                    .filter(p -> unit.code().equals(p.unitCode()) && attribution.isAttributed(p)).toList();
            compare(unit, "单位", rows, "project_section_headers.json.unitHeaders[" + unit.index() + "]");
        }
        for (BookHeader department : book.departmentHeaders()) {
            List<BookProject> rows = book.projects().stream()
                    .filter(p -> department.code().equals(p.departmentCode()) && attribution.isAttributed(p)).toList();
            compare(department, "部门", rows,
                    "project_section_headers.json.departmentHeaders[" + department.index() + "]");
        }
    }

    private void compare(BookHeader header, String level, List<BookProject> rows, String where) {
        if (header.totalYuan() == null) {
            return;
        }
        BigDecimal sum = BookAttribution.sum(rows);
        if (sum.compareTo(header.totalYuan()) != 0) {
            String extra = header.extraRows().isEmpty() ? ""
                    : "；表头下另有无编码行 " + String.join("、", header.extraRows());
            findings.add(BookRule.D7, where, "项目表" + level + "表头 " + header.code() + " " + header.name() + " 合计 "
                    + Yuan.grouped(header.totalYuan()) + " 元，其 " + rows.size() + " 个项目合计 " + Yuan.grouped(sum)
                    + " 元（相差 " + Yuan.grouped(sum.subtract(header.totalYuan()).abs()) + " 元）" + extra);
        }
    }

    /** D8: the overall table's own figures, and its 项目支出 against the projects it owns. */
    private void checkTable(DepartmentEntry entry) {
        BookDepartment t = entry.table();
        if (t == null) {
            return;
        }
        String where = "departments.json[" + t.index() + "]";
        String name = entry.code() + " " + t.name();
        if (t.totalYuan() == null || t.basicYuan() == null || t.projectYuan() == null) {
            findings.add(BookRule.D8, where, "部门 " + name + " 的部门整体绩效目标表缺少部门预算总额、基本支出或项目支出；"
                    + "缺少的数按 0 生成");
            return;
        }
        BigDecimal split = t.basicYuan().add(t.projectYuan());
        if (split.compareTo(t.totalYuan()) != 0) {
            findings.add(BookRule.D8, where, "部门 " + name + " 基本支出 " + Yuan.grouped(t.basicYuan()) + " 元 + 项目支出 "
                    + Yuan.grouped(t.projectYuan()) + " 元 = " + Yuan.grouped(split) + " 元 ≠ 部门预算总额 "
                    + Yuan.grouped(t.totalYuan()) + " 元");
        }
        BigDecimal sources = orZero(t.governmentFundsYuan()).add(orZero(t.specialAccountYuan()))
                .add(orZero(t.unitFundsYuan()));
        if (sources.compareTo(t.totalYuan()) != 0) {
            findings.add(BookRule.D8, where, "部门 " + name + " 资金来源合计 " + Yuan.grouped(sources)
                    + " 元（政府预算资金、财政专户管理资金、单位资金）≠ 部门预算总额 " + Yuan.grouped(t.totalYuan())
                    + " 元；生成的预算全部按一般公共预算安排");
        }
        BigDecimal projects = BookAttribution.sum(entry.projects());
        if (projects.compareTo(t.projectYuan()) != 0) {
            findings.add(BookRule.D8, where, "部门 " + name + " 的 " + entry.projects().size() + " 个项目合计 "
                    + Yuan.grouped(projects) + " 元 ≠ 部门整体绩效目标表项目支出 " + Yuan.grouped(t.projectYuan())
                    + " 元（相差 " + Yuan.grouped(projects.subtract(t.projectYuan()).abs()) + " 元）；生成的预算按项目合计");
        }
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
