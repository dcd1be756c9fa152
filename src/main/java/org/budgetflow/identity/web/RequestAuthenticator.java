package org.budgetflow.identity.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Authenticates a request against the Camunda identity: HTTP Basic ({@code checkPassword}) when an Authorization
 * header is present, otherwise the login the Camunda webapps keep in the HTTP session (a user logged into Tasklist).
 * A session-authenticated request that changes state must echo the webapps' CSRF token (cookie {@code XSRF-TOKEN})
 * in the header {@code X-XSRF-TOKEN}, as the webapps themselves do.
 */
@Component
public class RequestAuthenticator {
    static final String BAD_CREDENTIALS = "用户名或密码错误";
    static final String MISSING_CSRF_TOKEN = "缺少或无效的 X-XSRF-TOKEN 请求头";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final String BASIC = "basic ";

    private final IdentityService identityService;
    private final String engineName;

    public RequestAuthenticator(ProcessEngine engine) {
        this.identityService = engine.getIdentityService();
        this.engineName = engine.getName();
    }

    RequestAuthentication authenticate(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            return basic(header);
        }
        return session(request);
    }

    private RequestAuthentication basic(String header) {
        if (!header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return new RequestAuthentication.Rejected(401, BAD_CREDENTIALS);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return new RequestAuthentication.Rejected(401, BAD_CREDENTIALS);
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return new RequestAuthentication.Rejected(401, BAD_CREDENTIALS);
        }
        String userId = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        return identityService.checkPassword(userId, password)
                ? new RequestAuthentication.Authenticated(userId)
                : new RequestAuthentication.Rejected(401, BAD_CREDENTIALS);
    }

    private RequestAuthentication session(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return new RequestAuthentication.Anonymous();
        }
        Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
        Authentication login = logins.getAuthenticationForProcessEngine(engineName);
        if (!(login instanceof UserAuthentication user) || !exists(user.getIdentityId())) {
            return new RequestAuthentication.Anonymous();
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !carriesCsrfToken(request, session)) {
            return new RequestAuthentication.Rejected(403, MISSING_CSRF_TOKEN);
        }
        return new RequestAuthentication.Authenticated(user.getIdentityId());
    }

    private boolean exists(String userId) {
        return identityService.createUserQuery().userId(userId).count() > 0;
    }

    private static boolean carriesCsrfToken(HttpServletRequest request, HttpSession session) {
        Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected instanceof String token && given != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
