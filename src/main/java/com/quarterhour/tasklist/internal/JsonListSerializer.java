package com.quarterhour.tasklist.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.impl.variable.serializer.AbstractObjectValueSerializer;
import org.operaton.bpm.engine.variable.value.SerializableValue;
import org.operaton.bpm.engine.variable.value.TypedValue;

/**
 * Object variables in the data format application/json, so that Tasklist's Camunda Forms read a list such as a
 * select's options (it parses a variable of that format as JSON). Operaton's Spin plugin would write this format
 * too, but it reads a JSON value into whatever class the value names (unless a type allow-list is kept up to date);
 * here only plain lists of string maps are written or read, whatever type name a value claims: a value set through
 * the REST API with this format can never name a class to instantiate.
 */
class JsonListSerializer extends AbstractObjectValueSerializer {

    static final String FORMAT = "application/json";
    static final String NAME = "quarterhour-json-list";
    private static final String TYPE_NAME = ArrayList.class.getName();
    private static final TypeReference<ArrayList<Map<String, String>>> LIST = new TypeReference<>() {
    };

    private final ObjectMapper json = new ObjectMapper();

    JsonListSerializer() {
        super(FORMAT);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    protected String getTypeNameForDeserialized(Object deserializedObject) {
        return TYPE_NAME;
    }

    @Override
    protected byte[] serializeToByteArray(Object deserializedObject) throws Exception {
        return json.writeValueAsBytes(deserializedObject);
    }

    @Override
    protected Object deserializeFromByteArray(byte[] object, String objectTypeName) throws Exception {
        return json.readValue(object, LIST);
    }

    @Override
    protected boolean isSerializationTextBased() {
        return true;
    }

    /** Only a value that asks for this format: an untyped list keeps the engine's default format. */
    @Override
    public boolean canHandle(TypedValue value) {
        return value instanceof SerializableValue serializable && FORMAT.equals(serializable.getSerializationDataFormat())
                && super.canHandle(value);
    }

    @Override
    protected boolean canSerializeValue(Object value) {
        return value instanceof List<?> list && list.stream().allMatch(Map.class::isInstance);
    }
}
