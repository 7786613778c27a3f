package com.quarterhour.shared.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value refused at the boundary; its message says what the field must be, the problem detail names the field. */
final class RejectedInput extends MismatchedInputException {

    RejectedInput(JsonParser parser, Class<?> type, String rule) {
        super(parser, rule, type);
    }
}
