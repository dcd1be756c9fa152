package org.budgetflow.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.budgetflow.disclosure.render.html.Markup;
import org.springframework.stereotype.Component;

/** The frame of every portal page: head (viewport, inline stylesheet), the site bar and the footer. */
@Component
public class PortalLayout {
    static final String STYLESHEET = "publication/portal.css";
    static final String SITE_NAME = "部门预算公开";

    private final String css;
    private final PortalLinks links;

    public PortalLayout(PortalLinks links) {
        this.links = links;
        this.css = read(STYLESHEET);
        if (css.contains("<")) {
            throw new IllegalStateException("The portal stylesheet may not contain '<'");
        }
    }

    /** Opens the page up to the start of its content ({@code <main class="page">}). */
    public void open(Markup h, String title, String crumb, String crumbLink) {
        h.raw("<!DOCTYPE html>\n");
        h.open("html", "lang", "zh-CN").newline().open("head").newline();
        h.empty("meta", "charset", "UTF-8").newline();
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        h.element("title", title).newline();
        h.open("style").raw(css).close("style").newline();
        h.close("head").newline();
        h.open("body").newline();
        h.open("header", "class", "site").open("div", "class", "site-inner");
        h.element("a", SITE_NAME, "href", links.index(), "class", "site-name");
        if (crumb != null) {
            h.open("span", "class", "crumbs").text(" › ");
            if (crumbLink != null) {
                h.element("a", crumb, "href", crumbLink);
            } else {
                h.text(crumb);
            }
            h.close("span");
        }
        h.close("div").close("header").newline();
        h.open("main", "class", "page", "id", "content").newline();
    }

    public void close(Markup h) {
        h.close("main").newline();
        h.open("footer", "class", "footer");
        h.text("本网站公开经人民代表大会批准的部门预算。金额单位：万元。开放数据：");
        h.element("a", "数据目录（JSON）", "href", links.catalogue());
        h.close("footer").newline();
        h.close("body").newline().close("html").newline();
    }

    private static String read(String resource) {
        try (InputStream in = PortalLayout.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Resource not on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
