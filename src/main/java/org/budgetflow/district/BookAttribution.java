package org.budgetflow.district;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides which department every project row and every overall table belongs to, as the book's own totals say:
 * <ul>
 *   <li>an overall table names its department but prints no code: the code is the one the project table gives that
 *       name (its project rows, else its department header row); a table no code matches is D9;</li>
 *   <li>rows past the point where a unit's running total reaches its header's total, when the department's header
 *       or overall table also stops there, are in no header's total: no department owns them (D1);</li>
 *   <li>a department of the project table without an overall table is a pseudo-department (D3: its name is a fund,
 *       "专户", or none of its rows carries 政府预算资金) or a department whose table is missing (D2, generated from its
 *       projects).</li>
 * </ul>
 */
final class BookAttribution {
    /** A project-table "department" whose name contains this is a fund (财政专户), not a budget department. */
    static final String FUND_ACCOUNT_WORD = "专户";

    private final List<DepartmentEntry> departments;
    private final List<BookProject> unattributed;
    private final List<BookProject> pseudo;
    private final Set<Integer> unattributedIndexes;

    private BookAttribution(List<DepartmentEntry> departments, List<BookProject> unattributed,
                            List<BookProject> pseudo) {
        this.departments = List.copyOf(departments);
        this.unattributed = List.copyOf(unattributed);
        this.pseudo = List.copyOf(pseudo);
        this.unattributedIndexes = new HashSet<>();
        unattributed.forEach(p -> unattributedIndexes.add(p.index()));
    }

    /** The departments to generate, by code. */
    List<DepartmentEntry> departments() {
        return departments;
    }

    List<BookProject> unattributed() {
        return unattributed;
    }

    List<BookProject> pseudoDepartmentProjects() {
        return pseudo;
    }

    boolean isAttributed(BookProject project) {
        return !unattributedIndexes.contains(project.index());
    }

    static BookAttribution of(PerformanceBook book, BookFindings.Collector findings) {
        Map<String, List<BookProject>> rowsByCode = new LinkedHashMap<>();
        Map<String, String> codeByName = new HashMap<>();
        Map<String, String> nameByCode = new HashMap<>();
        for (BookProject p : book.projects()) {
            rowsByCode.computeIfAbsent(p.departmentCode(), k -> new ArrayList<>()).add(p);
            if (p.departmentName() != null) {
                codeByName.putIfAbsent(key(p.departmentName()), p.departmentCode());
                nameByCode.putIfAbsent(p.departmentCode(), p.departmentName());
            }
        }
        Map<String, BookHeader> departmentHeaders = new HashMap<>();
        for (BookHeader h : book.departmentHeaders()) {
            departmentHeaders.putIfAbsent(h.code(), h);
            if (h.name() != null) {
                codeByName.putIfAbsent(key(h.name()), h.code());
                nameByCode.putIfAbsent(h.code(), h.name());
            }
        }

        Map<String, BookDepartment> tables = new LinkedHashMap<>();
        for (BookDepartment table : book.departments()) {
            String code = codeByName.get(key(table.name()));
            String where = "departments.json[" + table.index() + "]";
            if (code == null) {
                findings.add(BookRule.D9, where, "部门整体绩效目标表“" + table.name() + "”（部门预算总额 "
                        + (table.totalYuan() == null ? "未列" : Yuan.describe(table.totalYuan())) + "）在项目表中没有同名部门，无法确定部门代码，未生成预算");
            } else if (tables.containsKey(code)) {
                findings.add(BookRule.D9, where, "部门整体绩效目标表“" + table.name() + "”与 departments.json["
                        + tables.get(code).index() + "] 对应同一部门代码 " + code + "，未生成预算");
            } else {
                tables.put(code, table);
            }
        }

        List<BookProject> unattributed = new ArrayList<>();
        rowsByCode.forEach((code, rows) -> unattributed.addAll(
                unattributedRows(book, code, rows, departmentHeaders.get(code), tables.get(code), findings)));
        Set<Integer> outside = new HashSet<>();
        unattributed.forEach(p -> outside.add(p.index()));

        Map<String, DepartmentEntry> entries = new TreeMap<>();
        List<BookProject> pseudo = new ArrayList<>();
        rowsByCode.forEach((code, rows) -> {
            List<BookProject> owned = rows.stream().filter(p -> !outside.contains(p.index())).toList();
            BookDepartment table = tables.get(code);
            String name = table != null ? table.name() : nameByCode.getOrDefault(code, code);
            if (table == null && isPseudo(name, owned)) {
                pseudo.addAll(owned);
                reportPseudo(code, name, owned, departmentHeaders.get(code), findings);
            } else {
                if (table == null) {
                    reportMissingTable(code, name, owned, findings);
                }
                entries.put(code, new DepartmentEntry(code, name, table, owned));
            }
        });
        tables.forEach((code, table) -> entries.putIfAbsent(code,
                new DepartmentEntry(code, table.name(), table, List.of())));
        return new BookAttribution(new ArrayList<>(entries.values()), unattributed, pseudo);
    }

