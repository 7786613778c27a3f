package com.quarterhour.tasklist.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.variable.Variables;

/** The JSON list format: chosen only on request, and never a way to name a class to instantiate. */
class JsonListSerializerTest {

    private final JsonListSerializer serializer = new JsonListSerializer();
    private final List<Map<String, String>> options = new ArrayList<>(List.of(Map.of("label", "Theo", "value", "technician")));

    @Test
    void aListIsWrittenAsJsonOnlyWhenItAsksForJson() throws Exception {
        assertThat(serializer.canHandle(Variables.untypedValue(options))).as("the engine's default format stays").isFalse();
        assertThat(serializer.canHandle(Variables.objectValue(options).create())).isFalse();
        assertThat(serializer.canHandle(Variables.objectValue(options)
                .serializationDataFormat(JsonListSerializer.FORMAT).create())).isTrue();
        // compared as JSON: the order of a map's keys is not the format's concern
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(serializer.serializeToByteArray(options)))
                .isEqualTo(json.readTree("[{\"label\":\"Theo\",\"value\":\"technician\"}]"));
    }

    @Test
    void whateverTypeAValueClaimsItIsReadAsAListOfStringMapsOrRefused() throws Exception {
        byte[] json = "[{\"label\":\"Theo\",\"value\":\"technician\"}]".getBytes(StandardCharsets.UTF_8);
        assertThat(serializer.deserializeFromByteArray(json, "java.lang.ProcessBuilder")).isEqualTo(options);
        byte[] object = "{\"command\":[\"rm\"]}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> serializer.deserializeFromByteArray(object, "java.lang.ProcessBuilder"))
                .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }
}
