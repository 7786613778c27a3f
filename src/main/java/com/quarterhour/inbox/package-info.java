/**
 * Inbound e-mail: one node polls the support mailbox (IMAP) and each new mail becomes a customer's reply on the
 * request it names, a new report from a known contact, or a held mail that a coordinator sorts in Tasklist
 * (held-mail.bpmn). Every mail is acted on once, by its Message-ID.
 */
package com.quarterhour.inbox;
