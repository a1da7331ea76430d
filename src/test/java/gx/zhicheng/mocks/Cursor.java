package gx.zhicheng.mocks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a listing walk stands: after the item (updatedAt, declarationId), on page {@code page}. Opaque to the
 * client (base64url); the page number is only there to serve one empty page per walk.
 */
record Cursor(int page, Instant afterUpdatedAt, String afterId) {

    String encode() {
        String plain = "v1|" + page + "|" + afterUpdatedAt + "|" + afterId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException for anything this mock did not hand out */
    static Cursor decode(String opaque) {
        String[] parts = new String(Base64.getUrlDecoder().decode(opaque), StandardCharsets.UTF_8).split("\\|", 4);
        if (parts.length != 4 || !parts[0].equals("v1")) {
            throw new IllegalArgumentException("not a cursor of this listing");
        }
        try {
            return new Cursor(Integer.parseInt(parts[1]), Instant.parse(parts[2]), parts[3]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor of this listing", e);
        }
    }
}
