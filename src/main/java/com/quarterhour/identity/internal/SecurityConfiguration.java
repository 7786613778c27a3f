package com.quarterhour.identity.internal;

import com.quarterhour.identity.CustomerScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Nothing answers without authentication: the REST API and /engine-rest take HTTP Basic or the browser session,
 * the webapps, Swagger UI and the portal the login form. Two kinds of users log in on the same form and with HTTP
 * Basic: staff (Camunda identity users) and customer users (the application's own table, role CUSTOMER).
 * <ul>
 * <li>/engine-rest is for administrators only, since it bypasses the application's rules.</li>
 * <li>The Camunda webapps and the API description are for staff: never for a customer.</li>
 * <li>Of the REST API, customers may only report, read their engagements, invoices and usage.</li>
 * <li>/portal is for customers only.</li>
 * <li>CSRF: a request to the API that authenticates with HTTP Basic (an integration) needs no token; one that rides
 * on a logged-in browser session (the portal, Swagger UI) does, like every form. The webapps' own /camunda/api has
 * Camunda's CSRF filter.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * The portal's pages run only their own scripts and styles (Chart.js from the WebJar included); Camunda's webapps
     * set their own policy, so this header is for /portal alone.
     */
    static final String PORTAL_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CamundaIdentityAuthenticationProvider staff,
            CustomerUserAuthenticationProvider customers) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher machineApis = new OrRequestMatcher(path.matcher("/api/**"), path.matcher("/engine-rest/**"));
        RequestMatcher portal = new OrRequestMatcher(path.matcher("/portal"), path.matcher("/portal/**"));
        RequestMatcher staffOnly = new OrRequestMatcher(path.matcher("/camunda/**"), path.matcher("/swagger-ui.html"),
                path.matcher("/swagger-ui/**"), path.matcher("/v3/api-docs"), path.matcher("/v3/api-docs/**"));
        // the API endpoints a customer user may call at all; each answers for the customer's own account only
        // (CustomerScope). Every other endpoint of the API is staff-only here too, so one forgotten @PreAuthorize
        // never opens an endpoint to customers.
        RequestMatcher customerApi = new OrRequestMatcher(
                path.matcher(HttpMethod.GET, "/api/engagements"), path.matcher(HttpMethod.POST, "/api/engagements"),
                path.matcher(HttpMethod.GET, "/api/engagements/*"),
                path.matcher(HttpMethod.GET, "/api/invoices"), path.matcher(HttpMethod.GET, "/api/invoices/*"),
                path.matcher(HttpMethod.GET, "/api/customers/*/usage"));
        RequestMatcher webappLogout = path.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout");
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Quarterhour");
        http
            .authenticationProvider(staff)
            .authenticationProvider(customers)
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/login", "/error").permitAll()
                .requestMatchers("/engine-rest/**").hasRole("ADMIN")
                .requestMatchers(staffOnly).access(SecurityConfiguration::notCustomer)
                .requestMatchers(customerApi).authenticated()
                .requestMatchers("/api/**").access(SecurityConfiguration::notCustomer)
                .requestMatchers(portal).hasRole(CustomerScope.ROLE)
                .anyRequest().authenticated())
            .httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(basic))
            // Spring's default request cache (it does not save /favicon.ico and the like); the landing reads it
            .formLogin(form -> form.successHandler(new LoginLanding(new HttpSessionRequestCache())))
            // Tasklist's, Cockpit's and Admin's own "Log out" ends the Spring session too: otherwise the single
            // sign-on would log the same user straight back in (the webapps' call gets a plain 200, as Camunda's does)
            .logout(logout -> logout
                .logoutRequestMatcher(new OrRequestMatcher(path.matcher(HttpMethod.POST, "/logout"), webappLogout))
                .defaultLogoutSuccessHandlerFor(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK), webappLogout)
                .logoutSuccessUrl("/login?logout"))
            .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(portal,
                    new StaticHeadersWriter("Content-Security-Policy", PORTAL_CONTENT_SECURITY_POLICY))))
            .exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor(basic, machineApis)
                .defaultAccessDeniedHandlerFor((request, response, denied) -> response.sendError(HttpStatus.FORBIDDEN.value(),
                        "Your role does not allow this action"), machineApis))
            .csrf(csrf -> csrf.ignoringRequestMatchers(new AndRequestMatcher(machineApis,
                    request -> httpBasic(request) || !sessionAuthenticated(request)), path.matcher("/camunda/api/**")));
        return http.build();
    }

    /** Logged in, and not as a customer: staff of any group (Camunda itself then decides what each may see). */
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

    /** Runs after Spring Security's filter chain, so the webapps see the user it authenticated. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityWebappAuthentication.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(101);
        return registration;
    }
}
