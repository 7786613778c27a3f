package com.quarterhour.identity.web;

import com.quarterhour.identity.CustomerScope;
import com.quarterhour.identity.ViewerChoice;
import com.quarterhour.identity.ViewerChoices;
import com.quarterhour.identity.ViewerSettings;
import com.quarterhour.identity.Viewers;
import com.quarterhour.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone's own settings page, staff and portal users alike: the locale dates, times and money are written in (each
 * named in its own language, with an example of how it reads) and the time zone, or the installation's defaults.
 */
@Controller
class SettingsPage {

    static final String SAVED = "Saved.";

    private final ViewerChoices choices;
    private final Viewers viewers;

    SettingsPage(ViewerChoices choices, Viewers viewers) {
        this.choices = choices;
        this.viewers = viewers;
    }

    @GetMapping("/settings")
    String show(Authentication login, Model model) {
        return page(login, choices.settingsOf(login.getName()), model);
    }

    @PostMapping("/settings")
    String save(@RequestParam(required = false) String locale, @RequestParam(required = false) String timeZone,
            @RequestParam(required = false) String reset, Authentication login, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        ViewerChoice choice = reset != null ? ViewerChoice.DEFAULTS : new ViewerChoice(locale, timeZone);
        try {
            choices.choose(login.getName(), choice);
        } catch (DomainException refused) {
            // only a hand-made request gets here: the page offers nothing else
            response.setStatus(refused.status().value());
            model.addAttribute("error", refused.getMessage());
            return page(login, choices.settingsOf(login.getName()), model);
        }
        redirect.addFlashAttribute("notice", SAVED);
        return "redirect:/settings";
    }

    private String page(Authentication login, ViewerSettings settings, Model model) {
        ViewerChoice chosen = settings.chosen();
        Locale defaultLocale = viewers.defaults().locale();
        ZoneId defaultZone = viewers.defaults().timeZone();
        model.addAttribute("username", login.getName());
        model.addAttribute("customer", login.getAuthorities().stream()
                .anyMatch(g -> ("ROLE_" + CustomerScope.ROLE).equals(g.getAuthority())));
        model.addAttribute("locales", viewers.offeredLocales().stream()
                .map(l -> new LocaleOption(l.toLanguageTag(), ReadingExample.nameOf(l),
                        ReadingExample.of(l, defaultLocale), l.toLanguageTag().equals(chosen.locale())))
                .toList());
        model.addAttribute("defaultLocale", new LocaleOption("", ReadingExample.nameOf(defaultLocale),
                ReadingExample.of(defaultLocale, defaultLocale), chosen.locale() == null));
        model.addAttribute("zones", choices.timeZones().stream()
                .map(z -> new ZoneOption(z, z.equals(defaultZone.getId()) ? z + " (company default)" : z,
                        z.equals(chosen.timeZone())))
                .toList());
        model.addAttribute("defaultZone", defaultZone.getId());
        model.addAttribute("zoneChosen", chosen.timeZone() != null);
        Locale effective = Locale.forLanguageTag(settings.effective().locale());
        model.addAttribute("example", ReadingExample.of(effective, defaultLocale));
        model.addAttribute("effectiveZone", settings.effective().timeZone());
        return "settings";
    }

    record LocaleOption(String tag, String name, String example, boolean selected) {
    }

    record ZoneOption(String id, String label, boolean selected) {
    }
}
