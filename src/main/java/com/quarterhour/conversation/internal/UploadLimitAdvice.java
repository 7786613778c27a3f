package com.quarterhour.conversation.internal;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the attachment limits, as a 413 problem detail naming them. The servlet refuses it while the request
 * is read, before any controller is chosen, so this advice is for every path (the API's own advice is for its
 * controllers only).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final AttachmentProperties limits;

    UploadLimitAdvice(AttachmentProperties limits) {
        this.limits = limits;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "The upload is too large: "
                + "each file may have at most " + limits.maxFileSize().toMegabytes() + " MB, a message at most "
                + limits.maxFiles() + " files; nothing was saved");
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
