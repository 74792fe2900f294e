package org.allianceledger.command.alliance;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The alliances last loaded or written by this instance, for Axon's caching repository, so that a command needs
 * neither the snapshot nor the events after it. An entry is used only while the event store's last sequence number
 * of the alliance is still the one it was cached at: another instance (or anything else) that appended since makes
 * it stale, and the alliance is then sourced from the store as without a cache. The check is one indexed lookup in
 * the command's own transaction, after the alliance's lock (decision 7). Axon evicts an entry when a command on it
 * rolls back, a lost race on the unique (aggregate, sequence) included; the retry then loads from the store.
 * The least recently used alliance leaves first once {@code maxEntries} are held.
 */
final class AllianceCache implements Cache {

    /** Axon keeps the version an entry was cached at to itself; it is what tells a current entry from a stale one. */
    private static final Field CACHED_VERSION;

    static {
        try {
            CACHED_VERSION = AggregateCacheEntry.class.getDeclaredField("version");
            CACHED_VERSION.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError("Axon's AggregateCacheEntry has no version field any more: " + e);
        }
    }

    private final JdbcClient jdbc;
    private final Map<Object, Object> entries;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    AllianceCache(JdbcClient jdbc, int maxEntries) {
        this.jdbc = jdbc;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                boolean full = size() > maxEntries;
                if (full) {
                    listeners.forEach(listener -> listener.onEntryExpired(eldest.getKey()));
                }
                return full;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry == null) {
            return null;
        }
        if (entry instanceof AggregateCacheEntry<?> aggregate && !current(key, aggregate)) {
            remove(key);
            return null;
        }
        listeners.forEach(listener -> listener.onEntryRead(key, entry));
        return (V) entry;
    }

    private boolean current(Object key, AggregateCacheEntry<?> entry) {
        Long stored = jdbc.sql("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(key.toString())
                .query(Long.class)
                .optional()
                .orElse(null);
        try {
            return stored != null && Objects.equals(stored, CACHED_VERSION.get(entry));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void put(Object key, Object value) {
        Object before;
        synchronized (entries) {
            before = entries.put(key, value);
        }
        listeners.forEach(listener -> {
            if (before == null) {
                listener.onEntryCreated(key, value);
            } else {
                listener.onEntryUpdated(key, value);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean absent;
        synchronized (entries) {
            absent = entries.putIfAbsent(key, value) == null;
        }
        if (absent) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
        }
        return absent;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        Object value = get(key);
        if (value == null) {
            value = valueSupplier.get();
            put(key, value);
        }
        return (T) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        Object value = get(key);
        if (value != null) {
            V updated = update.apply((V) value);
            if (updated == null) {
                remove(key);
            } else {
                put(key, updated);
            }
        }
    }

    @Override
    public boolean remove(Object key) {
        boolean removed;
        synchronized (entries) {
            removed = entries.remove(key) != null;
        }
        if (removed) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        List<Object> keys;
        synchronized (entries) {
            keys = List.copyOf(entries.keySet());
            entries.clear();
        }
        keys.forEach(key -> listeners.forEach(listener -> listener.onEntryRemoved(key)));
    }

    @Override
    public boolean containsKey(Object key) {
        synchronized (entries) {
            return entries.containsKey(key);
        }
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
