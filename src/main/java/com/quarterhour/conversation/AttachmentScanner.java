package com.quarterhour.conversation;

/**
 * Checks an attachment before it is stored (a virus scanner). Declare a bean of this type to plug one in (e.g. one
 * that streams the bytes to clamd); without one every file that passes the size and type limits is accepted. A
 * rejected file refuses the whole message (422) and nothing is written.
 */
public interface AttachmentScanner {

    ScanResult scan(String fileName, String contentType, byte[] content);

    /** The scanner's answer; {@code reason} is shown to whoever sent the file, so name the finding, not internals. */
    record ScanResult(boolean accepted, String reason) {

        public static final ScanResult ACCEPTED = new ScanResult(true, null);

        public static ScanResult rejected(String reason) {
            return new ScanResult(false, reason);
        }
    }
}
