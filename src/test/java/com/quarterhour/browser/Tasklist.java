package com.quarterhour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Camunda Tasklist as the browser tests use it: filters, a task opened by its link, a Camunda Form completed. */
final class Tasklist {

    private final Browser browser;
    private final TestRestTemplate http;

    Tasklist(Browser browser, TestRestTemplate http) {
        this.browser = browser;
        this.http = http;
    }

    JsonNode engagement(long id) {
        ResponseEntity<JsonNode> found = http.withBasicAuth("coordinator", "coordinator")
                .getForEntity("/api/engagements/" + id, JsonNode.class);
        assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
        return found.getBody();
    }

    void openFilter(String name) {
        browser.click(By.xpath("//*[contains(@class,'task-filter')]//a[starts-with(normalize-space(.),'" + name + "')]"));
        browser.waiting().until(d -> d.getCurrentUrl().contains("filter="));
    }

    /**
     * Opens the engagement's open task in the chosen filter the way a link to it does (Tasklist's address with
     * the task id): on a database that other tests filled, the task need not be on the list's first page.
     */
    void openTask(long engagement, String taskKey) {
        ResponseEntity<JsonNode> found = http.withBasicAuth("demo", "demo").getForEntity(
                "/engine-rest/task?processInstanceId={instance}&taskDefinitionKey={task}", JsonNode.class,
                engagement(engagement).get("processInstanceId").asText(), taskKey);
        assertThat(found.getBody()).as("open %s tasks of engagement %d", taskKey, engagement).hasSize(1);
        browser.driver().get(browser.driver().getCurrentUrl() + "&task=" + found.getBody().get(0).get("id").asText());
        browser.visible(By.xpath("//*[contains(@class,'fjs-container')]"));
    }

    void complete() {
        browser.click(By.xpath("//button[contains(@class,'btn-primary')][normalize-space(.)='Complete']"));
        browser.visible(By.xpath("//*[normalize-space(.)='Select a task in the list.']"));
    }

    /** A field of the open Camunda Form by its id in the .form file (form-js prefixes the form's own id). */
    static By field(String id) {
        return By.cssSelector("[id$='-" + id + "']");
    }

    static By formLabel(String text) {
        return By.xpath("//label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(.),'" + text + "')]");
    }
}
