package com.quarterhour.identity.internal;

import com.quarterhour.identity.Viewers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The locale of every page (Thymeleaf's {@code #locale}) is the logged-in person's, not the browser's: a UK business
 * reads en-GB whatever the laptop was bought with. The pages' {@code <html lang>} names it only when it is English, the
 * language the pages are written in: a screen reader would read English words with German sounds under de-DE. Named
 * so that Spring Boot's own resolver (the Accept-Language header) backs off.
 */
@Component("localeResolver")
class ViewerLocaleResolver implements LocaleResolver {

    /** Asked several times per request (every {@code #locale}), so the answer is kept for the request. */
    private static final String RESOLVED = ViewerLocaleResolver.class.getName() + ".locale";

    private final Viewers viewers;

    ViewerLocaleResolver(Viewers viewers) {
        this.viewers = viewers;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(RESOLVED) instanceof Locale resolved) {
            return resolved;
        }
        Locale locale = viewers.current().locale();
        request.setAttribute(RESOLVED, locale);
        return locale;
    }

    /** People choose their locale with their other settings, not per request. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The locale is each person's setting");
    }
}
