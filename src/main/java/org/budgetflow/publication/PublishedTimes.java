package org.budgetflow.publication;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Publication times as the public reads them: Beijing time (Asia/Shanghai). */
public final class PublishedTimes {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private PublishedTimes() {
    }

    /** {@code 2023-02-01}. */
    public static String date(Instant at) {
        return DATE.format(at.atZone(ZONE));
    }

    /** {@code 2023年2月1日 10:30} (北京时间). */
    public static String dateTime(Instant at) {
        return DATE_TIME.format(at.atZone(ZONE));
    }

    /** ISO-8601 with the +08:00 offset, for open data. */
    public static String iso(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(ZONE).toOffsetDateTime());
    }
}
