package com.quarterhour.shared;

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

    private final TemplateEngine engine = new SpringTemplateEngine();

    MailTemplates() {
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 2));
    }

    /**
     * The text and HTML bodies of the mail {@code name}, for readers of {@code locale} (its moments written with
     * {@link Formats} of that locale, in the customer's zone).
     */
    public Rendered render(String name, Map<String, Object> variables, Locale locale) {
        Context context = new Context(locale, variables);
        return new Rendered(engine.process(name + ".txt", context), engine.process(name + ".html", context));
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
