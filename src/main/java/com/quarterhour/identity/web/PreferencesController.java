package com.quarterhour.identity.web;

import com.quarterhour.identity.ViewerChoice;
import com.quarterhour.identity.ViewerChoices;
import com.quarterhour.identity.ViewerSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own locale and time zone, for staff and portal users alike: always the login's own, so nobody reads
 * or sets another person's.
 */
@RestController
@RequestMapping("/api/me/preferences")
@Tag(name = "Preferences", description = "The caller's own locale and time zone for dates, times and money")
class PreferencesController {

    private final ViewerChoices choices;

    PreferencesController(ViewerChoices choices) {
        this.choices = choices;
    }

    @GetMapping
    @Operation(operationId = "getMyPreferences", summary = "Read my locale and time zone",
            description = "chosen holds what the caller chose (null: the default); effective what pages, forms and "
                    + "mails use, where a value no longer offered reads as the default; defaults the installation's.")
    ViewerSettings get(Principal user) {
        return choices.settingsOf(user.getName());
    }

    @PutMapping
    @Operation(operationId = "setMyPreferences", summary = "Choose my locale and time zone",
            description = "locale is one of offeredLocales, timeZone an IANA zone id; null (or leaving it out) uses "
                    + "the default. Both are replaced: {\"locale\": null, \"timeZone\": null} resets to the defaults. "
                    + "A moment that belongs to a customer (a due time, an appointment) stays in the customer's zone.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "German in Berlin", value = """
                            {"locale": "de-DE", "timeZone": "Europe/Berlin"}"""))))
    ViewerSettings set(@RequestBody ViewerChoice choice, Principal user) {
        return choices.choose(user.getName(), choice);
    }
}
