package org.budgetflow.identity.web;

import java.util.Map;

import org.budgetflow.identity.AuthenticationRequiredException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers {@link AuthenticationRequiredException} with 401, {@code {"error": "需要登录"}} and a Basic challenge. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AuthenticationRequiredHandler {

    @ExceptionHandler(AuthenticationRequiredException.class)
    ResponseEntity<Map<String, String>> loginRequired() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, ErrorResponses.CHALLENGE)
                .contentType(MediaType.APPLICATION_JSON)
                .body(ErrorResponses.body(ErrorResponses.LOGIN_REQUIRED));
    }
}