    /**
     * The rows of a department that lie beyond every total of the book: within a unit, the running total reaches the
     * unit header's total before the unit's rows end, and the department's header (or its overall table's 项目支出)
     * equals the department's rows without that tail.
     */
    private static List<BookProject> unattributedRows(PerformanceBook book, String code, List<BookProject> rows,
                                                      BookHeader departmentHeader, BookDepartment table,
                                                      BookFindings.Collector findings) {
        BigDecimal departmentSum = sum(rows);
        for (BookHeader unit : book.unitHeaders()) {
            if (!code.equals(unit.departmentCode()) || unit.totalYuan() == null) {
                continue;
            }
            List<BookProject> unitRows = rows.stream().filter(p -> unit.code().equals(p.unitCode())).toList();
            int reached = prefixReaching(unitRows, unit.totalYuan());
            if (reached <= 0 || reached >= unitRows.size()) {
                continue;
            }
            List<BookProject> tail = unitRows.subList(reached, unitRows.size());
            BigDecimal rest = departmentSum.subtract(sum(tail));
            boolean departmentStops = departmentHeader != null && departmentHeader.totalYuan() != null
                    && departmentHeader.totalYuan().compareTo(rest) == 0;
            boolean tableStops = table != null && table.projectYuan() != null
                    && table.projectYuan().compareTo(rest) == 0;
            if (departmentStops || tableStops) {
                BookProject last = unitRows.get(reached - 1);
                for (BookProject p : tail) {
                    findings.add(BookRule.D1, "projects.json[" + p.index() + "]", "项目“" + p.projectName() + "”（"
                            + p.projectCode() + "）" + Yuan.describe(p.totalYuan()) + "列在单位 " + unit.code() + " "
                            + unit.name() + " 的最后一个项目“" + last.projectName() + "”之后：该单位表头合计 "
                            + Yuan.grouped(unit.totalYuan()) + " 元到此已经达到，"
                            + (tableStops ? "部门整体绩效目标表项目支出 " + Yuan.grouped(table.projectYuan()) + " 元"
                            : "部门表头合计 " + Yuan.grouped(departmentHeader.totalYuan()) + " 元")
                            + "也不含它，其后没有新的单位或部门表头；不属于任何部门，未计入任何部门预算");
                }
                return List.copyOf(tail);
            }
        }
        return List.of();
    }

    /** The number of leading rows whose amounts add up exactly to the total; -1 when no prefix does. */
    private static int prefixReaching(List<BookProject> rows, BigDecimal total) {
        BigDecimal running = BigDecimal.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            running = running.add(rows.get(i).totalYuan());
            int c = running.compareTo(total);
            if (c == 0) {
                return i + 1;
            }
            if (c > 0) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isPseudo(String name, List<BookProject> rows) {
        return name.contains(FUND_ACCOUNT_WORD)
                || (!rows.isEmpty() && rows.stream().allMatch(p -> p.governmentFundsYuan() == null));
    }

    private static void reportPseudo(String code, String name, List<BookProject> rows, BookHeader header,
                                     BookFindings.Collector findings) {
        String where = header != null ? "project_section_headers.json.departmentHeaders[" + header.index() + "]"
                : "projects.json[" + rows.get(0).index() + "]";
        List<String> listed = rows.stream()
                .map(p -> "“" + p.projectName() + "”" + Yuan.grouped(p.totalYuan()) + " 元（单位 " + p.unitCode() + "）")
                .toList();
        List<String> reasons = new ArrayList<>();
        reasons.add("没有部门整体绩效目标表");
        if (name.contains(FUND_ACCOUNT_WORD)) {
            reasons.add("名称是资金账户而不是单位");
        }
        if (rows.stream().allMatch(p -> p.governmentFundsYuan() == null)) {
            reasons.add("项目没有政府预算资金（所列金额可能是财政专户管理资金）");
        }
        findings.add(BookRule.D3, where, "项目表中的“" + name + "”（" + code + "）列有 " + rows.size() + " 个项目，合计 "
                + Yuan.describe(sum(rows)) + "：" + String.join("、", listed) + "。它" + String.join("，", reasons)
                + "，不是预算部门；这些项目未生成预算");
    }

    private static void reportMissingTable(String code, String name, List<BookProject> rows,
                                           BookFindings.Collector findings) {
        findings.add(BookRule.D2, "projects.json[" + rows.get(0).index() + "]", "部门 " + code + " " + name
                + " 在项目表中列有 " + rows.size() + " 个项目，合计 " + Yuan.describe(sum(rows))
                + "，但书中没有它的部门整体绩效目标表：已按项目生成其预算（基本支出按 0 计，整体绩效目标为空），"
                + "部门预算总额和基本支出无从核对");
    }

    static BigDecimal sum(List<BookProject> rows) {
        return rows.stream().map(BookProject::totalYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String key(String name) {
        return name.replaceAll("\\s+", "");
    }
}
