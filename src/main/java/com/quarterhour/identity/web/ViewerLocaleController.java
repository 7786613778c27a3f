package com.quarterhour.identity.web;

import com.quarterhour.identity.Viewers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The locale the logged-in person reads dates in. Tasklist's forms ask for it before they render (its date fields
 * would otherwise take the browser's language, not the person's choice); never cached, as the next login in the same
 * browser may be someone else's.
 */
@RestController
@Tag(name = "Me", description = "The logged-in person's own settings")
class ViewerLocaleController {

    private final Viewers viewers;

    ViewerLocaleController(Viewers viewers) {
        this.viewers = viewers;
    }

    @GetMapping("/api/me/locale")
    @Operation(operationId = "getMyLocale", summary = "The locale the logged-in person reads dates, times and amounts in")
    ResponseEntity<ViewerLocale> locale() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new ViewerLocale(viewers.current().locale().toLanguageTag()));
    }

    /** @param locale a BCP 47 language tag, as JavaScript's Intl takes it */
    record ViewerLocale(@Schema(example = "en-GB") String locale) {
    }
}
