package org.allianceledger.command.alliance;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The alliances last loaded or written by this instance, for Axon's caching repository, so that a command needs
 * neither the snapshot nor the events after it. Before an entry is used it is brought up to the event store
 * ({@link AllianceCatchUp}): what another instance (or anything else) appended since is applied to it, in the
 * command's own transaction, after the alliance's turn (decision 7, {@link StoreTurns}). An entry that cannot be
 * caught up is evicted, and the alliance sourced from the store as without a cache. Axon evicts an entry when a
 * command on it rolls back. The least recently used alliance leaves first once {@code maxEntries} are held.
 * Counted as {@code alliance.cache.loads} by outcome: current, caught-up, stale (evicted), missing (not held).
 */
final class AllianceCache implements Cache {

    private final AllianceCatchUp catchUp;
    private final MeterRegistry metrics;
    private final Map<Object, Object> entries;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    AllianceCache(AllianceCatchUp catchUp, int maxEntries, MeterRegistry metrics) {
        this.catchUp = catchUp;
        this.metrics = metrics;
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
            count("missing");
            return null;
        }
        if (entry instanceof AggregateCacheEntry<?> cached) {
            entry = caughtUp(key, (AggregateCacheEntry<Alliance>) cached);
            if (entry == null) {
                return null;
            }
        }
        Object read = entry;
        listeners.forEach(listener -> listener.onEntryRead(key, read));
        return (V) entry;
    }

    private AggregateCacheEntry<Alliance> caughtUp(Object key, AggregateCacheEntry<Alliance> cached) {
        AggregateCacheEntry<Alliance> current;
        try {
            current = catchUp.current(key.toString(), cached);
        } catch (RuntimeException | Error failure) {
            remove(key); // the aggregate may hold part of what it was catching up with
            throw failure;
        }
        if (current == null) {
            count("stale");
            remove(key);
        } else if (current != cached) {
            count("caught-up");
            put(key, current);
        } else {
            count("current");
        }
        return current;
    }

    private void count(String outcome) {
        metrics.counter("alliance.cache.loads", "outcome", outcome).increment();
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
