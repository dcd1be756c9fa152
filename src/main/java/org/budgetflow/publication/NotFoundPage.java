package org.budgetflow.publication;

import java.nio.charset.StandardCharsets;

import org.budgetflow.disclosure.render.html.Markup;
import org.springframework.stereotype.Component;

/** The page of a 404: the address names no published budget, version or file. Rendered once. */
@Component
public class NotFoundPage {
    private final Rendered page;

    public NotFoundPage(PortalLayout layout, PortalLinks links) {
        Markup h = new Markup(8 * 1024);
        layout.open(h, "未找到 · " + PortalLayout.SITE_NAME, "未找到", null);
        h.element("h1", "未找到该页面", "class", "not-found");
        h.element("p", "此地址没有已公开的部门预算、版本或文件。部门预算经人民代表大会批准并公开后才可在此查阅。");
        h.open("p").element("a", "返回部门预算公开目录", "href", links.index()).close("p");
        layout.close(h);
        this.page = Rendered.page(h.toString().getBytes(StandardCharsets.UTF_8), IndexPage.TYPE);
    }

    public Rendered page() {
        return page;
    }
}
