package org.redlines.exchange;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.redlines.i18n.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Exports fail plainly: an export link whose parameters are not validly encoded gets a 400, and a database that
 * cannot be reached a 503 that says so, never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = BadLinkAdvice.class)
class BadLinkAdvice {

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<String> badlyEncoded(InvalidParameterException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.TEXT_PLAIN)
                .body(Messages.t("export.bad-link") + "\n");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> failed(Exception e) throws Exception {
        if (!org.redlines.positions.Outages.isDatabaseOutage(e)) {
            throw e;
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.TEXT_PLAIN)
                .header(HttpHeaders.RETRY_AFTER, "10")
                .body(Messages.t("error.database.message") + "\n");
    }
}
