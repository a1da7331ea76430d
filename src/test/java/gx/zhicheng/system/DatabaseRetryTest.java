package gx.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** A lost or refused connection is a blip to wait out; a constraint or a syntax error is not. */
class DatabaseRetryTest {

    @ParameterizedTest(name = "{0}: database blip {1}")
    @CsvSource({"terminated, true", "io, true", "pool, true", "no-connection, true", "constraint, false", "syntax, false"})
    void tellsADatabaseBlipFromAnError(String what, boolean blip) {
        Throwable failure = switch (what) {
            case "terminated" -> new DataAccessResourceFailureException("x", new SQLException("terminating connection", "57P01"));
            case "io" -> new SQLException("An I/O error occurred while sending to the backend", "08006");
            case "pool" -> new SQLTransientConnectionException("Connection is not available, request timed out");
            case "no-connection" -> new CannotGetJdbcConnectionException("x", new SQLException("refused", "08001"));
            case "constraint" -> new DataIntegrityViolationException("x", new SQLException("duplicate key", "23505"));
            default -> new SQLException("syntax error", "42601");
        };
        assertThat(DatabaseRetry.isTransient(failure)).isEqualTo(blip);
    }
}
