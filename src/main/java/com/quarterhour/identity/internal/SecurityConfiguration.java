package com.quarterhour.identity.internal;

import com.quarterhour.identity.CustomerScope;
import com.quarterhour.shared.web.SecurityProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.operaton.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.operaton.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.operaton.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.operaton.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Nothing answers without authentication but the login page and the health probes (status only): the REST API and
 * /engine-rest take HTTP Basic or the browser session, the webapps, Swagger UI and the portal the login form. Two kinds
 * of users log in on the same form and with HTTP Basic: staff (the engine's identity users) and customer users (the
 * application's own table, role CUSTOMER); failed logins of both are throttled per user name and client address.
 * <ul>
 * <li>/engine-rest is for administrators only, since it bypasses the application's rules.</li>
 * <li>The Operaton webapps and the API description are for staff: never for a customer.</li>
 * <li>Of the REST API, customers may only report, read their engagements, invoices, credit notes and usage, and
 * read and set their own preferences.</li>
 * <li>/portal is for customers only; /admin (the administration pages) for staff only.</li>
 * <li>CSRF: a request to the API that authenticates with HTTP Basic (an integration) needs no token; one that rides
 * on a logged-in browser session (the portal, Swagger UI) does, like every form. The webapps' own /operaton/api has
 * Operaton's CSRF filter; their logout, which Spring Security handles before it, checks Operaton's token here.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({LoginThrottleProperties.class, LoginCacheProperties.class})
class SecurityConfiguration {

    /**
     * The portal's, the board's and the administration pages run only their own scripts and styles (Chart.js from the
     * WebJar included); the webapps set their own policy, so this header is for the application's own pages alone.
     */
    static final String PAGES_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Besides administrators, the group "monitoring" (role MONITORING) reads /actuator/prometheus, so a
     * Prometheus server's scrape config need not hold an administrator's password.
     */
    static final String MONITORING_ROLE = "MONITORING";

    /** Real time, not the engine's clock (which tests move): a throttled login waits minutes that really pass. */
    @Bean
    LoginThrottle loginThrottle(JdbcTemplate jdbc, LoginThrottleProperties limits) {
        return new LoginThrottle(jdbc, limits, Clock.systemUTC());
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, EngineIdentityAuthenticationProvider staff,
            CustomerUserAuthenticationProvider customers, RememberedLogins remembered, LoginThrottle throttle,
            SecurityProblems problems) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher machineApis = new OrRequestMatcher(path.matcher("/api/**"), path.matcher("/engine-rest/**"));
        RequestMatcher portal = new OrRequestMatcher(path.matcher("/portal"), path.matcher("/portal/**"));
        RequestMatcher staffOnly = new OrRequestMatcher(path.matcher("/operaton/**"), path.matcher("/swagger-ui.html"),
                path.matcher("/swagger-ui/**"), path.matcher("/v3/api-docs"), path.matcher("/v3/api-docs.yaml"), path.matcher("/v3/api-docs/**"));
        // the API endpoints a customer user may call at all; each answers for the customer's own account only
        // (CustomerScope). Every other endpoint of the API is staff-only here too, so one forgotten @PreAuthorize
        // never opens an endpoint to customers.
        RequestMatcher customerApi = new OrRequestMatcher(
                path.matcher(HttpMethod.GET, "/api/engagements"), path.matcher(HttpMethod.POST, "/api/engagements"),
                path.matcher(HttpMethod.GET, "/api/engagements/*"),
                path.matcher(HttpMethod.GET, "/api/engagements/*/messages"),
                path.matcher(HttpMethod.POST, "/api/engagements/*/messages"),
                path.matcher(HttpMethod.GET, "/api/engagements/*/messages/attachments/*"),
                path.matcher(HttpMethod.GET, "/api/invoices"), path.matcher(HttpMethod.GET, "/api/invoices/*"),
                path.matcher(HttpMethod.GET, "/api/credit-notes/*"),
                path.matcher(HttpMethod.GET, "/api/customers/*/usage"),
                path.matcher(HttpMethod.GET, "/api/me/preferences"), path.matcher(HttpMethod.PUT, "/api/me/preferences"));
        // only with the webapps' own CSRF token: Spring Security runs before Operaton's CSRF filter, which the API's
        // other calls pass through, so without this check any site could log a user out
        RequestMatcher webappLogoutPath = path.matcher(HttpMethod.POST, "/operaton/api/admin/auth/user/*/logout");
        RequestMatcher webappLogout = new AndRequestMatcher(webappLogoutPath, SecurityConfiguration::webappCsrfTokenMatches);
        RequestMatcher board = new OrRequestMatcher(path.matcher("/board"), path.matcher("/board/**"));
        RequestMatcher adminPages = path.matcher("/admin/**");
        RequestMatcher probes = new OrRequestMatcher(path.matcher(HttpMethod.GET, "/actuator/health"),
                path.matcher(HttpMethod.GET, "/actuator/health/liveness"),
                path.matcher(HttpMethod.GET, "/actuator/health/readiness"));
        RequestMatcher metrics = path.matcher(HttpMethod.GET, "/actuator/prometheus");
        // what machines call: a missing login answers 401 with the Basic challenge, never the login page
        RequestMatcher machines = new OrRequestMatcher(machineApis, metrics);
        BasicLoginAnswer basic = new BasicLoginAnswer(problems, Clock.systemUTC());
        http
            // one way in for staff and customers, on the form and with HTTP Basic alike: throttled per user and client
            // a remembered success skips the password check, never the throttle
            .authenticationManager(new ThrottledLogins(remembered.around(new ProviderManager(staff, customers)), throttle))
            .authorizeHttpRequests(requests -> requests
                // the login page, the error pages and what they show; /favicon.ico, which browsers ask for unbidden
                .requestMatchers("/login", "/error", "/assets/**", "/favicon.ico", "/favicon.svg").permitAll()
                // old links to the webapps only redirect to their new path, which asks for the login
                .requestMatchers(path.matcher(HttpMethod.GET, "/camunda"), path.matcher(HttpMethod.GET, "/camunda/**")).permitAll()
                // load balancers and orchestrators ask without a login; they get the status only
                .requestMatchers(probes).permitAll()
                .requestMatchers(metrics).hasAnyRole("ADMIN", MONITORING_ROLE)
                // the webapps' own login form checks passwords past the login throttle; the login here is the only one
                .requestMatchers(path.matcher(HttpMethod.POST, "/operaton/api/admin/auth/user/*/login/**")).denyAll()
                // refused here, before the webapps' CSRF filter, which would end the session of a request without it
                .requestMatchers(new AndRequestMatcher(path.matcher("/operaton/api/**"), SecurityConfiguration::unsafe,
                        new NegatedRequestMatcher(SecurityConfiguration::webappCsrfTokenMatches))).denyAll()
                .requestMatchers("/engine-rest/**").hasRole("ADMIN")
                .requestMatchers(staffOnly).access(SecurityConfiguration::notCustomer)
                // the administration pages check their roles themselves; a customer is refused here already
                .requestMatchers(adminPages).access(SecurityConfiguration::notCustomer)
                .requestMatchers(customerApi).authenticated()
                .requestMatchers("/api/**").access(SecurityConfiguration::notCustomer)
                .requestMatchers(portal).hasRole(CustomerScope.ROLE)
                .anyRequest().authenticated())
            .httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(basic))
            // Spring's default request cache (it does not save /favicon.ico and the like); the landing reads it
            .formLogin(form -> form.loginPage("/login").successHandler(new LoginLanding(new HttpSessionRequestCache())))
            // Tasklist's, Cockpit's and Admin's own "Log out" ends the Spring session too: otherwise the single
            // sign-on would log the same user straight back in (the webapps' call gets a plain 200, as their own
            // logout answers)
            .logout(logout -> logout
                .logoutRequestMatcher(new OrRequestMatcher(path.matcher(HttpMethod.POST, "/logout"), webappLogout))
                // chosen by the path alone: once logged out, the session and its token are gone
                .defaultLogoutSuccessHandlerFor(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK), webappLogoutPath)
                .logoutSuccessUrl("/login?logout"))
            .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                    new OrRequestMatcher(portal, board, adminPages, path.matcher("/login"), path.matcher("/settings")),
                    new StaticHeadersWriter("Content-Security-Policy", PAGES_CONTENT_SECURITY_POLICY))))
            .exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor(basic, machines)
                .defaultAccessDeniedHandlerFor(problems, machines)
                // pages: the container's error page (shared.web.ErrorPages), which answers a browser with the 403 page;
                // named, as Spring Security would give a single default handler every request
                .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), new NegatedRequestMatcher(machines)))
            .csrf(csrf -> csrf.ignoringRequestMatchers(new AndRequestMatcher(machineApis,
                    request -> httpBasic(request) || !sessionAuthenticated(request)), path.matcher("/operaton/api/**")));
        return http.build();
    }

    /**
     * The request carries the CSRF token that Operaton's webapps keep in the session and send in X-XSRF-TOKEN
     * (CsrfPreventionFilter), compared in constant time.
     */
    static boolean webappCsrfTokenMatches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected instanceof String token && sent != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    /** A request that may change something: anything but GET, HEAD, OPTIONS and TRACE. */
    private static boolean unsafe(HttpServletRequest request) {
        return !Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod());
    }

    /** Logged in, and not as a customer: staff of any group (the engine then decides what each may see). */
    private static AuthorizationDecision notCustomer(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        boolean staff = caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken)
                && caller.getAuthorities().stream().noneMatch(a -> ("ROLE_" + CustomerScope.ROLE).equals(a.getAuthority()));
        return new AuthorizationDecision(staff);
    }

    /** The request carries HTTP Basic credentials, as an integration sends them; a browser session carries none. */
    private static boolean httpBasic(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /**
     * The request rides on a logged-in browser session: the only kind a forged cross-site request can borrow. Without
     * one, an API call is anonymous and gets its 401, not a CSRF 403.
     */
    private static boolean sessionAuthenticated(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
    }

    /** bcrypt today, and whatever Spring Security makes the default later, with old hashes still readable. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    FilterRegistrationBean<EngineApiErrors> engineApiErrors() {
        FilterRegistrationBean<EngineApiErrors> registration = new FilterRegistrationBean<>(new EngineApiErrors());
        registration.addUrlPatterns("/operaton/api/*", "/engine-rest/*");
        return registration;
    }

    /**
     * /engine-rest acts as the user Spring Security authenticated, with their groups: without it the engine would run
     * its calls unauthenticated, so its authorization checks would not apply and the process would record "system"
     * as the one who acted.
     */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName(),
                ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "/engine-rest"));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(101);
        return registration;
    }

    /** Runs after Spring Security's filter chain, so the webapps see the user it authenticated. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityWebappAuthentication.class.getName()));
        registration.addUrlPatterns("/operaton/*");
        registration.setOrder(101);
        return registration;
    }
}
