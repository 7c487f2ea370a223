package dev.courier.support.persistence;

import jakarta.persistence.EntityManager;

/**
 * Locks that the servers sharing one database take so that a thing happens once among them, for
 * example the demo data that every node of several would put into a fresh database as it boots
 * (docs/scale-out.md). PostgreSQL's advisory locks: nothing is written, and the lock ends with the
 * transaction that took it, committed or rolled back, also when its server dies.
 */
public final class DatabaseLocks {

    private DatabaseLocks() {}

    /**
     * Waits until no other transaction holds the lock named {@code name}, then holds it until the
     * current transaction ends: whatever this transaction reads after it, another that took the same
     * lock before has committed.
     */
    public static void holdUntilCommit(EntityManager em, String name) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) as taken")
                .setParameter(1, name)
                .getSingleResult();
    }
}
