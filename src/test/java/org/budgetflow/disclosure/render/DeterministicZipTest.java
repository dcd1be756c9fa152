package org.budgetflow.disclosure.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** ZIP archives whose bytes depend only on their entries, whatever the clock and the machine's time zone. */
class DeterministicZipTest {
    private static final LocalDateTime TIME = LocalDateTime.of(2023, 1, 1, 0, 0);

    @Test
    void rewrites_an_archive_stamped_with_the_clock_into_the_same_bytes_in_any_time_zone() throws Exception {
        byte[] stamped = clockStamped();
        TimeZone original = TimeZone.getDefault();
        byte[] shanghai;
        byte[] newYork;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            shanghai = new DeterministicZip(TIME).normalise(stamped);
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            newYork = new DeterministicZip(TIME).normalise(clockStamped());
        } finally {
            TimeZone.setDefault(original);
        }

        assertThat(shanghai).isEqualTo(newYork);
    }

    @Test
    void keeps_the_entries_their_order_and_their_content_and_stamps_each_with_the_fixed_time() throws Exception {
        byte[] normalised = new DeterministicZip(TIME).normalise(clockStamped());

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(normalised))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName() + "=" + new String(in.readAllBytes(), StandardCharsets.UTF_8));
                assertThat(e.getTimeLocal()).isEqualTo(TIME);
            }
        }
        assertThat(names).containsExactly("b.txt=second", "a/c.txt=third", "[Content_Types].xml=first");
    }

    @Test
    void refuses_a_time_outside_the_zip_date_range() {
        assertThatThrownBy(() -> new DeterministicZip(LocalDateTime.of(1970, 1, 1, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] clockStamped() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("b.txt", "second");
        entries.put("a/c.txt", "third");
        entries.put("[Content_Types].xml", "first");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(System.currentTimeMillis());
                zip.putNextEntry(entry);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
