package org.budgetflow.workflow.api;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The progress dashboard {@code /dashboard}: a static page ({@code static/dashboard/index.html}) whose script reads
 * {@code /api/cycles}. Only finance, performance, congress and admin reach it: the identity module's page filter
 * answers everyone else (401 with a link to the Tasklist login, 403 for department users).
 */
@Controller
public class DashboardPage {
    static final String PAGE = "/dashboard/index.html";

    @GetMapping({"/dashboard", "/dashboard/"})
    public String dashboard() {
        return "forward:" + PAGE;
    }
}
