/**
 * Mails to customers about their requests: received, a public message from staff, waiting for their answer, resolved
 * (with the window in which a reply reopens it) and reopened. Each follows the event of its step after that step
 * has committed, from the event publication log; it goes to the request's reporter and the contacts copied on all of
 * the customer's requests. The subject carries the request's reference ([ENG-12]) and the Reply-To is the support
 * mailbox, so that an answer by mail finds its request.
 */
package com.quarterhour.notification;
