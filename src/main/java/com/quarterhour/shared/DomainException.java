package com.quarterhour.shared;

import org.operaton.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.http.HttpStatus;

/**
 * A refusal that the caller can understand and fix. Its status becomes the problem detail's status, its
 * message the detail; anything else that escapes is a bug.
 * <p>Thrown by a service task while Tasklist (or the engine's REST API) completes a form, it is the form's validation
 * error to the engine: the engine's REST answers 400 with the message, where any other exception is a 500.
 */
public class DomainException extends FormFieldValidationException {

    private final HttpStatus status;

    protected DomainException(HttpStatus status, String message) {
        super(status.name(), message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    /** 400: the request itself is wrong (a value out of range, a reference to something that does not exist). */
    public static DomainException invalid(String message) {
        return new DomainException(HttpStatus.BAD_REQUEST, message);
    }

    /** 404: the addressed resource does not exist (or is not the caller's to see). */
    public static DomainException notFound(String message) {
        return new DomainException(HttpStatus.NOT_FOUND, message);
    }

    /** 409: the request is fine but the resource's state does not allow it now. */
    public static DomainException conflict(String message) {
        return new DomainException(HttpStatus.CONFLICT, message);
    }

    /** 403: the caller is known but may not do this. */
    public static DomainException forbidden(String message) {
        return new DomainException(HttpStatus.FORBIDDEN, message);
    }

    /** 413: the content is larger than allowed (an attachment over the size limit). */
    public static DomainException tooLarge(String message) {
        return new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, message);
    }

    /** 422: well-formed, but its content is refused (an attachment the virus scanner rejected). */
    public static DomainException unprocessable(String message) {
        return new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, message);
    }
}
