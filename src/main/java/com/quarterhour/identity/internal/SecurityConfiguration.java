package com.quarterhour.identity.internal;

import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Nothing answers without authentication: the REST API and /engine-rest take HTTP Basic or the browser session,
 * the webapps and Swagger UI the login form. /engine-rest is for administrators only, since it bypasses the
 * application's rules.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CamundaIdentityAuthenticationProvider staff) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher machineApis = new OrRequestMatcher(path.matcher("/api/**"), path.matcher("/engine-rest/**"));
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Quarterhour");
        http
            .authenticationProvider(staff)
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/login", "/error").permitAll()
                .requestMatchers("/engine-rest/**").hasRole("ADMIN")
                .anyRequest().authenticated())
            .httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(basic))
            .formLogin(form -> form.defaultSuccessUrl("/camunda/app/tasklist/", false))
            .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
            .exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor(basic, machineApis)
                .defaultAccessDeniedHandlerFor((request, response, denied) -> response.sendError(HttpStatus.FORBIDDEN.value(),
                        "Your role does not allow this action"), machineApis))
            // machine clients send no CSRF token; the webapps' own API has Camunda's CSRF filter
            .csrf(csrf -> csrf.ignoringRequestMatchers(machineApis, path.matcher("/camunda/api/**")));
        return http.build();
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
