package org.budgetflow.book;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.budgetflow.budget.DepartmentPerformance.OverallIndicator;
import org.budgetflow.budget.DepartmentPerformance.Task;
import org.budgetflow.budget.Indicator;
import org.budgetflow.disclosure.render.html.Markup;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;

/**
 * The book as one XHTML page for the PDF layout: cover, district summary (totals, per department the findings'
 * counts, then every finding), part one (each department's 整体绩效目标表), part two (each department's projects by
 * unit, each project with its indicators), and a PDF outline. Amounts in 元 with thousands separators, as the printed
 * book shows them. All text is escaped ({@link Markup}).
 */
final class BookXhtml {
    static final String STYLESHEET = "book/book-pdf.css";

    private final String css;

    BookXhtml(String css) {
        if (css.contains("<") || css.contains("&")) {
            throw new IllegalArgumentException("the stylesheet contains '<' or '&'");
        }
        this.css = css;
    }

    static BookXhtml loadDefault() {
        try (InputStream in = BookXhtml.class.getClassLoader().getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("Resource not on the classpath: " + STYLESHEET);
            }
            return new BookXhtml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + STYLESHEET, e);
        }
    }

    String render(CongressBook book) {
        Markup w = new Markup(256 * 1024 + book.summary().projects() * 2048);
        w.raw("<!DOCTYPE html>\n");
        w.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "zh-CN").open("head");
        w.empty("meta", "charset", "UTF-8");
        w.element("title", book.title());
        w.open("style").raw(css).close("style");
        bookmarks(w, book);
        w.close("head").open("body");
        cover(w, book);
        summary(w, book);
        partOne(w, book);
        partTwo(w, book);
        return w.close("body").close("html").toString();
    }

    private static void bookmarks(Markup w, CongressBook book) {
        w.open("bookmarks");
        w.empty("bookmark", "name", "汇总", "href", "#summary");
        w.open("bookmark", "name", "第一部分 部门整体绩效目标表", "href", "#part-1");
        for (int i = 0; i < book.departments().size(); i++) {
            DepartmentSection d = book.departments().get(i);
            w.empty("bookmark", "name", d.code() + " " + d.name(), "href", "#o-" + i);
        }
        w.close("bookmark");
        w.open("bookmark", "name", "第二部分 项目支出绩效目标表", "href", "#part-2");
        for (int i = 0; i < book.departments().size(); i++) {
            DepartmentSection d = book.departments().get(i);
            w.empty("bookmark", "name", d.code() + " " + d.name(), "href", "#p-" + i);
        }
        w.close("bookmark").close("bookmarks");
    }

    private static void cover(Markup w, CongressBook book) {
        DistrictSummary s = book.summary();
        w.open("div", "class", "cover");
        w.element("p", book.year() + "年", "class", "cover-year");
        w.element("h1", CongressBook.TITLE, "class", "cover-title");
        w.element("p", "提交区人民代表大会审查", "class", "cover-note");
        w.element("p", "部门 " + s.departments() + " 个　项目 " + s.projects() + " 个　金额单位：元", "class", "cover-meta");
        w.close("div");
    }

    private static void summary(Markup w, CongressBook book) {
        DistrictSummary s = book.summary();
        w.open("div", "class", "summary", "id", "summary");
        w.element("h2", "汇总");
        w.element("h3", "全区预算情况");
        w.open("table", "class", "grid").open("colgroup").empty("col", "style", "width:40%")
                .empty("col", "style", "width:60%").close("colgroup").open("tbody");
        labelRow(w, "部门数", Integer.toString(s.departments()));
        labelRow(w, "项目数", Integer.toString(s.projects()));
        figureRows(w, s.totals());
        labelRow(w, "校验发现的问题", "错误 " + s.errors() + " 项，警告 " + s.warnings() + " 项");
        w.close("tbody").close("table");

        w.element("h3", "各部门预算情况与审查提示（金额单位：元）");
        w.open("table", "class", "grid").open("colgroup");
        for (String width : List.of("7%", "33%", "15%", "13%", "13%", "7%", "6%", "6%")) {
            w.empty("col", "style", "width:" + width);
        }
        w.close("colgroup").open("thead").open("tr");
        for (String h : List.of("代码", "部门", "部门预算总额", "基本支出", "项目支出", "项目数", "错误", "警告")) {
            w.element("th", h);
        }
        w.close("tr").close("thead").open("tbody");
        for (DepartmentSection d : book.departments()) {
            w.open("tr").element("td", d.code(), "class", "code").element("td", d.name())
                    .element("td", Yuan.grouped(d.figures().total()), "class", "num")
                    .element("td", Yuan.grouped(d.figures().basic()), "class", "num")
                    .element("td", Yuan.grouped(d.figures().project()), "class", "num")
                    .element("td", Integer.toString(d.projects().size()), "class", "num")
                    .element("td", Long.toString(d.count(Severity.ERROR)), "class", "num")
                    .element("td", Long.toString(d.count(Severity.WARNING)), "class", "num").close("tr");
        }
        w.close("tbody").close("table");

        w.element("h3", "审查提示：校验发现的问题");
        if (s.errors() + s.warnings() == 0) {
            w.element("p", "各部门预算均未发现问题。", "class", "empty-note");
        }
        for (DepartmentSection d : book.departments()) {
            if (d.findings().isEmpty()) {
                continue;
            }
            w.element("h4", d.code() + " " + d.name() + "（错误 " + d.count(Severity.ERROR) + " 项，警告 "
                    + d.count(Severity.WARNING) + " 项）");
            w.open("table", "class", "grid").open("colgroup");
            for (String width : List.of("7%", "7%", "60%", "26%")) {
                w.empty("col", "style", "width:" + width);
            }
            w.close("colgroup").open("thead").open("tr");
            for (String h : List.of("规则", "级别", "说明", "位置")) {
                w.element("th", h);
            }
            w.close("tr").close("thead").open("tbody");
            for (Finding f : d.findings()) {
                w.open("tr").element("td", f.rule(), "class", "code")
                        .element("td", f.severity().label(), "class", "code severity-" + f.severity().name())
                        .element("td", f.message()).element("td", f.location()).close("tr");
            }
            w.close("tbody").close("table");
        }
        w.close("div");
    }

    private static void partOne(Markup w, CongressBook book) {
        w.open("div", "class", "part", "id", "part-1");
        w.element("h2", "第一部分　" + book.year() + "年区级部门整体绩效目标表", "class", "part-title");
        for (int i = 0; i < book.departments().size(); i++) {
            overall(w, book.year(), book.departments().get(i), "o-" + i, i == 0);
        }
        w.close("div");
    }

    private static void overall(Markup w, int year, DepartmentSection d, String id, boolean first) {
        w.open("div", "class", first ? "department first" : "department", "id", id);
        w.element("h3", "部门（单位）整体绩效目标表", "class", "table-title");
        w.element("p", "（" + year + " 年度）", "class", "table-year");
        w.open("p", "class", "table-meta").text("部门名称：" + d.code() + " " + d.name())
                .element("span", "金额单位：元", "class", "unit").close("p");
        if (!d.hasOverallTargets()) {
            w.element("p", "本部门预算没有填报部门整体绩效目标。", "class", "empty-note");
        }
        w.open("table", "class", "grid").open("colgroup").empty("col", "style", "width:22%")
                .empty("col", "style", "width:78%").close("colgroup").open("tbody");
        w.open("tr").element("td", "年度履职目标", "class", "label").element("td", d.annualGoal()).close("tr");
        w.close("tbody").close("table");

        if (!d.tasks().isEmpty()) {
            w.open("table", "class", "grid").open("colgroup").empty("col", "style", "width:32%")
                    .empty("col", "style", "width:68%").close("colgroup").open("thead").open("tr")
                    .element("th", "年度主要任务：任务名称").element("th", "主要内容").close("tr").close("thead")
                    .open("tbody");
            for (Task t : d.tasks()) {
                w.open("tr").element("td", t.name()).element("td", t.content()).close("tr");
            }
            w.close("tbody").close("table");
        }

        w.open("table", "class", "grid").open("colgroup").empty("col", "style", "width:40%")
                .empty("col", "style", "width:60%").close("colgroup").open("tbody");
        figureRows(w, d.figures());
        w.close("tbody").close("table");

        if (!d.indicators().isEmpty()) {
            w.open("table", "class", "grid").open("colgroup");
            for (String width : List.of("11%", "13%", "20%", "12%", "44%")) {
                w.empty("col", "style", "width:" + width);
            }
            w.close("colgroup").open("thead").open("tr");
            for (String h : List.of("一级指标", "二级指标", "三级指标", "指标值", "指标值说明")) {
                w.element("th", h);
            }
            w.close("tr").close("thead").open("tbody");
            for (OverallIndicator i : d.indicators()) {
                w.open("tr").element("td", i.level1()).element("td", i.level2()).element("td", i.level3())
                        .element("td", i.value()).element("td", i.explanation()).close("tr");
            }
            w.close("tbody").close("table");
        }
        w.close("div");
    }

    private static void partTwo(Markup w, CongressBook book) {
        w.open("div", "class", "part", "id", "part-2");
        w.element("h2", "第二部分　" + book.year() + "年区级部门预算项目支出绩效目标表", "class", "part-title");
        for (int i = 0; i < book.departments().size(); i++) {
            projects(w, book.departments().get(i), "p-" + i, i == 0);
        }
        w.close("div");
    }

    private static void projects(Markup w, DepartmentSection d, String id, boolean first) {
        w.open("div", "class", first ? "department first" : "department", "id", id);
        w.element("h3", d.code() + " " + d.name(), "class", "department-title");
        w.element("p", "项目 " + d.projects().size() + " 个，资金总额 " + Yuan.grouped(d.projectTotal())
                + " 元，其中政府预算资金 " + Yuan.grouped(d.projectGovernmentFunds()) + " 元", "class", "table-meta");
        if (d.projects().isEmpty()) {
            w.element("p", "本部门预算没有项目支出。", "class", "empty-note");
        }
        for (UnitGroup unit : d.units()) {
            w.element("h4", unit.code() + " " + unit.name() + "　资金总额 " + Yuan.grouped(unit.total())
                    + " 元，政府预算资金 " + Yuan.grouped(unit.governmentFunds()) + " 元", "class", "unit-title");
            w.open("table", "class", "grid").open("colgroup").empty("col", "style", "width:14%")
                    .empty("col", "style", "width:56%").empty("col", "style", "width:30%").close("colgroup")
                    .open("thead").open("tr").element("th", "一级指标").element("th", "三级指标").element("th", "指标值")
                    .close("tr").close("thead");
            for (ProjectEntry p : unit.projects()) {
                w.open("tbody", "class", "project");
                w.open("tr", "class", "project").element("th", projectLine(p), "colspan", "3").close("tr");
                for (Indicator i : p.indicators()) {
                    w.open("tr").element("td", category(i), "class", "code").element("td", i.name())
                            .element("td", i.value()).close("tr");
                }
                if (p.indicators().isEmpty()) {
                    w.open("tr").element("td", "未填报绩效指标", "colspan", "3", "class", "empty-note").close("tr");
                }
                w.close("tbody");
            }
            w.close("table");
        }
        w.close("div");
    }

    private static String projectLine(ProjectEntry p) {
        return (p.projectCode() == null ? "" : p.projectCode() + " ") + p.projectName() + "　" + p.typeLabel()
                + "　资金总额 " + Yuan.grouped(p.total()) + " 元　政府预算资金 " + Yuan.grouped(p.governmentFunds()) + " 元";
    }

    private static String category(Indicator i) {
        return i.category() == null ? "" : i.category().label() + "指标";
    }

    private static void figureRows(Markup w, BudgetFigures f) {
        amountRow(w, "部门预算总额（元）", f.total());
        amountRow(w, "资金来源：（1）政府预算资金", f.governmentFunds());
        amountRow(w, "　　　　　（2）财政专户管理资金", f.specialAccount());
        amountRow(w, "　　　　　（3）单位资金", f.unitFunds());
        amountRow(w, "资金结构：（1）基本支出", f.basic());
        amountRow(w, "　　　　　（2）项目支出", f.project());
    }

    private static void amountRow(Markup w, String label, BigDecimal wan) {
        w.open("tr").element("td", label).element("td", Yuan.grouped(wan), "class", "num").close("tr");
    }

    private static void labelRow(Markup w, String label, String value) {
        w.open("tr").element("td", label).element("td", value, "class", "num").close("tr");
    }
}
