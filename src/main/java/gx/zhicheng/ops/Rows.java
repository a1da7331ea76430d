package gx.zhicheng.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Column readers the query classes share: times in Beijing time, stored JSON as JSON. */
final class Rows {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private Rows() {}

    static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant().atOffset(BEIJING);
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** Stored JSON as a tree; text that is not JSON (a platform's error page) stays text rather than failing the view. */
    static JsonNode json(ObjectMapper mapper, String text) {
        if (text == null) {
            return null;
        }
        try {
            return mapper.readTree(text);
        } catch (IOException notJson) {
            return TextNode.valueOf(text);
        }
    }
}
