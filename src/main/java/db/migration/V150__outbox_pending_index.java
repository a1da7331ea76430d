package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The outbox claim ({@code WHERE state = 'PENDING' … ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED}) read through a
 * partial index of the pending rows in id order, on PostgreSQL only.
 *
 * <p>Why: every push marked SENT leaves a dead version of its row behind until a vacuum. Through outbox_due
 * PostgreSQL planned the claim as a bitmap scan and a sort, and a bitmap scan never marks the dead index entries it
 * meets, so each claim visited every dead pending version again: at 1,000,000 declarations without autovacuum a claim
 * read ~500,000 dead entries and 46,000 heap blocks (395 ms, 0 rows), and the run fell from ~1,000 to 256 pushes/s
 * (docs/benchmark.md). Through this index the claim is an index scan that stops after its batch, in the order it
 * wants (no sort), and an index scan marks the dead entries it meets as killed: the next claim steps over them
 * without reading the heap, whether or not a vacuum ran. On 300,000 rows of which 299,000 were sent and never
 * vacuumed: 470-700 ms a claim before, every time; 785 ms for the first claim through this index, then 4-10 ms.
 *
 * <p>Why a partial index on (id), not a full one on (state, id): that one made PostgreSQL choose it for the
 * per-declaration SUPERSEDED update while the table grew (see V2_1). After ANALYZE that update keeps to
 * outbox_by_declaration with this index (OutboxClaimIndexTest); with statistics taken while nothing was pending,
 * PostgreSQL reads it through an index of the pending rows, outbox_due before this index as much as this one.
 *
 * <p>Why Java and PostgreSQL only: H2 has no partial indexes, and every SQL migration here runs on both databases.
 * Deciding here, from the connection, keeps one migration location and the same version history on both, so plain
 * Flyway callers (the tests' {@code AdapterProcess}) need no vendor location; on H2 the version is
 * recorded and does nothing, and H2 reads the claim through outbox_due as before.
 *
 * <p>Why not CONCURRENTLY: the migration runs at start-up before the routes, in Flyway's transaction; the index
 * holds only the pending rows, so building it reads the table once and blocks outbox writes for that long only.
 */
public class V150__outbox_pending_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX outbox_pending ON outbox (id) WHERE state = 'PENDING'");
        }
    }
}
