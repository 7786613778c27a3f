package com.quarterhour.conversation.internal;

import com.quarterhour.conversation.AttachmentScanner;
import com.quarterhour.conversation.AttachmentScanner.ScanResult;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(AttachmentProperties.class)
class ConversationConfiguration {

    /**
     * Accepts every file: the size and type limits still apply. Every scanner bean must accept a file, so an
     * administrator's own scanner bean adds to this one.
     */
    @Bean
    AttachmentScanner acceptingScanner() {
        return (fileName, contentType, content) -> ScanResult.ACCEPTED;
    }

    /**
     * The servlet's upload limits from the attachment limits (instead of spring.servlet.multipart.*), so that the two
     * cannot disagree: an upload over them is refused before it is read.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(AttachmentProperties attachments) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(attachments.maxFileSize());
        factory.setMaxRequestSize(attachments.maxRequestSize());
        return factory.createMultipartConfig();
    }
}
