package org.budgetflow.disclosure.render.html;

import org.budgetflow.budget.IndicatorCategory;
import org.budgetflow.disclosure.model.BalanceTable;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.DisclosureTable;
import org.budgetflow.disclosure.model.OverallPerformanceTable;
import org.budgetflow.disclosure.model.ProjectPerformanceTable;
import org.budgetflow.disclosure.model.Table;
import org.budgetflow.disclosure.model.TableVisitor;
import org.budgetflow.disclosure.render.NarrativeTemplate;

/**
 * One disclosure table as a section: its number (预算01表), title, the department and amount unit line, the table,
 * and under it the note (table 08's 注) and the empty-table remark (备注). A table with more than
 * {@link #PORTRAIT_COLUMNS} columns is marked {@code wide}: printed on a landscape page.
 */
final class TableSectionMarkup {
    /** Tables with more leaf columns than this are printed landscape (02, 03, 05, 07, 09, 10, 11 and 13). */
    static final int PORTRAIT_COLUMNS = 8;
    /** Landscape tables with more leaf columns than this are printed smaller (02 and 07). */
    static final int LANDSCAPE_COLUMNS = 16;

    private final NarrativeTemplate template;

    TableSectionMarkup(NarrativeTemplate template) {
        this.template = template;
    }

    static String anchor(DisclosureTable table) {
        return "table-" + table.id();
    }

    static boolean wide(DisclosureTable table) {
        return columnCount(table) > PORTRAIT_COLUMNS;
    }

    static int columnCount(DisclosureTable table) {
        return table.accept(new TableVisitor<Integer>() {
            @Override
            public Integer visit(Table t) {
                return t.grid().columns().size();
            }

            @Override
            public Integer visit(BalanceTable t) {
                return t.income().columns().size() + t.expenditure().columns().size();
            }

            @Override
            public Integer visit(OverallPerformanceTable t) {
                return 5;
            }

            @Override
            public Integer visit(ProjectPerformanceTable t) {
                return 6 + 2 * IndicatorCategory.values().length;
            }
        });
    }

    void write(Markup m, Disclosure disclosure, DisclosureTable table) {
        int columns = columnCount(table);
        String layout = columns > LANDSCAPE_COLUMNS ? " wide very-wide" : columns > PORTRAIT_COLUMNS ? " wide" : "";
        m.open("section", "class", "disclosure-table" + layout,
                "id", anchor(table), "data-table", table.id()).newline();
        m.element("p", table.number(), "class", "table-number");
        m.element("h2", table.title(), "class", "table-title");
        if (table instanceof OverallPerformanceTable overall) {
            m.element("p", template.text("table12.year", overall.yearLabel()), "class", "table-year");
        } else {
            m.open("p", "class", "table-meta")
                    .element("span", template.text("table.department", disclosure.department().displayName()),
                            "class", "department")
                    .text(" ")
                    .element("span", template.text("table.unit"), "class", "unit")
                    .close("p");
        }
        m.newline().open("div", "class", "table-scroll");
        String note = table.accept(new Body(m));
        m.close("div").newline();
        if (note != null) {
            m.element("p", note, "class", "table-note").newline();
        }
        String remark = remark(table);
        if (remark != null) {
            m.element("p", remark, "class", "table-remark").newline();
        }
        m.close("section").newline();
    }

    private static String remark(DisclosureTable table) {
        if (table instanceof Table t) {
            return t.remark();
        }
        if (table instanceof ProjectPerformanceTable p) {
            return p.remark();
        }
        return null;
    }

    /** Writes the table body of each shape; returns the note to print under it, if any. */
    private final class Body implements TableVisitor<String> {
        private final Markup m;

        Body(Markup m) {
            this.m = m;
        }

        @Override
        public String visit(Table table) {
            new GridMarkup().write(m, table.grid());
            return table.note();
        }

        @Override
        public String visit(BalanceTable table) {
            new BalanceTableMarkup().write(m, table);
            return null;
        }

        @Override
        public String visit(OverallPerformanceTable table) {
            new OverallPerformanceMarkup(template).write(m, table);
            return null;
        }

        @Override
        public String visit(ProjectPerformanceTable table) {
            new ProjectPerformanceMarkup(template).write(m, table);
            return null;
        }
    }
}
