package org.budgetflow.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What has been made public (公开), for the public portal and open data: the published department budgets, each with
 * every published version (the current one first, earlier ones superseded by a correction), and their files. Only
 * published versions are ever returned; nothing of a budget that is not published is reachable through this API.
 */
public interface PublishedDisclosures {

    /** Every published department budget, newest year first, then by department code. */
    List<PublishedBudget> list();

    /** The department's published budget of {@code year}, if it was published. */
    Optional<PublishedBudget> find(int year, String departmentCode);

    /** One file of a published version ({@code disclosure.json}, {@code .html}, {@code .pdf}, {@code .xlsx}, {@code csv.zip}). */
    Optional<PublishedFile> file(int year, String departmentCode, int version, String fileName);

    /** A department's published budget of a year: its versions, newest first. */
    record PublishedBudget(int year, String departmentCode, String departmentName, List<PublishedVersion> versions) {
        public PublishedBudget {
            versions = List.copyOf(versions);
            if (versions.isEmpty()) {
                throw new IllegalArgumentException("A published budget has at least one version");
            }
        }

        /** The version in force. */
        public PublishedVersion current() {
            return versions.get(0);
        }

        /** Earlier versions, replaced by a correction (更正) and kept visible, newest first. */
        public List<PublishedVersion> superseded() {
            return versions.subList(1, versions.size());
        }
    }

    /**
     * One publication: the budget version published, when, the SHA-256 of its disclosure.json, the reason of the
     * correction it published ({@code null} for the first publication) and its file names.
     */
    record PublishedVersion(int version, Instant publishedAt, String checksum, String correctionReason,
                            List<String> fileNames) {
        public PublishedVersion {
            fileNames = List.copyOf(fileNames);
        }
    }

    /** A published file with its media type and SHA-256. */
    record PublishedFile(String fileName, String contentType, String sha256, byte[] content) {
    }
}
