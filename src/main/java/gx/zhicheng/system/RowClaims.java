package gx.zhicheng.system;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims rows of a work table (declarations to review, pushes to send) for one instance: the rows are
 * selected with FOR UPDATE SKIP LOCKED and marked with the claim and its lease in the same transaction, so
 * two instances claiming at the same moment never take the same row. Two plain statements rather than an
 * UPDATE over a locking subquery, which H2 evaluates row by row. Both statements are the caller's, written out with
 * their table: the table's owner claims its own rows (docs/tables.md), this class only runs them together.
 */
@Component
public class RowClaims {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    RowClaims(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /**
     * @param lockDue a SELECT of the key column of the due rows, ending in {@code LIMIT ? FOR UPDATE SKIP LOCKED}
     * @param markClaimed an UPDATE of the table setting {@code claimed_by = ?, claimed_until = ?} and ending in
     *                    {@code WHERE <key> IN }: the IN list of the keys selected is appended
     * @return the keys claimed
     */
    public <K> List<K> claim(Class<K> keyType, String lockDue, Object[] args, String markClaimed, String claim,
                             Timestamp until) {
        List<K> keys = tx.execute(status -> {
            List<K> due = jdbc.queryForList(lockDue, keyType, args);
            if (!due.isEmpty()) {
                Object[] values = new Object[due.size() + 2];
                values[0] = claim;
                values[1] = until;
                for (int i = 0; i < due.size(); i++) {
                    values[i + 2] = due.get(i);
                }
                jdbc.update(markClaimed + SqlLists.in(due.size()), values);
            }
            return due;
        });
        return keys == null ? List.of() : keys;
    }
}
