package org.budgetflow.publication;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The portal's URLs, under the server's context path. */
@Component
public class PortalLinks {
    private final String root;

    public PortalLinks(@Value("${server.servlet.context-path:}") String contextPath) {
        String path = contextPath == null ? "" : contextPath.trim();
        this.root = (path.endsWith("/") ? path.substring(0, path.length() - 1) : path) + "/public";
    }

    public String index() {
        return root;
    }

    public String search(String query) {
        return root + "?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String catalogue() {
        return root + "/index.json";
    }

    /** The page of the department's current version. */
    public String page(int year, String departmentCode) {
        return root + "/" + year + "/" + departmentCode;
    }

    /** The page of one version, current or superseded. */
    public String page(int year, String departmentCode, int version) {
        return page(year, departmentCode) + "/v" + version;
    }

    /** A file of one version ({@code disclosure.pdf}, …, {@code csv.zip}). */
    public String file(int year, String departmentCode, int version, String fileName) {
        return page(year, departmentCode, version) + "/" + fileName;
    }

    /** One table's CSV ({@code table-03.csv}) of one version. */
    public String csv(int year, String departmentCode, int version, String csvName) {
        return page(year, departmentCode, version) + "/csv/" + csvName;
    }
}
