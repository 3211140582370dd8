package org.redlines.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redlines.positions.CurationService.PositionEdit;
import org.redlines.positions.Drafts.EditConflictException;
import org.redlines.positions.Drafts.InvalidDraftException;
import org.redlines.positions.Outages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal of the API as an RFC 9457 problem document: bad parameters and bodies (400, naming each field),
 * a role or token scope that may not write (403), something gone (404), an edit over a newer version (409, with
 * what is stored), a database that cannot be reached (503). Never a stack trace, never the interface's error page.
 */
@RestControllerAdvice(basePackageClasses = ApiAdvice.class)
class ApiAdvice {

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Map<String, Object>> problem(ApiProblem problem, HttpServletRequest request) {
        return ResponseEntity.status(problem.status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem.body(request.getRequestURI()));
    }

    @ExceptionHandler(InvalidDraftException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidDraftException e, HttpServletRequest request) {
        return problem(ApiProblem.invalidBody(e.problems()), request);
    }

    @ExceptionHandler(EditConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(EditConflictException e, HttpServletRequest request) {
        if (e.current() == null) {
            return problem(ApiProblem.notFound(ApiProblem.english(e.reason())), request);
        }
        Map<String, Object> body = new LinkedHashMap<>(
                ApiProblem.conflict(ApiProblem.english(e.reason())).body(request.getRequestURI()));
        if (e.current() instanceof PositionEdit stored) {
            body.put("current", ApiWrites.stored(stored));
        }
        return ResponseEntity.status(409)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(AccessDeniedException e, HttpServletRequest request) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            return problem(
                    new ApiProblem(
                            401,
                            "sign-in-needed",
                            "Sign-in needed",
                            "Writing needs a personal API token with the write scope.",
                            List.of()),
                    request);
        }
        return problem(
                new ApiProblem(
                        403,
                        "forbidden",
                        "Forbidden",
                        "Your role or your token's scope does not allow this.",
                        List.of()),
                request);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<Map<String, Object>> unreadable(Exception e, HttpServletRequest request) {
        return problem(
                new ApiProblem(
                        400,
                        "malformed-body",
                        "Malformed body",
                        "The body must be a JSON object (Content-Type: application/json) with the documented fields.",
                        List.of()),
                request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> failed(Exception e, HttpServletRequest request) throws Exception {
        if (!Outages.isDatabaseOutage(e)) {
            throw e;
        }
        ResponseEntity<Map<String, Object>> answer = problem(
                new ApiProblem(
                        503,
                        "unavailable",
                        "Database unavailable",
                        "The database cannot be reached; try again shortly.",
                        List.of()),
                request);
        return ResponseEntity.status(503)
                .header(HttpHeaders.RETRY_AFTER, "10")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(answer.getBody());
    }
}
