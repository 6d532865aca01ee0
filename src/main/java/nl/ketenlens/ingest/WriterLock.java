package nl.ketenlens.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import nl.ketenlens.api.ConflictException;

/**
 * One import writes at a time. Two imports planned against the same graph state would each decide "this link is
 * new" and both create it; Neo4j cannot forbid that with a constraint (a relationship has no key) nor a company and
 * a facility sharing an id (constraints are per label), so the importer serializes itself. A second import waits
 * briefly, then is refused with a {@link ConflictException} naming the running one (409 on REST).
 */
final class WriterLock {

    interface Work<T> {
        T run() throws java.io.IOException, InterruptedException;
    }

    private final ReentrantLock lock = new ReentrantLock(true);
    private final Duration wait;
    private volatile String holder;

    WriterLock(Duration wait) {
        this.wait = wait;
    }

    <T> T run(String what, Work<T> work) throws java.io.IOException {
        boolean acquired;
        try {
            acquired = lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("interrupted while waiting for the running import (" + holder + ")");
        }
        if (!acquired) {
            throw new ConflictException("another import is running (" + holder + "); imports are applied one at a "
                    + "time, try again when it has finished");
        }
        try {
            holder = what + ", started " + Instant.now();
            return work.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException(what + " interrupted");
        } finally {
            holder = null;
            lock.unlock();
        }
    }
}
