package org.budgetflow.workflow.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.budget.interchange.FieldError;
import org.budgetflow.workflow.service.WorkflowException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The error bodies of the workflow API, in Chinese: {@code {"error": "…"}} and, for malformed input, the fields at
 * fault: {@code {"error": "…", "fields": [{"field": "lines[3].amount", "message": "…"}]}}.
 */
@RestControllerAdvice(basePackageClasses = WorkflowErrors.class)
public class WorkflowErrors {

    @ExceptionHandler(WorkflowException.class)
    ResponseEntity<Map<String, Object>> workflow(WorkflowException e) {
        return body(HttpStatus.valueOf(e.kind().status()), e.getMessage(), e.fields());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> badPath(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST, "参数 " + e.getName() + " 的值 " + e.getValue() + " 无效",
                List.of(new FieldError(e.getName(), "应为" + ("year".equals(e.getName()) ? "四位数字年份" : "数字"))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return body(HttpStatus.BAD_REQUEST, "请求体不是有效的 JSON", List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "请以 application/json 提交", List.of());
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message,
            List<FieldError> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        if (!fields.isEmpty()) {
            body.put("fields", fields.stream().map(f -> Map.of("field", f.field() == null ? "" : f.field(),
                    "message", f.message())).toList());
        }
        return ResponseEntity.status(status).body(body);
    }
}
