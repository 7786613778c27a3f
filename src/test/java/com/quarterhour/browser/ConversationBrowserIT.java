package com.quarterhour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The conversation in real browsers: a technician asks the customer a question from the Work form in Tasklist and
 * waits for the answer; the customer reads it and answers on the request's page in the portal; the request is back
 * in the technician's work with the resolution clock running again and the answer on the Work form. Screenshots:
 * target/browser-screenshots/conversation-*.png.
 */
@BrowserTest
class ConversationBrowserIT extends BrowserSession {

    private static final String QUESTION = "Which printer model is it, and what does its display say?";
    private static final String ANSWER = "An HP LaserJet 4000; the display says PAPER JAM TRAY 2";

    @Autowired TestRestTemplate http;

    @Test
    void theCustomersAnswerInThePortalPutsTheRequestBackInTheTechniciansWork() {
        long engagement = WorkFormBrowserIT.workAssignedToTheTechnician(http, "Printer jams");
        Tasklist tasklist = new Tasklist(browser, http);

        // a) the technician asks in the Work form and waits for the customer
        browser.logInAs("technician");
        tasklist.openFilter("My work");
        tasklist.openTask(engagement, "Work");
        browser.visible(Tasklist.formLabel("Reply to the customer"));
        browser.click(By.xpath("//label[contains(@class,'fjs-form-field-label')]"
                + "[starts-with(normalize-space(.),'Waiting for the customer')]"));
        browser.inView(Tasklist.field("Field_publicReply")).sendKeys(QUESTION);
        browser.waiting().until(d -> d.findElement(Tasklist.field("Field_outcome-1")).isSelected());
        browser.step("conversation-01-technician-asks");
        tasklist.complete();
        browser.waiting().until(d -> "WAITING_FOR_CUSTOMER".equals(tasklist.engagement(engagement).get("status").asText()));
        JsonNode waiting = tasklist.engagement(engagement);
        assertThat(waiting.get("resolutionClockPaused").asBoolean()).isTrue();

        // b) the customer reads the question on the request's page and answers there
        browser.visitAs("customer", "/portal/requests/" + engagement);
        WebElement question = browser.visible(By.cssSelector("#messages li.from-support"));
        assertThat(question.findElement(By.cssSelector(".message-side")).getText()).isEqualTo("Support");
        assertThat(question.findElement(By.cssSelector(".message-body")).getText()).isEqualTo(QUESTION);
        browser.inView(By.id("reply-body")).sendKeys(ANSWER);
        browser.step("conversation-02-customer-answers");
        browser.click(By.id("reply-send"));
        assertThat(browser.visible(By.id("reply-notice")).getText()).isEqualTo("Your message was sent.");
        assertThat(browser.visible(By.cssSelector("#messages li.from-customer .message-body")).getText()).isEqualTo(ANSWER);
        browser.step("conversation-03-customer-answered");

        // c) the request is back in the technician's work, its resolution clock running again
        JsonNode resumed = tasklist.engagement(engagement);
        assertThat(resumed.get("status").asText()).isEqualTo("IN_PROGRESS");
        // BPS-20 measures the resolution without a target: the clock runs again, with no due time to show
        assertThat(resumed.get("resolutionClockPaused").asBoolean()).isFalse();
        browser.logInAs("technician");
        tasklist.openFilter("My work");
        tasklist.openTask(engagement, "Work");
        browser.waiting().until(d -> d.findElement(By.tagName("body")).getText().contains(ANSWER));
        browser.step("conversation-04-back-in-my-work");
        browser.assertNoConsoleErrors("at the end");
    }
}
