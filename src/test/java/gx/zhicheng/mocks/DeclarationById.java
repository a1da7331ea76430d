package gx.zhicheng.mocks;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** GET /api/v1/declarations/{id}: the current version (a newer one once a scenario made it), or 404. */
final class DeclarationById implements ResponseDefinitionTransformerV2 {

    private final DeclarationBook book;

    DeclarationById(DeclarationBook book) {
        this.book = book;
    }

    @Override
    public String getName() {
        return "declaration-by-id";
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        return book.find(lastSegment(event.getRequest().getUrl()))
                .map(declaration -> Answers.json(event, 200, declaration))
                .orElseGet(() -> Answers.error(event, 404, "not_found", null));
    }

    /** The path segment after the last slash, decoded: /api/v1/declarations/{id} or .../{id}/pre-review. */
    static String lastSegment(String url) {
        String path = url.replaceFirst("\\?.*$", "");
        return URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    }
}
