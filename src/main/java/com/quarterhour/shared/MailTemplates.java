package com.quarterhour.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The mail templates, templates/mail/NAME.txt and NAME.html, rendered by an engine of their own: no bean, so the web
 * views' engine and resolvers (Spring Boot's, which back off or collect beans of these types) stay as they are. Every
 * mail people read is written here: the request mails, SLA alerts and usage alerts.
 */
@Component
@EnableConfigurationProperties(MailLinks.class)
public class MailTemplates {

    /** "Mon 30 Nov 2026, 14:00 GMT": how every mail writes a moment, in the reader's time zone. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz",
            Locale.ENGLISH);

    private final TemplateEngine engine = new SpringTemplateEngine();

    MailTemplates() {
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 2));
    }

    /** The text and HTML bodies of the mail {@code name}. */
    public Rendered render(String name, Map<String, Object> variables) {
        Context context = new Context(Locale.ENGLISH, variables);
        return new Rendered(engine.process(name + ".txt", context), engine.process(name + ".html", context));
    }

    /** The moment as mails write it, in {@code zone}; null for none. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? null : DATE_TIME.format(instant.atZone(zone));
    }

    public record Rendered(String text, String html) {
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setResolvablePatterns(Set.of("mail/*" + suffix));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }
}
