package org.budgetflow.publication;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.budgetflow.disclosure.render.html.Markup;
import org.budgetflow.publication.chart.Chart;
import org.budgetflow.publication.chart.ChartMarkup;
import org.budgetflow.publication.chart.DisclosureCharts;
import org.budgetflow.workflow.PublishedDisclosures.PublishedBudget;
import org.budgetflow.workflow.PublishedDisclosures.PublishedVersion;
import org.springframework.stereotype.Component;

/**
 * {@code /public/{year}/{dept}} (and {@code …/v{n}}): one published version of a department's budget — the cover
 * (department, year, 部门预算公开, publication date, version, checksum), the downloads, five charts drawn from its
 * disclosure.json, the narrative and the 13 tables as published, and every version with its correction.
 */
@Component
public class DepartmentPage {
    private final PortalLayout layout;
    private final PortalLinks links;
    private final DisclosureCharts charts = new DisclosureCharts();
    private final ChartMarkup chartMarkup = new ChartMarkup();

    public DepartmentPage(PortalLayout layout, PortalLinks links) {
        this.layout = layout;
        this.links = links;
    }

    /**
     * What one page shows.
     *
     * @param disclosure    the version's disclosure.json
     * @param publishedMain the narrative and tables of its disclosure.html ({@code null} if unavailable)
     * @param csvNames      the per-table CSV files in its csv.zip
     */
    public record Source(PublishedBudget budget, PublishedVersion shown, JsonNode disclosure, String publishedMain,
                         List<String> csvNames) {
    }

    public Rendered render(Source source) {
        PublishedBudget budget = source.budget();
        PublishedVersion shown = source.shown();
        String name = departmentName(source);
        int year = budget.year();
        Markup h = new Markup(64 * 1024 + (source.publishedMain() == null ? 0 : source.publishedMain().length()));
        layout.open(h, year + "年" + name + "部门预算公开 · 第 " + shown.version() + " 版",
                year + " 年 · " + name, null);
        cover(h, source, name);
        notices(h, budget, shown);
        downloads(h, budget, shown, source.csvNames());
        h.open("section", "class", "chart-section", "id", "charts").newline();
        h.element("h2", "图表");
        h.open("div", "class", "charts").newline();
        for (Chart chart : charts.charts(source.disclosure())) {
            chartMarkup.write(h, chart);
        }
        h.close("div").close("section").newline();
        h.open("div", "class", "published", "id", "published").newline();
        if (source.publishedMain() != null) {
            h.raw(source.publishedMain());
        } else {
            h.element("p", "本页暂不能显示说明和表格，请下载 PDF 或 Excel 文件阅读。", "class", "notice");
        }
        h.close("div").newline();
        versions(h, budget, shown);
        layout.close(h);
        return Rendered.page(h.toString().getBytes(StandardCharsets.UTF_8), IndexPage.TYPE);
    }

    private static String departmentName(Source source) {
        JsonNode department = source.disclosure().path("department");
        for (String field : List.of("printedName", "name")) {
            if (department.path(field).isTextual() && !department.path(field).asText().isBlank()) {
                return department.path(field).asText();
            }
        }
        return source.budget().departmentName();
    }

    private void cover(Markup h, Source source, String name) {
        PublishedVersion shown = source.shown();
        h.open("header", "class", "cover", "id", "cover").newline();
        h.element("p", source.budget().year() + "年", "class", "cover-year");
        h.element("h1", name, "class", "cover-department");
        h.element("p", "部门预算公开", "class", "cover-title");
        h.open("dl", "class", "cover-facts");
        h.element("dt", "部门代码").element("dd", source.budget().departmentCode(), "class", "department-code");
        h.element("dt", "公开日期").open("dd", "class", "published-at")
                .open("time", "datetime", PublishedTimes.iso(shown.publishedAt()))
                .text(PublishedTimes.dateTime(shown.publishedAt())).close("time").close("dd");
        h.element("dt", "版本").element("dd", "第 " + shown.version() + " 版", "class", "version");
        h.element("dt", "校验码（SHA-256）").element("dd", shown.checksum(), "class", "checksum");
        h.close("dl").newline();
        h.close("header").newline();
    }

