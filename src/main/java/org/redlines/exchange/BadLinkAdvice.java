package org.redlines.exchange;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An export link whose parameters are not validly encoded gets a plain 400, not a logged server error. */
@RestControllerAdvice(basePackageClasses = BadLinkAdvice.class)
class BadLinkAdvice {

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<String> badlyEncoded(InvalidParameterException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN)
                .body("The link's parameters are not validly encoded; copy the link again from the view.\n");
    }
}
