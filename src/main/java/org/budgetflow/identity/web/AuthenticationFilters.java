package org.budgetflow.identity.web;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Authentication of the two APIs and of the oversight pages. {@code /api/*}: our filter (HTTP Basic or the webapps'
 * session, Chinese JSON errors). {@code /engine-rest/*}: Camunda's own {@link ProcessEngineAuthenticationFilter}
 * with HTTP Basic. {@code /dashboard}, {@code /dashboard/*}: the same login as {@code /api}, for finance,
 * performance, congress and admin only, with Chinese HTML pages for everyone else ({@link OversightPageFilter}).
 * Everything else ({@code /camunda/*} with the webapps' own login, {@code /actuator/health}, {@code /public/*},
 * static assets) is not filtered here.
 */
@Configuration(proxyBeanMethods = false)
public class AuthenticationFilters {
    /** After Spring's request-context and character-encoding filters, before everything else. */
    private static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(RequestAuthenticator authenticator,
            IdentityService identityService, ObjectMapper json) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ApiAuthenticationFilter(authenticator, identityService, json));
        registration.setName("budgetflowApiAuthentication");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<OversightPageFilter> oversightPageFilter(RequestAuthenticator authenticator,
            IdentityService identityService) {
        FilterRegistrationBean<OversightPageFilter> registration = new FilterRegistrationBean<>(
                new OversightPageFilter(authenticator, identityService));
        registration.setName("budgetflowOversightPages");
        registration.addUrlPatterns("/dashboard", "/dashboard/*");
        registration.setOrder(ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter(
            @Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
        String prefix = restPath.endsWith("/") ? restPath.substring(0, restPath.length() - 1) : restPath;
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ProcessEngineAuthenticationFilter());
        registration.setName("budgetflowEngineRestAuthentication");
        registration.addUrlPatterns(prefix + "/*");
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName(),
                ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, prefix));
        registration.setOrder(ORDER);
        return registration;
    }
}
