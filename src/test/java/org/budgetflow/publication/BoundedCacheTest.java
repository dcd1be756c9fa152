package org.budgetflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    @Test
    void loads_a_missing_entry_once_and_serves_it_from_memory_afterwards() {
        BoundedCache<String> cache = new BoundedCache<>(4, 1024);
        AtomicInteger loads = new AtomicInteger();

        cache.get("a", () -> load(loads, 10));
        Optional<Rendered> again = cache.get("a", () -> load(loads, 10));

        assertThat(loads).hasValue(1);
        assertThat(again).isPresent();
    }

    @Test
    void does_not_keep_an_absent_entry() {
        BoundedCache<String> cache = new BoundedCache<>(4, 1024);

        assertThat(cache.get("a", Optional::empty)).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void evicts_the_least_recently_used_entry_beyond_its_entry_count() {
        BoundedCache<String> cache = new BoundedCache<>(2, 1024);
        AtomicInteger loads = new AtomicInteger();
        cache.get("a", () -> load(loads, 1));
        cache.get("b", () -> load(loads, 1));
        cache.get("a", () -> load(loads, 1));
        cache.get("c", () -> load(loads, 1));

        assertThat(cache.contains("a")).isTrue();
        assertThat(cache.contains("b")).isFalse();
        assertThat(cache.contains("c")).isTrue();
    }

    @Test
    void evicts_old_entries_beyond_its_byte_budget_and_never_keeps_a_body_larger_than_it() {
        BoundedCache<String> cache = new BoundedCache<>(10, 100);
        AtomicInteger loads = new AtomicInteger();
        cache.get("a", () -> load(loads, 60));
        cache.get("b", () -> load(loads, 60));
        Optional<Rendered> huge = cache.get("c", () -> load(loads, 101));

        assertThat(cache.contains("a")).isFalse();
        assertThat(cache.contains("b")).isTrue();
        assertThat(huge).isPresent();
        assertThat(cache.contains("c")).isFalse();
    }

    private static Optional<Rendered> load(AtomicInteger loads, int size) {
        loads.incrementAndGet();
        return Optional.of(Rendered.page(new byte[size], "text/plain"));
    }
}
