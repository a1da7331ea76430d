package gx.zhicheng.mocks;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** POST /oauth/token: client credentials in, a fresh random token with its lifetime out; 401 for anyone else. */
final class TokenEndpoint implements ResponseDefinitionTransformerV2 {

    private final BearerTokens tokens;
    private final Map<String, String> clients;

    TokenEndpoint(BearerTokens tokens, Map<String, String> clients) {
        this.tokens = tokens;
        this.clients = clients;
    }

    @Override
    public String getName() {
        return "token-endpoint";
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Map<String, String> form = form(event.getRequest().getBodyAsString());
        String secret = clients.get(form.getOrDefault("client_id", ""));
        if (!"client_credentials".equals(form.get("grant_type")) || secret == null || !secret.equals(form.get("client_secret"))) {
            return Answers.error(event, 401, "invalid_client", null);
        }
        return Answers.json(event, 200, Map.of("access_token", tokens.issue(), "token_type", "Bearer",
                "expires_in", tokens.ttl().toSeconds()));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body == null ? new String[0] : body.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
