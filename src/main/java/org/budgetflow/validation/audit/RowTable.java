package org.budgetflow.validation.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A table made of typed rows (tables 02, 03, 05, 07, 09, 10, 11): a total row, department rows, and leaf rows
 * (units, 功能分类 项, economic-classification pairs, projects). Leaf rows belong to the department row printed
 * before them.
 */
public final class RowTable {
    public static final String TOTAL = "total";
    public static final String DEPARTMENT = "department";

    private final String id;
    private final List<TableRow> rows;
    private final String remark;
    private final List<TableRow> departments = new ArrayList<>();
    private final List<List<TableRow>> children = new ArrayList<>();
    private final List<TableRow> leaves = new ArrayList<>();

    RowTable(String id, List<TableRow> rows, String remark) {
        this.id = id;
        this.rows = List.copyOf(rows);
        this.remark = remark;
        List<TableRow> current = null;
        for (TableRow row : this.rows) {
            if (row.isType(TOTAL)) {
                continue;
            }
            if (row.isType(DEPARTMENT)) {
                departments.add(row);
                current = new ArrayList<>();
                children.add(current);
            } else {
                leaves.add(row);
                if (current != null) {
                    current.add(row);
                }
            }
        }
    }

    /** "03", "05" … */
    public String id() {
        return id;
    }

    /** How the table is named in messages: "表05". */
    public String label() {
        return "表" + id;
    }

    public List<TableRow> rows() {
        return rows;
    }

    public List<TableRow> rows(String rowType) {
        return rows.stream().filter(r -> r.isType(rowType)).toList();
    }

    /** The first row of this type with this code. */
    public Optional<TableRow> row(String rowType, String code) {
        return rows.stream().filter(r -> r.isType(rowType) && code.equals(r.code())).findFirst();
    }

    /** The (first) total row. */
    public Optional<TableRow> total() {
        return rows.stream().filter(r -> r.isType(TOTAL)).findFirst();
    }

    public List<TableRow> departments() {
        return Collections.unmodifiableList(departments);
    }

    /** The leaf rows under the i-th department row. */
    public List<TableRow> childrenOf(int departmentIndex) {
        return Collections.unmodifiableList(children.get(departmentIndex));
    }

    /** Every row that is neither the total nor a department row, in document order. */
    public List<TableRow> leaves() {
        return Collections.unmodifiableList(leaves);
    }

    /** The leaf rows that are 功能分类 项 rows (rowType function, or a 7-digit code). */
    public List<TableRow> functionRows() {
        return leaves.stream()
                .filter(r -> r.isType("function") || (r.code() != null && r.code().matches("[0-9]{7}")))
                .toList();
    }

    /** The 类 code of a 功能分类 row: its 类 field, else the first three digits of its code. */
    public static String classOf(TableRow row) {
        String cls = row.field("类");
        if (cls != null && !cls.isBlank()) {
            return cls.trim();
        }
        return row.code() != null && row.code().length() >= 3 ? row.code().substring(0, 3) : "";
    }

    public Optional<String> remark() {
        return Optional.ofNullable(remark).filter(s -> !s.isBlank());
    }

    /** True when some cell of some row is not zero. */
    public boolean hasData() {
        return rows.stream().anyMatch(r -> !r.values().isZero());
    }
}
