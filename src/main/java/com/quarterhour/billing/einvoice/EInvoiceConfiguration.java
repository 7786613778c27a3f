package com.quarterhour.billing.einvoice;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SellerProperties.class, EInvoiceProperties.class})
class EInvoiceConfiguration {
}
