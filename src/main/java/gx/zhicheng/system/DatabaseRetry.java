package gx.zhicheng.system;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The database as a remote system: a unit of work that failed for a transient reason (its connection was
 * terminated, the pool had no connection for a moment, a deadlock or serialization failure) is run again, up to
 * zhicheng.database.max-retries times. Only work that is safe to repeat comes through here: each attempt is a
 * transaction of its own that either committed as a whole or not at all, and repeating a committed one changes
 * nothing that matters (an upsert, a new claim, a verdict whose content is already recorded). Inside a
 * caller's transaction nothing is retried, since that transaction is lost with its connection. When the retries
 * are spent the exception goes on and the run fails; the next run resumes.
 */
@Component
public class DatabaseRetry {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRetry.class);

    /**
     * SQLStates of a connection that is gone or a transaction the database gave up: 08xxx (connection
     * exception), 57P01-57P03 (PostgreSQL admin shutdown, crash shutdown, cannot connect now), 40001
     * (serialization failure), 40P01 (deadlock).
     */
    private static final Set<String> TRANSIENT_STATES = Set.of("57P01", "57P02", "57P03", "40001", "40P01");

    private final ZhichengProperties.Database settings;

    DatabaseRetry(ZhichengProperties properties) {
        this.settings = properties.database();
    }

    public void run(String what, Runnable work) {
        call(what, () -> {
            work.run();
            return null;
        });
    }

    public <T> T call(String what, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt > settings.maxRetries() || !isTransient(e)) {
                    throw e;
                }
                log.warn("Database failed transiently while trying to {} (attempt {} of {}): {}; trying again", what,
                        attempt, settings.maxRetries() + 1, Masking.mask(rootMessage(e)));
                sleep(settings.retryDelay().multipliedBy(attempt));
            }
        }
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && isTransient(rollback.getApplicationException())) {
                // the rollback failed on the same dead connection as the work it rolled back
                return true;
            }
            if (t instanceof DataAccessResourceFailureException && t.getCause() instanceof SQLException) {
                // what Spring makes of "An I/O error occurred while sending to the backend" and the like
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || TRANSIENT_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a database statement", e);
        }
    }
}
