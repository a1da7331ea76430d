package gx.zhicheng.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import gx.zhicheng.system.Masking;
import gx.zhicheng.web.Permissions;
import gx.zhicheng.system.SecurityProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Personal data by need. What the operator API answers carries ID numbers masked as the logs mask them
 * ({@link Masking}) and no applicant phone numbers; a user with the PERSONAL_DATA permission gets them in full, and
 * each such read is appended to the access log (personal_data_access: who, which declaration, when, which endpoint).
 * The log is append-only: this class only inserts and reads it, and nothing else in the code touches it.
 */
@Component
class PersonalData {

    /** One full read of a declaration's personal data. */
    record Access(long id, String accessedBy, String declarationId, String endpoint, OffsetDateTime accessedAt) {}

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    PersonalData(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    static boolean granted(Authentication who) {
        return Permissions.holds(who, SecurityProperties.PERSONAL_DATA);
    }

    /**
     * The view of one declaration for this user: in full, with the read logged, for PERSONAL_DATA; else masked.
     * The log row is written before the answer leaves, so no full read goes unrecorded.
     */
    JsonNode view(Object value, String declarationId, Authentication who, String endpoint) {
        JsonNode tree = json.valueToTree(value);
        if (granted(who)) {
            jdbc.update("INSERT INTO personal_data_access (accessed_by, declaration_id, endpoint, accessed_at) VALUES (?, ?, ?, ?)",
                    who.getName(), declarationId, endpoint, Timestamp.from(clock.instant()));
            return tree;
        }
        return masked(tree);
    }

    /** Always masked: views that never need personal data (queues, dead letters, dry runs). */
    JsonNode masked(Object value) {
        return mask(json.valueToTree(value));
    }

    /** The access log, newest first; only the city office reads it (the controller checks). */
    List<Access> log(String declarationId, int limit) {
        String where = declarationId == null ? "" : " WHERE declaration_id = ?";
        Object[] args = declarationId == null ? new Object[] {limit} : new Object[] {declarationId, limit};
        return jdbc.query("SELECT id, accessed_by, declaration_id, endpoint, accessed_at FROM personal_data_access" + where
                        + " ORDER BY id DESC LIMIT ?",
                (rs, n) -> new Access(rs.getLong("id"), rs.getString("accessed_by"), rs.getString("declaration_id"),
                        rs.getString("endpoint"), Rows.time(rs, "accessed_at")),
                args);
    }

    /**
     * Masks in place: an applicant's phone is removed, an idNumber field masked whatever its form, and every other
     * text has its ID and mobile numbers masked (evidence, parked reasons, notes, platform answers). An office's
     * phone (reviewOffice.phone, a landline of attachment 3) stays: it is no personal data.
     */
    static JsonNode mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.get("applicant") instanceof ObjectNode applicant) {
                applicant.remove("phone");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("idNumber") && field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(Masking.idNumber(field.getValue().asText())));
                } else {
                    field.setValue(mask(field.getValue()));
                }
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, mask(array.get(i)));
            }
            return array;
        }
        if (node != null && node.isTextual()) {
            return TextNode.valueOf(Masking.idAndPhoneNumbers(node.asText()));
        }
        return node;
    }
}
