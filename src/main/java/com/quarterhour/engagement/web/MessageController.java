package com.quarterhour.engagement.web;

import com.quarterhour.conversation.AttachmentTransfers;
import com.quarterhour.conversation.MessageChannel;
import com.quarterhour.conversation.MessageView;
import com.quarterhour.conversation.NewAttachment;
import com.quarterhour.conversation.NewMessage;
import com.quarterhour.conversation.Visibility;
import com.quarterhour.engagement.EngagementService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The conversation on a request. Staff read every message and post public replies or internal notes; customer users
 * read the public messages of their own requests and post public ones (see CustomerScope).
 */
@RestController
@Tag(name = "Engagements", description = "Support requests: report, triage, time, resolution, adjustments")
class MessageController {

    private final EngagementService engagements;

    MessageController(EngagementService engagements) {
        this.engagements = engagements;
    }

    /** A message as JSON: its text and, from staff, whether the customer reads it. */
    record MessageRequest(String body, Visibility visibility) {
    }

    @GetMapping("/api/engagements/{id}/messages")
    @Operation(operationId = "listMessages", summary = "The request's messages, oldest first",
            description = "Staff read every message; a customer user the PUBLIC ones of its own requests. Each "
                    + "attachment downloads from /api/engagements/{id}/messages/attachments/{attachmentId}.")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER','TECHNICIAN','CUSTOMER')")
    List<MessageView> messages(@PathVariable long id) {
        return engagements.messages(id);
    }

    /** Spring Doc merges the JSON and the multipart form into one operation: both say all of it. */
    private static final String POST_SUMMARY = "Post a message on the request, with or without files";
    private static final String POST_DESCRIPTION = "As JSON {body, visibility}, or as multipart/form-data with the "
            + "fields body and visibility and the files as 'files'. Staff must say the visibility: PUBLIC (the customer "
            + "reads it) or INTERNAL (staff only). A customer user's message is always PUBLIC (INTERNAL: 400). The body "
            + "(up to 10000 characters) is required unless files are attached. Each file must be within the configured "
            + "size, count and type limits: over the size 413, a type not accepted 400, one the virus scanner refuses "
            + "422; nothing is stored then. A request that no longer takes messages answers 409.";

    @PostMapping(path = "/api/engagements/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "postMessage", summary = POST_SUMMARY, description = POST_DESCRIPTION,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "public reply", value = """
                            {"body": "Please restart the print spooler and tell us if it helps.", "visibility": "PUBLIC"}"""),
                    @ExampleObject(name = "internal note", value = """
                            {"body": "Same driver issue as last month.", "visibility": "INTERNAL"}""")})))
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER','TECHNICIAN','CUSTOMER')")
    ResponseEntity<MessageView> post(@PathVariable long id, @RequestBody MessageRequest request, Principal user) {
        return posted(id, engagements.postMessage(id, message(request.body(), request.visibility(), List.of(), user)));
    }

    @PostMapping(path = "/api/engagements/{id}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "postMessage", summary = POST_SUMMARY, description = POST_DESCRIPTION)
    @ApiResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
    @ApiResponse(responseCode = "422", ref = "#/components/responses/UnprocessableContent")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER','TECHNICIAN','CUSTOMER')")
    ResponseEntity<MessageView> postWithFiles(@PathVariable long id, @RequestParam(required = false) String body,
            @RequestParam(required = false) Visibility visibility,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Principal user) {
        return posted(id, engagements.postMessage(id, message(body, visibility, AttachmentTransfers.uploaded(files), user)));
    }

    @GetMapping("/api/engagements/{id}/messages/attachments/{attachmentId}")
    @Operation(operationId = "downloadMessageAttachment", summary = "Download an attachment of a message",
            description = "Always as a download under the sender's file name. A customer user reaches the files of "
                    + "public messages of its own requests only (404 otherwise).")
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER','TECHNICIAN','CUSTOMER')")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        return AttachmentTransfers.download(engagements.messageAttachment(id, attachmentId));
    }

    private static NewMessage message(String body, Visibility visibility, List<NewAttachment> files, Principal user) {
        return new NewMessage(null, user.getName(), null, visibility, MessageChannel.API, body, files);
    }

    private static ResponseEntity<MessageView> posted(long id, MessageView message) {
        return ResponseEntity.created(URI.create("/api/engagements/" + id + "/messages")).body(message);
    }
}
