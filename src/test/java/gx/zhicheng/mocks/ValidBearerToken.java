package gx.zhicheng.mocks;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;

/**
 * Matches a request carrying a token the mock issued and that has not expired. Every /api/v1 stub asks for it,
 * so that a request without one falls through to the 401 stub (platform-auth-required.json).
 */
final class ValidBearerToken extends RequestMatcherExtension {

    private final BearerTokens tokens;

    ValidBearerToken(BearerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public String getName() {
        return "valid-bearer-token";
    }

    @Override
    public MatchResult match(Request request, Parameters parameters) {
        String header = request.getHeader("Authorization");
        boolean valid = header != null && header.startsWith("Bearer ") && tokens.valid(header.substring(7).trim());
        return MatchResult.of(valid);
    }
}
