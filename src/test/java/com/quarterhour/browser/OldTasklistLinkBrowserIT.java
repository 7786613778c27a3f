package com.quarterhour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A link to a task saved before the move to Operaton (a bookmark, a mail) still opens that task: the old
 * /camunda/app/tasklist address is redirected, and the browser keeps the part after # that names the task.
 * Screenshot: target/browser-screenshots/old-link-*.png.
 */
@BrowserTest
class OldTasklistLinkBrowserIT extends BrowserSession {

    /** Demo customer 2: Business Priority Support 20 h (BPS-20). */
    private static final long DEMO_CUSTOMER = 2;

    @Autowired TestRestTemplate http;

    @Test
    void anOldTaskLinkOpensTheTaskInOperatonTasklist() {
        ResponseEntity<JsonNode> reported = http.withBasicAuth("coordinator", "coordinator").postForEntity(
                "/api/engagements", Map.of("customerId", DEMO_CUSTOMER, "title", "Scanner jams on every page",
                        "description", "Reported for the old link test", "channel", "REPORT", "impact", "PARTIALLY_IMPAIRED"),
                JsonNode.class);
        assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String task = new Tasklist(browser, http).taskId(reported.getBody().get("id").asLong(), "Triage");
        browser.logInAs("coordinator");
        // Tasklist has loaded its filters: leaving it earlier would abort its requests half-way
        browser.visible(By.xpath("//*[contains(@class,'task-filter')]//a"));

        browser.go("/camunda/app/tasklist/default/#/?task=" + task);
        browser.waiting().until(d -> d.getCurrentUrl().contains("/operaton/app/tasklist/default/#/")
                && d.getCurrentUrl().contains("task=" + task));
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("/camunda/");
        browser.visible(By.xpath("//*[contains(@class,'fjs-form-field-text')][contains(.,'Scanner jams on every page')]"));
        Tasklist.assertOperatonWithoutMigrationBanner(browser);
        browser.step("old-link-01-task-opened");
    }
}
