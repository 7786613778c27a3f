/**
 * The conversation on a request: messages between the customer and staff, each public (the customer sees it) or
 * internal (staff only), with attachments. It knows engagements only by id and their customer's id; what a message
 * does to the request (a reply resuming or reopening it, a first response stopping the response clock) is the
 * engagement feature's business.
 */
package com.quarterhour.conversation;
