package org.budgetflow.workflow.store;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files of each publication ({@code bf_publication_file}), written with their publication record. */
@Repository
public class PublicationFileStore {
    private final JdbcClient jdbc;

    public PublicationFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One published file. */
    public record PublishedFile(String fileName, String contentType, String sha256, byte[] content) {
    }

    public void add(int year, String departmentCode, int version, PublishedFile file) {
        jdbc.sql("insert into bf_publication_file (budget_year, department_code, budget_version, file_name, "
                        + "content_type, sha256, byte_size, content) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(year, departmentCode, version, file.fileName(), file.contentType(), file.sha256(),
                        file.content().length, file.content())
                .update();
    }

    public List<String> fileNames(int year, String departmentCode, int version) {
        return jdbc.sql("select file_name from bf_publication_file where budget_year = ? and department_code = ? "
                        + "and budget_version = ? order by file_name")
                .params(year, departmentCode, version).query(String.class).list();
    }

    public Optional<PublishedFile> file(int year, String departmentCode, int version, String fileName) {
        return jdbc.sql("select file_name, content_type, sha256, content from bf_publication_file where budget_year = ? "
                        + "and department_code = ? and budget_version = ? and file_name = ?")
                .params(year, departmentCode, version, fileName)
                .query((row, i) -> new PublishedFile(row.getString("file_name"), row.getString("content_type"),
                        row.getString("sha256"), row.getBytes("content")))
                .optional();
    }
}
