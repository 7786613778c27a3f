package com.quarterhour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.operaton.bpm.engine.ManagementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The portal, the board, the administrators' SLA pages, the login page and the error pages on a phone's screen, 390
 * pixels wide: each fits without sideways scrolling, even with a long unbroken word in a request's title, and logs no
 * console error. The portal's navigation folds away behind a Menu button there. Screenshots: target/browser-screenshots/phone-*.png.
 */
@BrowserTest
class PhoneBrowserIT extends BrowserSession {

    /** Demo customer 2 (BPS-20), whose portal login is customer/customer. */
    private static final long DEMO_CUSTOMER = 2;
    /** An error code as customers paste it: one word longer than a phone is wide. */
    private static final String LONG_TITLE = "Printer says 0x8007000E_SPOOLER_SUBSYSTEM_APP_HAS_STOPPED_WORKING_AGAIN";

    @Autowired TestRestTemplate http;
    @Autowired ManagementService management;

    @BeforeEach
    void onAPhone() {
        browser.phoneSized();
    }

    @Test
    void theCustomersPagesFitAPhone() {
        long request = report(DEMO_CUSTOMER, LONG_TITLE);
        postAsSupport(request, "Which model is it? Please send us a photo of the display: https://support.example.com/"
                + "upload?reference=ENG-" + request + "&customer=" + DEMO_CUSTOMER);
        PortalBrowserIT.billLastMonth(http, management);

        browser.go("/login");
        browser.visible(By.id("login-form"));
        fits("phone-01-login");

        browser.visitAs("customer", "/portal");
        assertThat(browser.visible(By.id("request-" + request)).getText()).contains(LONG_TITLE);
        fits("phone-02-my-requests");

        browser.click(By.cssSelector("#request-" + request + " a"));
        assertThat(browser.visible(By.id("request-title")).getText()).isEqualTo(LONG_TITLE);
        browser.inView(By.id("messages"));
        fits("phone-03-request-with-conversation");

        // the navigation is folded away behind the Menu button
        assertThat(browser.driver().findElement(By.id("nav-report")).isDisplayed()).isFalse();
        browser.click(By.id("menu-button"));
        browser.visible(By.id("nav-report"));
        fits("phone-04-menu");

        browser.click(By.id("nav-report"));
        browser.visible(By.id("report-form"));
        fits("phone-05-report");

        fromTheMenu("nav-appointment");
        browser.visible(By.id("appointment-form"));
        fits("phone-06-appointment");

        fromTheMenu("nav-hours");
        WebElement chart = browser.visible(By.id("hours-chart"));
        browser.waiting().until(d -> Boolean.TRUE.equals(browser.driver().executeScript(
                "return typeof Chart !== 'undefined' && Chart.getChart(arguments[0]) !== undefined", chart)));
        browser.inView(By.id("hours-chart"));
        fits("phone-07-hours");

        fromTheMenu("nav-invoices");
        browser.visible(By.cssSelector("#invoices a.pdf"));
        fits("phone-08-invoices");

        browser.goToErrorPage("/swagger-ui.html", 403);
        assertThat(browser.visible(By.id("error-title")).getText()).isEqualTo("This page is not for you");
        fits("phone-09-forbidden");
    }

    @Test
    void theBoardFitsAPhone() {
        long request = report(DEMO_CUSTOMER, LONG_TITLE);

        browser.visitAs("coordinator", "/board");
        browser.visible(By.cssSelector("#board-rows tr[data-engagement-id='" + request + "']"));
        fits("phone-10-board");
    }

    @Test
    void theAdministratorsPagesFitAPhone() {
        browser.visitAs("demo", "/admin/sla");
        browser.visible(By.id("policies"));
        fits("phone-11-admin-calendars-and-policies");

        browser.toNewPage(() -> browser.click(By.id("new-calendar")));
        browser.visible(By.id("calendar-form"));
        fits("phone-12-admin-new-calendar");
        String name = "Phone office " + System.nanoTime();
        browser.inView(By.id("name")).sendKeys(name);
        browser.toNewPage(() -> browser.click(By.id("calendar-submit")));
        assertThat(browser.visible(By.id("notice")).getText()).isEqualTo("Saved the calendar “" + name + "”.");
        browser.visible(By.id("import-form"));
        fits("phone-13-admin-calendar");

        browser.toNewPage(() -> browser.click(By.id("back")));
        browser.toNewPage(() -> browser.click(By.id("new-policy")));
        browser.visible(By.id("targets"));
        fits("phone-14-admin-new-policy");

        browser.toNewPage(() -> browser.click(By.id("back")));
        browser.toNewPage(() -> browser.click(By.cssSelector("#policies td a")));
        browser.visible(By.id("policy-form"));
        fits("phone-15-admin-policy");

        browser.goToErrorPage("/admin/sla/calendars/999999999", 404);
        browser.visible(By.id("error-message"));
        fits("phone-16-admin-not-found");
    }

    private void fromTheMenu(String link) {
        browser.click(By.id("menu-button"));
        browser.toNewPage(() -> browser.click(By.id(link)));
    }

    /** Checks the page's width, then takes the step's screenshot (which also fails on a console error). */
    private void fits(String step) {
        browser.assertNoSidewaysScrolling();
        browser.step(step);
    }

    private long report(long customer, String title) {
        ResponseEntity<JsonNode> started = http.withBasicAuth("coordinator", "coordinator").postForEntity("/api/engagements",
                Map.of("customerId", customer, "title", title, "description", "Reported for the phone test", "channel",
                        "REPORT", "impact", "PARTIALLY_IMPAIRED"), JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return started.getBody().get("id").asLong();
    }

    private void postAsSupport(long engagement, String body) {
        ResponseEntity<JsonNode> posted = http.withBasicAuth("coordinator", "coordinator").postForEntity(
                "/api/engagements/" + engagement + "/messages", Map.of("body", body, "visibility", "PUBLIC"), JsonNode.class);
        assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
}
