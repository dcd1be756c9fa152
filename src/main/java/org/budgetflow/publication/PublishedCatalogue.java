package org.budgetflow.publication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.budgetflow.workflow.DisclosurePublished;
import org.budgetflow.workflow.PublishedDisclosures;
import org.budgetflow.workflow.PublishedDisclosures.PublishedBudget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What is published, read once from {@link PublishedDisclosures} and kept until the next publication commits
 * ({@link DisclosurePublished}): the portal answers "is this published?" and lists years and departments without a
 * database query. Bodies derived from the whole catalogue (the index page and {@code index.json}) are kept with it
 * and go with it. A catalogue read while a publication commits is not kept if the eviction came first.
 */
@Component
public class PublishedCatalogue {
    private static final Logger log = LoggerFactory.getLogger(PublishedCatalogue.class);

    private final PublishedDisclosures published;
    private final Object lock = new Object();
    private long generation;
    private Snapshot snapshot;

    public PublishedCatalogue(PublishedDisclosures published) {
        this.published = published;
    }

    /** Every published budget, newest year first, then by department code. */
    public List<PublishedBudget> budgets() {
        return snapshot().budgets();
    }

    public Optional<PublishedBudget> find(int year, String departmentCode) {
        return Optional.ofNullable(snapshot().byKey().get(new Key(year, departmentCode)));
    }

    /** A body derived from the whole catalogue, rendered once per catalogue. */
    public Rendered derived(String name, Function<List<PublishedBudget>, Rendered> render) {
        Snapshot current = snapshot();
        return current.derived().computeIfAbsent(name, n -> render.apply(current.budgets()));
    }

    /** After a publication commits (or at once, outside a transaction): the next request reads the catalogue again. */
    @TransactionalEventListener(fallbackExecution = true)
    public void on(DisclosurePublished event) {
        log.debug("Published {}-{} version {}: catalogue evicted", event.year(), event.departmentCode(),
                event.version());
        evict();
    }

    public void evict() {
        synchronized (lock) {
            generation++;
            snapshot = null;
        }
    }

    private Snapshot snapshot() {
        long readAt;
        synchronized (lock) {
            if (snapshot != null) {
                return snapshot;
            }
            readAt = generation;
        }
        Snapshot loaded = Snapshot.of(published.list());
        synchronized (lock) {
            if (generation == readAt && snapshot == null) {
                snapshot = loaded;
            }
        }
        return loaded;
    }

    private record Key(int year, String departmentCode) {
    }

    private record Snapshot(List<PublishedBudget> budgets, Map<Key, PublishedBudget> byKey,
                            Map<String, Rendered> derived) {
        static Snapshot of(List<PublishedBudget> budgets) {
            Map<Key, PublishedBudget> byKey = new LinkedHashMap<>();
            budgets.forEach(b -> byKey.put(new Key(b.year(), b.departmentCode()), b));
            return new Snapshot(List.copyOf(budgets), Map.copyOf(byKey), new ConcurrentHashMap<>());
        }
    }
}
