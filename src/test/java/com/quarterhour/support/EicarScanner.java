package com.quarterhour.support;

import com.quarterhour.conversation.AttachmentScanner;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A virus scanner for the tests, as an administrator plugs one in: it refuses files that contain the EICAR test
 * signature (the harmless string every real scanner reports as a virus).
 */
@TestConfiguration(proxyBeanMethods = false)
public class EicarScanner {

    public static final String SIGNATURE = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    @Bean
    AttachmentScanner eicarScanner() {
        return (fileName, contentType, content) -> new String(content, StandardCharsets.ISO_8859_1).contains(SIGNATURE)
                ? AttachmentScanner.ScanResult.rejected("it contains the EICAR test virus")
                : AttachmentScanner.ScanResult.ACCEPTED;
    }
}
