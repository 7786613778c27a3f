package com.quarterhour.shared.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.AuthorizationException;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.TaskAlreadyClaimedException;
import org.operaton.bpm.engine.exception.NotFoundException;
import org.operaton.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of the REST API as an RFC 9457 problem detail with a message a caller can act on. */
@RestControllerAdvice(basePackages = "com.quarterhour")
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class,
            Long.class, short.class, Short.class);

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        return problem(e.status(), e.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, detail);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "'" + Text.quotable(String.valueOf(e.getValue()))
                + "' is not a valid value for " + e.getName());
    }

    /**
     * A page a browser asked for (the board, for a technician) is refused by the security configuration's handler
     * instead, which shows the 403 page: the exception goes on to it.
     */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!ErrorPages.wantsProblem(path, request.getHeader(HttpHeaders.ACCEPT))) {
            throw e;
        }
        return problem(HttpStatus.FORBIDDEN, "Your role does not allow this action");
    }

    /**
     * A unique key or check the code did not foresee: still the caller's conflict, never a 500. A value the
     * database cannot hold (SQLSTATE class 22: too long, out of range, a character it refuses) is bad input, a 400;
     * the boundary should have refused it, hence the warning either way.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.warn("Integrity violation reached the API", e);
        if (dataException(e)) {
            return problem(HttpStatus.BAD_REQUEST, "A value is too long or out of range for its field; nothing was saved");
        }
        return problem(HttpStatus.CONFLICT, "The change conflicts with existing data and was not saved");
    }

    private static boolean dataException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Someone else changed this at the same time; reload and try again");
    }

    /**
     * The engine's side of a race: another request (or a Tasklist user) completed or changed the same task first.
     * A lock not granted in time is the same race on a row of ours.
     */
    @ExceptionHandler({OptimisticLockingException.class, TaskAlreadyClaimedException.class,
            PessimisticLockingFailureException.class})
    ProblemDetail engineConflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Someone else changed this at the same time; reload and try again");
    }

    /** A task that was there a moment ago is gone: someone completed it concurrently. */
    @ExceptionHandler({NullValueException.class, NotFoundException.class})
    ProblemDetail engineTaskGone(ProcessEngineException e) {
        return problem(HttpStatus.CONFLICT, "This step was completed by someone else at the same time; reload and try again");
    }

    /** The engine's authorization refused the caller (their task is someone else's, or not in their group). */
    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail engineAuthorization(AuthorizationException e) {
        return problem(HttpStatus.FORBIDDEN, "You may not work this task");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(ProblemDetailsAdvice::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        if (detail.isEmpty()) {
            detail = "The request body is invalid";
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, detail));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, unreadable(e)));
    }

    private static String unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RejectedInput rejected) {
            return (rejected.getPath().isEmpty() ? "The value" : path(rejected)) + " " + rejected.getOriginalMessage();
        }
        if (cause instanceof JsonMappingException mapping && mapping.getCause() instanceof InputCoercionException outOfRange) {
            boolean integer = outOfRange.getTargetType() == int.class || outOfRange.getTargetType() == Integer.class;
            return path(mapping) + (integer ? " must be a whole number up to " + Integer.MAX_VALUE : " is out of range");
        }
        if (cause instanceof JsonParseException parse && parse.getOriginalMessage().startsWith("Duplicate field")) {
            return parse.getOriginalMessage() + ": each field may appear once";
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'";
        }
        if (cause instanceof InvalidFormatException invalid) {
            String field = path(invalid);
            if (invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
                String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
                return "'" + Text.quotable(String.valueOf(invalid.getValue())) + "' is not a valid " + field
                        + "; expected one of " + allowed;
            }
            if (invalid.getValue() instanceof Number && WHOLE_NUMBERS.contains(invalid.getTargetType())) {
                return "'" + invalid.getValue() + "' is not a valid " + field + "; expected a whole number";
            }
            return "'" + Text.quotable(String.valueOf(invalid.getValue())) + "' is not a valid " + field;
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return "Field '" + path(mismatched) + "' has the wrong type";
        }
        return "The request body is not valid JSON";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String describe(FieldError error) {
        return error.getField() + ": " + error.getDefaultMessage();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    static ProblemDetail problem(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
