package gx.zhicheng.mocks;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * For the scenario token-expires-mid-walk: every token issued so far expires now, and the request that
 * carried one gets the 401 of an expired token. The client must fetch a new token and try again.
 */
final class ExpireTokens implements ResponseDefinitionTransformerV2 {

    private final BearerTokens tokens;

    ExpireTokens(BearerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public String getName() {
        return "expire-tokens";
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        tokens.expireAll();
        return Answers.error(event, 401, "invalid_token", "the access token expired");
    }
}
