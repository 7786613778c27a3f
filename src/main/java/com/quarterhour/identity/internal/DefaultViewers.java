package com.quarterhour.identity.internal;

import com.quarterhour.identity.Viewers;
import com.quarterhour.shared.Viewer;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Everyone reads in the installation's defaults (until people's own choices are stored). */
@Component
@EnableConfigurationProperties(ViewerProperties.class)
class DefaultViewers implements Viewers {

    private final ViewerProperties properties;
    private final Viewer defaults;

    DefaultViewers(ViewerProperties properties, @Value("${quarterhour.company-time-zone}") ZoneId companyZone) {
        this.properties = properties;
        this.defaults = new Viewer(properties.defaultLocale(), companyZone);
    }

    @Override
    public Viewer of(String username) {
        return defaults;
    }

    @Override
    public Viewer current() {
        return defaults;
    }

    @Override
    public Viewer defaults() {
        return defaults;
    }

    @Override
    public List<Locale> offeredLocales() {
        return Stream.concat(Stream.of(properties.defaultLocale()), properties.locales().stream()).distinct().toList();
    }
}
