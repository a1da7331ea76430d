package gx.zhicheng.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing request that a browser sends on behalf of another site, whatever it authenticates
 * with: a browser replays cached Basic credentials and session cookies alike, so neither proves that our own
 * page sent it. The browser says where the request comes from: Sec-Fetch-Site (every current browser), else
 * Origin. A request with neither header is not a browser's cross-site request (curl, scripts); for a
 * session those still need the CSRF token.
 * <p>
 * Reads of personal data (the operator API, the notices and letters) are refused the same way, before any
 * controller runs: another site's {@code <img>} or link pointing at a declaration would otherwise be answered
 * with the cached credentials, and its full read written into the access log of an operator who read nothing.
 * The console's own page may still be opened from a link elsewhere; it reads its data same-origin.
 */
final class CrossSiteRequests extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CrossSiteRequests.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ObjectMapper json;

    CrossSiteRequests(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean write = !SAFE_METHODS.contains(request.getMethod());
        if ((write || personalData(request)) && crossSite(request)) {
            log.warn("Refused a cross-site {} {} (Sec-Fetch-Site {}, Sec-Fetch-Mode {}, Origin {})", request.getMethod(),
                    request.getRequestURI(), request.getHeader("Sec-Fetch-Site"), request.getHeader("Sec-Fetch-Mode"),
                    request.getHeader("Origin"));
            ProblemResponses.write(json, response, HttpStatus.FORBIDDEN, "Cross-site request refused", write
                    ? "来自其他网站的请求已被拒绝。请在本系统的操作台中操作。"
                    : "来自其他网站的读取请求已被拒绝。请在本系统的操作台中打开。");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The operator API and the documents: what a read of may show a person's data or be logged as one. */
    static boolean personalData(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/api/") || path.startsWith("/console/notices") || path.startsWith("/console/letters");
    }

    static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            // same-origin: our own page; none: the user typed it or used a bookmark
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader("Origin");
        return origin != null && !sameOrigin(origin, request);
    }

    /** Origin against the Host the browser addressed (kept by a proxy that passes Host), or the server's own name. */
    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        URI uri;
        try {
            uri = URI.create(origin.trim());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        if (uri.getHost() == null || uri.getRawAuthority() == null) {
            return false; // "null": a sandboxed frame, a data: page, a redirect across sites
        }
        String host = request.getHeader("Host");
        if (host != null && host.equalsIgnoreCase(uri.getRawAuthority())) {
            return true;
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost().equalsIgnoreCase(request.getServerName()) && port == request.getServerPort();
    }
}
