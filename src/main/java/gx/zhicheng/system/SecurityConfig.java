package gx.zhicheng.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.review.OfficeDirectory;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may do what. The operator API answers HTTP Basic (scripts, curl) and the console's session (form
 * login); VIEWER may read, OPERATOR may also act; health is open, metrics need a login, and everything
 * else is closed. CSRF protection stays on for the browser session and is off only for API calls that are not
 * bound to a session (Basic credentials, scripts), which a foreign page cannot forge. Each user's offices and
 * permissions become authorities of the principal, from which {@link OfficeScope} and {@link Permissions} read them.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);
    private static final String[] READERS = {"VIEWER", "OPERATOR"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService operators(SecurityProperties properties, OfficeDirectory directory) {
        if (properties.users().isEmpty()) {
            log.warn("No operators configured (zhicheng.security.users): the console and the operator API refuse every login");
        }
        var users = properties.users().stream()
                .map(u -> User.withUsername(u.name()).password(u.passwordHash()).authorities(authorities(u, directory)).build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    /** Roles, offices (see {@link OfficeScope}) and permissions as the principal's authorities. */
    private static List<SimpleGrantedAuthority> authorities(SecurityProperties.User user, OfficeDirectory directory) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        for (String office : user.offices()) {
            if (directory.listed(office).isEmpty()) {
                throw new IllegalStateException("Missing or invalid configuration: zhicheng.security.users[].offices of "
                        + user.name() + ": " + office + " is no office code of the office directory (codes: "
                        + directory.listed().stream().map(OfficeDirectory.Listed::code).toList() + ")");
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
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper json) throws Exception {
        RequestMatcher machineCalls = request -> request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith("/actuator/") || request.getRequestURI().startsWith("/v3/api-docs");
        // a call that brings Basic credentials, or has no session a cookie could ride on, cannot be forged by a
        // foreign page; an anonymous call then gets its 401 rather than a CSRF 403
        RequestMatcher notSessionBound = request -> request.getRequestURI().startsWith("/api/ops/")
                && (String.valueOf(request.getHeader("Authorization")).startsWith("Basic ")
                    || request.getSession(false) == null);
        http
            .authorizeHttpRequests(auth -> auth
                .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                // the login page's own style sheet is the only part of the console shown before login
                .requestMatchers(HttpMethod.GET, "/login", "/favicon.ico", "/console/console.css").permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/prometheus").hasAnyRole(READERS)
                .requestMatchers(HttpMethod.GET, "/api/ops/**").hasAnyRole(READERS)
                .requestMatchers(HttpMethod.POST, "/api/ops/**").hasRole("OPERATOR")
                .requestMatchers(HttpMethod.GET, "/", "/console", "/console/**", "/v3/api-docs", "/v3/api-docs/**",
                        "/swagger-ui.html", "/swagger-ui/**").hasAnyRole(READERS)
                .anyRequest().denyAll())
            .httpBasic(basic -> basic.realmName("zhicheng-sync"))
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console/", false).permitAll())
            .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
            .csrf(csrf -> csrf
                .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                // the console's script sends the cookie's value back as X-XSRF-TOKEN, unmasked
                .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                .ignoringRequestMatchers(notSessionBound))
            .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
            .exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor((request, response, e) -> {
                    // no Basic challenge for the console's own calls: the browser would pop up its login dialog
                    if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                        response.setHeader("WWW-Authenticate", "Basic realm=\"zhicheng-sync\"");
                    }
                    problem(json, response, HttpStatus.UNAUTHORIZED, "需要登录");
                }, machineCalls)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                .defaultAccessDeniedHandlerFor((request, response, e) ->
                        problem(json, response, HttpStatus.FORBIDDEN, "当前账号没有此操作的权限"), machineCalls));
        return http.build();
    }

    private static void problem(ObjectMapper json, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
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
