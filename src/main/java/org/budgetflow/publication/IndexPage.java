package org.budgetflow.publication;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.budgetflow.disclosure.render.html.Markup;
import org.budgetflow.workflow.PublishedDisclosures.PublishedBudget;
import org.budgetflow.workflow.PublishedDisclosures.PublishedVersion;
import org.springframework.stereotype.Component;

/**
 * {@code /public}: the published budgets by year (newest first), each department with its code, name, publication
 * date (Beijing time), version and a 「已更正」 mark when a correction was published; a search box filters by
 * department name or code on the server (a plain GET form, no script).
 */
@Component
public class IndexPage {
    public static final String TYPE = "text/html; charset=UTF-8";
    static final int MAX_QUERY = 100;

    private final PortalLayout layout;
    private final PortalLinks links;

    public IndexPage(PortalLayout layout, PortalLinks links) {
        this.layout = layout;
        this.links = links;
    }

    /** The page listing {@code budgets} whose department matches {@code query} (blank = all). */
    public Rendered render(List<PublishedBudget> budgets, String query) {
        String q = normalise(query);
        List<PublishedBudget> shown = budgets.stream().filter(b -> matches(b, q)).toList();
        Map<Integer, List<PublishedBudget>> byYear = new LinkedHashMap<>();
        shown.forEach(b -> byYear.computeIfAbsent(b.year(), y -> new java.util.ArrayList<>()).add(b));

        Markup h = new Markup(16 * 1024 + shown.size() * 400);
        layout.open(h, q.isEmpty() ? PortalLayout.SITE_NAME : "搜索“" + q + "” · " + PortalLayout.SITE_NAME, null,
                null);
        h.element("h1", "部门预算公开");
        h.element("p", "各部门经批准的年度部门预算及其说明、13 张公开表格，可在线阅读、下载 PDF、Excel、CSV 和开放数据（JSON）。",
                "class", "intro");
        h.open("form", "class", "search", "method", "get", "action", links.index(), "role", "search");
        h.element("label", "按部门名称搜索", "for", "q");
        h.empty("input", "type", "search", "id", "q", "name", "q", "value", q, "maxlength",
                Integer.toString(MAX_QUERY), "placeholder", "例如：人大、教育、卫生");
        h.element("button", "搜索", "type", "submit");
        h.close("form").newline();
        if (!q.isEmpty()) {
            h.open("p", "class", "search-result").text("名称含“" + q + "”的部门：" + shown.size() + " 个。");
            h.element("a", "显示全部", "href", links.index()).close("p").newline();
        }
        if (shown.isEmpty()) {
            h.element("p", q.isEmpty() ? "目前还没有公开的部门预算。" : "没有找到名称含“" + q + "”的已公开部门预算。",
                    "class", "empty");
        } else if (byYear.size() > 1) {
            h.open("nav", "class", "years-nav").text("年度：");
            byYear.keySet().forEach(year -> h.element("a", year + " 年", "href", "#year-" + year));
            h.close("nav").newline();
        }
        byYear.forEach((year, list) -> year(h, year, list));
        layout.close(h);
        return Rendered.page(h.toString().getBytes(StandardCharsets.UTF_8), TYPE);
    }

    private void year(Markup h, int year, List<PublishedBudget> budgets) {
        h.open("section", "class", "year", "id", "year-" + year, "data-year", Integer.toString(year)).newline();
        h.element("h2", year + " 年部门预算（" + budgets.size() + " 个部门）");
        h.open("div", "class", "scroll").open("table", "class", "departments");
        h.open("thead").open("tr");
        for (String column : List.of("部门代码", "部门名称", "公开日期", "版本")) {
            h.element("th", column, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody").newline();
        for (PublishedBudget budget : budgets) {
            PublishedVersion current = budget.current();
            h.open("tr", "class", "department", "data-department", budget.departmentCode());
            h.element("td", budget.departmentCode(), "class", "code");
            h.open("td", "class", "name");
            h.element("a", budget.departmentName(), "href", links.page(budget.year(), budget.departmentCode()));
            if (!budget.superseded().isEmpty()) {
                h.element("span", "已更正", "class", "corrected", "title", "已发布更正，现行为第 "
                        + current.version() + " 版");
            }
            h.close("td");
            h.open("td", "class", "date").open("time", "datetime", PublishedTimes.iso(current.publishedAt()))
                    .text(PublishedTimes.date(current.publishedAt())).close("time").close("td");
            h.element("td", "第 " + current.version() + " 版", "class", "version");
            h.close("tr").newline();
        }
        h.close("tbody").close("table").close("div").close("section").newline();
    }

    static String normalise(String query) {
        if (query == null) {
            return "";
        }
        String q = query.strip().replaceAll("\\s+", " ");
        return q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
    }

    static boolean matches(PublishedBudget budget, String q) {
        if (q.isEmpty()) {
            return true;
        }
        String needle = q.toLowerCase(Locale.ROOT);
        return budget.departmentName().toLowerCase(Locale.ROOT).contains(needle)
                || budget.departmentCode().toLowerCase(Locale.ROOT).equals(needle);
    }
}
