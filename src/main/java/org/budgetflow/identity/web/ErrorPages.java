package org.budgetflow.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.HtmlUtils;

/**
 * The Chinese HTML pages a guarded page answers with instead of its content: 401 (login required, with a Basic
 * challenge and a link to the Tasklist login) and 403 (logged in, but not one of the roles the page is for).
 */
final class ErrorPages {
    static final String TASKLIST = "/camunda/app/tasklist/";
    private static final String ROLES = "财政局、绩效管理、人大和管理员";

    private ErrorPages() {
    }

    static void loginRequired(HttpServletRequest request, HttpServletResponse response, String problem)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, ErrorResponses.CHALLENGE);
        String page = request.getRequestURI();
        write(response, HttpServletResponse.SC_UNAUTHORIZED, problem,
                "<p>本页面（预算编审进度看板）仅供" + ROLES + "查看，请先登录。</p>"
                        + "<p><a id=\"login\" href=\"" + escape(request.getContextPath() + TASKLIST) + "\">登录 Tasklist</a>"
                        + "，登录后再打开 <a href=\"" + escape(page) + "\">" + escape(page) + "</a>。"
                        + "也可以在浏览器弹出的对话框中输入用户名和密码。</p>");
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response, String userId) throws IOException {
        String who = userId == null ? "当前登录用户" : "用户 " + escape(userId);
        write(response, HttpServletResponse.SC_FORBIDDEN, "无权访问",
                "<p>" + who + " 无权查看本页面：预算编审进度看板仅供" + ROLES + "查看。</p>"
                        + "<p><a href=\"" + escape(request.getContextPath() + TASKLIST) + "\">返回 Tasklist</a>"
                        + "（如需切换用户，请先在 Tasklist 中退出登录）。</p>");
    }

    private static void write(HttpServletResponse response, int status, String title, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " — BudgetFlow</title>\n"
                + "<style>body { font-family: \"PingFang SC\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", sans-serif; "
                + "margin: 2rem; color: #222; max-width: 50rem; }</style>\n</head>\n<body>\n<h1>" + escape(title)
                + "</h1>\n" + body + "\n</body>\n</html>\n");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
