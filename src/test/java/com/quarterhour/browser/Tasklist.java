package com.quarterhour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Operaton Tasklist as the browser tests use it: filters, a task opened by its link, a Camunda Form completed. */
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

    /**
     * Tasklist is Operaton's, and without the banner Camunda 7.24 CE showed every user at the top of each page ("It is
     * time to migrate to Camunda 8", element ce-eol-banner).
     */
    static void assertOperatonWithoutMigrationBanner(Browser browser) {
        WebElement brand = browser.visible(By.cssSelector(".navbar-brand"));
        assertThat(brand.getText()).isEqualTo("Operaton Tasklist");
        assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner"))).isEmpty();
        assertThat(browser.driver().findElement(By.tagName("body")).getText())
                .doesNotContain("Camunda 8")
                .doesNotContainIgnoringCase("migrate")
                .contains("Powered by Operaton");
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
        browser.driver().get(browser.driver().getCurrentUrl() + "&task=" + taskId(engagement, taskKey));
        browser.visible(By.xpath("//*[contains(@class,'fjs-container')]"));
    }

    /** The id of the engagement's one open task of the kind, as a link to it in Tasklist names it. */
    String taskId(long engagement, String taskKey) {
        ResponseEntity<JsonNode> found = http.withBasicAuth("demo", "demo").getForEntity(
                "/engine-rest/task?processInstanceId={instance}&taskDefinitionKey={task}", JsonNode.class,
                engagement(engagement).get("processInstanceId").asText(), taskKey);
        assertThat(found.getBody()).as("open %s tasks of engagement %d", taskKey, engagement).hasSize(1);
        return found.getBody().get(0).get("id").asText();
    }

    void complete() {
        browser.click(By.xpath("//button[contains(@class,'btn-primary')][normalize-space(.)='Complete']"));
        browser.visible(By.xpath("//*[normalize-space(.)='Select a task in the list.']"));
    }

    /** A field of the open Camunda Form by its id in the .form file (form-js prefixes the form's own id). */
    static By field(String id) {
        return By.cssSelector("[id$='-" + id + "']");
    }

    /** What a field of the open form shows, once form-js has filled it in (it renders after the task opens). */
    String shown(By field) {
        return browser.waiting().until(d -> {
            String value = d.findElement(field).getDomProperty("value");
            return value == null || value.isEmpty() ? null : value;
        });
    }

    static By formLabel(String text) {
        return By.xpath("//label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(.),'" + text + "')]");
    }
}
