package com.quarterhour.shared.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.quarterhour.shared.InputBounds;
import com.quarterhour.shared.Text;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the API reads from JSON, decided once for every body: a repeated field, an enum given by its number, a
 * fraction where a whole number is meant, a number or a far-away year where a date is meant and a control
 * character in text are all 400s naming the field, before any service sees the value.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .deserializerByType(String.class, new TextInput())
                .deserializerByType(Instant.class, new DateInput<>(Instant.class,
                        "a date and time with offset such as 2026-10-01T09:30:00Z",
                        text -> OffsetDateTime.parse(text).toInstant(), InputBounds::contains))
                .deserializerByType(LocalDate.class, new DateInput<>(LocalDate.class, "a date such as 2026-10-01",
                        LocalDate::parse, InputBounds::contains));
    }

    /** Text without control characters other than tab, CR and LF. */
    static final class TextInput extends StdScalarDeserializer<String> {

        TextInput() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, context);
            int at = value == null ? -1 : Text.firstControlCharacter(value);
            if (at >= 0) {
                throw new RejectedInput(p, String.class, String.format(
                        "must not contain control characters (U+%04X at position %d); tab, CR and LF are allowed",
                        (int) value.charAt(at), at + 1));
            }
            return value;
        }
    }

    /** A date or instant as ISO-8601 text within {@link InputBounds}; never epoch numbers, days or arrays. */
    static final class DateInput<T> extends StdScalarDeserializer<T> {

        private final String form;
        private final Function<String, T> parse;
        private final Predicate<T> inRange;

        DateInput(Class<T> type, String form, Function<String, T> parse, Predicate<T> inRange) {
            super(type);
            this.form = form;
            this.parse = parse;
            this.inRange = inRange;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RejectedInput(p, handledType(), "must be " + form + " (text, not a number or structure)");
            }
            String text = p.getText().strip();
            T value;
            try {
                value = parse.apply(text);
            } catch (DateTimeException e) {
                throw new RejectedInput(p, handledType(), "must be " + form + ", got '" + Text.quotable(text) + "'");
            }
            if (!inRange.test(value)) {
                throw new RejectedInput(p, handledType(), "must be " + InputBounds.RANGE + ", got '" + text + "'");
            }
            return value;
        }
    }
}
