package com.quarterhour.shared.web;

import java.time.Duration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Browsers ask for /favicon.ico on every site, whatever the page links: it answers the application's icon (the SVG
 * the pages link, which browsers read by its content type), so the request never ends on the login page or a 404.
 */
@RestController
class Favicon {

    private static final Resource ICON = new ClassPathResource("static/favicon.svg");

    @GetMapping("/favicon.ico")
    ResponseEntity<Resource> icon() {
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
                .body(ICON);
    }
}
