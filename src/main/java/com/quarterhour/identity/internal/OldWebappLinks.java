package com.quarterhour.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links saved before the move to Operaton (bookmarks, task links in old mails) pointed at the webapps under
 * {@code /camunda}; they now live under {@code /operaton}, Operaton's default path, kept so that its documentation,
 * its webapps' own links and every new installation agree. A permanent redirect keeps the rest of the path and the
 * query; browsers keep the fragment ({@code #/?task=...}) across it.
 */
@RestController
class OldWebappLinks {

    static final String OLD_PATH = "/camunda";
    static final String NEW_PATH = "/operaton";

    @GetMapping({OLD_PATH, OLD_PATH + "/**"})
    ResponseEntity<Void> moved(HttpServletRequest request) {
        String rest = request.getRequestURI().substring(request.getContextPath().length() + OLD_PATH.length());
        String location = ServletUriComponentsBuilder.fromContextPath(request)
                .path(NEW_PATH + (rest.isEmpty() ? "/" : rest))
                .query(request.getQueryString())
                .build(true)
                .toUriString();
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, location).build();
    }
}