    private void notices(Markup h, PublishedBudget budget, PublishedVersion shown) {
        PublishedVersion current = budget.current();
        if (shown.version() != current.version()) {
            PublishedVersion successor = successor(budget, shown);
            h.open("p", "class", "notice superseded-notice");
            h.text("此版本已被第 " + successor.version() + " 版更正取代" + reason(successor.correctionReason()) + "。");
            h.element("a", "查看现行版本（第 " + current.version() + " 版）", "href",
                    links.page(budget.year(), budget.departmentCode()));
            h.close("p").newline();
        } else if (shown.correctionReason() != null) {
            h.element("p", "本版为更正后的现行版本（第 " + shown.version() + " 版）"
                    + reason(shown.correctionReason()) + "。", "class", "notice correction-notice");
        }
    }

    private void downloads(Markup h, PublishedBudget budget, PublishedVersion shown, List<String> csvNames) {
        int year = budget.year();
        String code = budget.departmentCode();
        h.open("section", "class", "downloads", "id", "downloads").newline();
        h.element("h2", "下载");
        h.open("ul");
        for (String file : Downloads.FILES) {
            if (shown.fileNames().contains(file)) {
                h.open("li").element("a", Downloads.label(file), "href",
                        links.file(year, code, shown.version(), file), "class", "download", "data-file", file,
                        "download", "").close("li");
            }
        }
        h.close("ul").newline();
        if (!csvNames.isEmpty()) {
            h.open("details", "class", "csv-tables").element("summary", "按表下载 CSV（" + csvNames.size() + " 个文件）");
            h.open("ul");
            for (String csv : csvNames) {
                h.open("li").element("a", TableTitles.ofCsv(csv), "href", links.csv(year, code, shown.version(), csv),
                        "class", "download csv", "data-file", csv, "download", "").close("li");
            }
            h.close("ul").close("details").newline();
        }
        h.close("section").newline();
    }

    private void versions(Markup h, PublishedBudget budget, PublishedVersion shown) {
        int year = budget.year();
        String code = budget.departmentCode();
        h.open("section", "class", "versions", "id", "versions").newline();
        h.element("h2", "公开版本");
        h.open("ol", "reversed", "");
        for (PublishedVersion version : budget.versions()) {
            boolean current = version.version() == budget.current().version();
            h.open("li", "class", "version " + (current ? "current" : "superseded"), "data-version",
                    Integer.toString(version.version()));
            h.open("strong");
            if (version.version() == shown.version()) {
                h.text("第 " + version.version() + " 版");
            } else {
                h.element("a", "第 " + version.version() + " 版", "href", current ? links.page(year, code)
                        : links.page(year, code, version.version()));
            }
            h.close("strong");
            h.text("，公开于 " + PublishedTimes.dateTime(version.publishedAt()) + "。");
            if (current) {
                h.element("span", "现行版本" + (version.correctionReason() == null ? "。"
                        : "，更正原因：" + version.correctionReason() + "。"), "class", "status");
            } else {
                PublishedVersion successor = successor(budget, version);
                h.element("span", "已被第 " + successor.version() + " 版更正取代" + reason(successor.correctionReason())
                        + "。", "class", "status");
            }
            h.open("span", "class", "links");
            for (String file : Downloads.FILES) {
                if (version.fileNames().contains(file)) {
                    h.element("a", Downloads.label(file), "href", links.file(year, code, version.version(), file),
                            "download", "");
                }
            }
            h.close("span").close("li").newline();
        }
        h.close("ol").close("section").newline();
    }

    /** The version published right after {@code version}: the correction that replaced it. */
    private static PublishedVersion successor(PublishedBudget budget, PublishedVersion version) {
        List<PublishedVersion> versions = budget.versions();
        for (int i = versions.size() - 1; i > 0; i--) {
            if (versions.get(i).version() == version.version()) {
                return versions.get(i - 1);
            }
        }
        return budget.current();
    }

    private static String reason(String correctionReason) {
        return correctionReason == null || correctionReason.isBlank() ? "" : "，更正原因：" + correctionReason;
    }
}
