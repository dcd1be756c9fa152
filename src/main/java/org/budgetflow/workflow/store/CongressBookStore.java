package org.budgetflow.workflow.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The congress review books ({@code bf_congress_book_file}): the files of each review's book. */
@Repository
public class CongressBookStore {
    private final JdbcClient jdbc;

    public CongressBookStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One file of a book. */
    public record BookFile(String fileName, String contentType, String sha256, byte[] content) {
    }

    /** Stores the book of a review, replacing an earlier attempt's files (a retried job writes them again). */
    public void replace(int year, int session, List<BookFile> files, Instant at) {
        jdbc.sql("delete from bf_congress_book_file where budget_year = ? and congress_session = ?")
                .params(year, session).update();
        for (BookFile file : files) {
            jdbc.sql("insert into bf_congress_book_file (budget_year, congress_session, file_name, content_type, "
                            + "sha256, byte_size, content, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(year, session, file.fileName(), file.contentType(), file.sha256(), file.content().length,
                            file.content(), Timestamps.of(at))
                    .update();
        }
    }

    public List<String> fileNames(int year, int session) {
        return jdbc.sql("select file_name from bf_congress_book_file where budget_year = ? and congress_session = ? "
                        + "order by file_name")
                .params(year, session).query(String.class).list();
    }

    public Optional<BookFile> file(int year, int session, String fileName) {
        return jdbc.sql("select file_name, content_type, sha256, content from bf_congress_book_file "
                        + "where budget_year = ? and congress_session = ? and file_name = ?")
                .params(year, session, fileName)
                .query((row, i) -> new BookFile(row.getString("file_name"), row.getString("content_type"),
                        row.getString("sha256"), row.getBytes("content")))
                .optional();
    }
}
