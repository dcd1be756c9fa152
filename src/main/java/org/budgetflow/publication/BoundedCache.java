package org.budgetflow.publication;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A small least-recently-used cache of rendered bodies, bounded by entry count and by total bytes. Published data
 * never changes, so an entry never goes stale: keys name a published version. Two threads missing the same key may
 * both render it (the same bytes); the second one's copy replaces the first.
 */
public final class BoundedCache<K> {
    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<K, Rendered> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    public BoundedCache(int maxEntries, long maxBytes) {
        if (maxEntries < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("A cache holds at least one entry and one byte");
        }
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** The cached body, else the loaded one (cached unless absent or larger than the whole cache). */
    public Optional<Rendered> get(K key, Supplier<Optional<Rendered>> loader) {
        synchronized (this) {
            Rendered hit = entries.get(key);
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        Optional<Rendered> loaded = loader.get();
        loaded.ifPresent(value -> put(key, value));
        return loaded;
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized boolean contains(K key) {
        return entries.containsKey(key);
    }

    public synchronized void clear() {
        entries.clear();
        bytes = 0;
    }

    private synchronized void put(K key, Rendered value) {
        long size = value.body().length;
        if (size > maxBytes) {
            return;
        }
        Rendered previous = entries.put(key, value);
        if (previous != null) {
            bytes -= previous.body().length;
        }
        bytes += size;
        Iterator<Map.Entry<K, Rendered>> eldest = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
            Map.Entry<K, Rendered> entry = eldest.next();
            if (entry.getKey().equals(key)) {
                continue;
            }
            bytes -= entry.getValue().body().length;
            eldest.remove();
        }
    }
}
