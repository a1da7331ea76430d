package gx.zhicheng.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.system.OfficeCodes;
import gx.zhicheng.system.SecurityProperties;
import gx.zhicheng.system.WebProperties;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may do what. The operator API answers HTTP Basic (scripts, curl) and the console's session (form
 * login); VIEWER may read, OPERATOR may also act; health is open, metrics need a login, and everything
 * else is closed. A state-changing request or a read of personal data that a browser sends for another site is
 * refused whatever it authenticates with (CrossSiteRequests); a call with a session also needs its CSRF token,
 * which calls without one (scripts with Basic credentials) do not. Every refusal of the operator side is a problem detail; logins are throttled.
 * Each user's offices and permissions become authorities of the principal, from which {@link OfficeScope} and
 * {@link Permissions} read them.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);
    private static final String[] READERS = {"VIEWER", "OPERATOR"};
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService operators(SecurityProperties properties, OfficeCodes directory) {
        if (properties.users().isEmpty()) {
            log.warn("No operators configured (zhicheng.security.users): the console and the operator API refuse every login");
        }
        var users = properties.users().stream()
                .map(u -> User.withUsername(u.name()).password(u.passwordHash()).authorities(authorities(u, directory)).build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    /** Roles, offices (see {@link OfficeScope}) and permissions as the principal's authorities. */
    private static List<SimpleGrantedAuthority> authorities(SecurityProperties.User user, OfficeCodes directory) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        for (String office : user.offices()) {
            if (!directory.codes().contains(office)) {
                throw new IllegalStateException("Missing or invalid configuration: zhicheng.security.users[].offices of "
                        + user.name() + ": " + office + " is no office code of the office directory (codes: "
                        + directory.codes() + ")");
            }
            authorities.add(new SimpleGrantedAuthority(OfficeScope.OFFICE_AUTHORITY + office));
        }
        if (user.offices().contains(directory.cityCode())) {
            authorities.add(new SimpleGrantedAuthority(OfficeScope.ALL_AUTHORITY));
        }
        user.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(Permissions.AUTHORITY + p)));
        return authorities;
    }

    @Bean
    LoginThrottle loginThrottle(WebProperties web, Clock clock) {
        return new LoginThrottle(web.login(), clock);
    }

    /** The one way a password is checked, form and Basic alike: behind the throttle. */
    @Bean
    AuthenticationProvider operatorLogins(UserDetailsService operators, PasswordEncoder passwords, LoginThrottle throttle) {
        DaoAuthenticationProvider check = new DaoAuthenticationProvider(operators);
        check.setPasswordEncoder(passwords);
        return throttle.around(check);
    }

    /** A URL the firewall rejects (encoded slash, "..", …) gets a problem detail, not the servlet container's page. */
    @Bean
    RequestRejectedHandler rejectedUrls(ObjectMapper json) {
        return (request, response, rejected) -> {
            log.warn("Rejected a request URL: {}", rejected.getMessage());
            ProblemResponses.write(json, response, HttpStatus.BAD_REQUEST, "Request rejected",
                    "请求地址不合规，已被拒绝。");
        };
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper json, WebProperties web) throws Exception {
        RequestMatcher machineCalls = request -> request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith("/actuator/") || request.getRequestURI().startsWith("/v3/api-docs");
        // a call with no session a cookie could ride on (a script with Basic credentials, an anonymous call, which
        // then gets its 401 rather than a CSRF 403) needs no CSRF token. A call with a session needs it whatever
        // else it brings: Spring's Basic filter takes the session's user without checking a Basic password of the
        // same name, so a Basic header beside a session proves nothing. A browser's cross-site request is refused
        // before this by CrossSiteRequests, whatever it authenticates with.
        RequestMatcher notSessionBound = request -> request.getRequestURI().startsWith("/api/ops/")
                && request.getSession(false) == null;
        AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
        AuthenticationEntryPoint apiLogin = (request, response, e) -> {
            if (e instanceof LoginThrottle.Locked locked) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(locked.retryAfter().toSeconds()));
                ProblemResponses.write(json, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins",
                        "登录失败次数过多，请于 " + locked.retryAfter().toSeconds() + " 秒后再试。");
                return;
            }
            if (navigation(request)) {
                // a link opened in the browser (the CSV, /v3/api-docs): the login page, never a Basic dialog whose
                // credentials the browser would then send with every request, other sites' included
                loginPage.commence(request, response, e);
                return;
            }
            // no Basic challenge for a browser's script either (the console): it would pop up the login dialog
            if (request.getHeader("Sec-Fetch-Mode") == null && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"zhicheng-sync\"");
            }
            ProblemResponses.write(json, response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                    e instanceof BadCredentialsException ? "用户名或密码不正确" : "需要登录");
        };
        http
            .authorizeHttpRequests(auth -> auth
                .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                // the login page's own style sheet is the only part of the console shown before login
                .requestMatchers(HttpMethod.GET, "/login", "/favicon.ico", "/console/console.css").permitAll()
                // the metrics account (role METRICS, nothing else) or a reader of the city office: the gauges count
                // every office's declarations, which a county's account may not see (issue 25)
                .requestMatchers(HttpMethod.GET, "/actuator/prometheus").hasAnyAuthority("ROLE_METRICS", OfficeScope.ALL_AUTHORITY)
                .requestMatchers(HttpMethod.GET, "/api/ops/**").hasAnyRole(READERS)
                .requestMatchers(HttpMethod.POST, "/api/ops/**").hasRole("OPERATOR")
                .requestMatchers(HttpMethod.GET, "/", "/console", "/console/**", "/v3/api-docs", "/v3/api-docs/**",
                        "/swagger-ui.html", "/swagger-ui/**").hasAnyRole(READERS)
                .anyRequest().denyAll())
            .httpBasic(basic -> basic.realmName("zhicheng-sync").authenticationEntryPoint(apiLogin))
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console/", false).permitAll()
                .failureHandler((request, response, e) -> response.sendRedirect(
                        e instanceof LoginThrottle.Locked ? "/login?locked" : "/login?error")))
            .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
            .csrf(csrf -> csrf
                .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                // the console's script sends the cookie's value back as X-XSRF-TOKEN, unmasked
                .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                .ignoringRequestMatchers(notSessionBound))
            .addFilterBefore(new RequestBodyLimit(json, web.maxRequestBody().toBytes()), CsrfFilter.class)
            .addFilterBefore(new CrossSiteRequests(json), CsrfFilter.class)
            .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
            .headers(headers -> headers
                // no inline script or style anywhere: the console and the documents load theirs from /console/
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
            .exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor(apiLogin, machineCalls)
                .defaultAuthenticationEntryPointFor(loginPage, request -> true)
                .defaultAccessDeniedHandlerFor((request, response, e) -> ProblemResponses.write(json, response,
                        HttpStatus.FORBIDDEN, "Forbidden", e instanceof CsrfException
                                ? "请求缺少有效的防伪令牌（CSRF），请刷新页面后重试。" : "当前账号没有此操作的权限"),
                        machineCalls));
        return http.build();
    }

    /** A top-level page load by a browser, as opposed to a script's or a program's call. */
    private static boolean navigation(HttpServletRequest request) {
        String mode = request.getHeader("Sec-Fetch-Mode");
        if (mode != null) {
            return mode.equals("navigate");
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    /** Loads the deferred CSRF token on every request so that its cookie reaches the console's script. */
    static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            if (token != null) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
