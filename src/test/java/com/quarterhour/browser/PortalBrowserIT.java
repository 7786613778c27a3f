package com.quarterhour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The customer portal's other pages in a real browser, as the demo customer: the hours chart is drawn by
 * Chart.js from the WebJar under the portal's Content-Security-Policy, last month's invoice (billed by a manager
 * through the API) with its PDF, and an appointment
 * booked at one of the working hours its form offers. A console error fails every step. Screenshots: target/browser-screenshots/portal-*.png.
 */
@BrowserTest
class PortalBrowserIT extends BrowserSession {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Demo customer 2 (BPS-20), whose portal login is customer/customer. */
    private static final long DEMO_CUSTOMER = 2;

    @Autowired TestRestTemplate http;
    @Autowired ManagementService management;

    @Test
    void theCustomerSeesTheHoursChartAndInvoicesAndBooksAnAppointment() {
        browser.visitAs("customer", "/portal/hours");
        assertThat(browser.visible(By.id("hours-plan")).getText()).isEqualTo("BPS-20");
        assertThat(browser.visible(By.id("hours-included")).getText()).isEqualTo("20 h");
        WebElement chart = browser.visible(By.id("hours-chart"));
        browser.waiting().until(d -> Boolean.TRUE.equals(browser.driver().executeScript(
                "return typeof Chart !== 'undefined' && Chart.getChart(arguments[0]) !== undefined", chart)));
        Object datasets = browser.driver().executeScript(
                "return Chart.getChart(arguments[0]).data.datasets.map(d => d.label).join('|')", chart);
        assertThat(datasets.toString()).contains("Included", "Used", "Overage");
        assertThat(browser.driver().findElements(By.cssSelector("#hours-table tbody tr"))).hasSize(12);
        browser.step("portal-01-hours");

        String invoice = billLastMonth(http, management);
        browser.click(By.id("nav-invoices"));
        WebElement invoices = browser.visible(By.id("invoices"));
        assertThat(invoices.getText()).contains(invoice, YearMonth.now(LONDON).minusMonths(1).toString());
        WebElement pdf = invoices.findElement(By.cssSelector("a.pdf"));
        Object contentType = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type')))", pdf.getAttribute("href"));
        assertThat(contentType).isEqualTo("200 application/pdf");
        browser.step("portal-02-invoices");

        browser.click(By.id("nav-appointment"));
        browser.inView(By.id("title")).sendKeys("Move the office printer");
        browser.inView(By.id("description")).sendKeys("New desk on the second floor");
        LocalDateTime start = LocalDate.now(LONDON).plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY))
                .atTime(10, 0);
        // an hour inside the customer's office hours, offered as is; another time could not be before now
        new Select(browser.inView(By.id("slot"))).selectByValue(start.toString());
        assertThat(browser.inView(By.id("start")).getAttribute("min")).startsWith(LocalDate.now(LONDON).toString());
        browser.step("portal-03-appointment-form");
        browser.click(By.id("appointment-submit"));
        browser.waiting().until(d -> d.getCurrentUrl().matches(".*/portal/requests/\\d+$"));
        assertThat(browser.visible(By.id("request-title")).getText()).isEqualTo("Move the office printer");
        assertThat(browser.visible(By.id("request-status")).getText()).isEqualTo("Appointment booked");
        browser.step("portal-04-appointment-booked");

        browser.click(By.id("nav-requests"));
        assertThat(browser.visible(By.id("requests")).getText()).contains("Move the office printer");
        browser.step("portal-05-my-requests");
    }

    /**
     * A manager bills last month (the demo customers' history) through the API, unless another browser test in this
     * application has billed it already (a period is billed once); returns customer 2's invoice number.
     */
    static String billLastMonth(TestRestTemplate http, ManagementService management) {
        if (invoicesOfTheDemoCustomer(http).isEmpty()) {
            ResponseEntity<JsonNode> started = http.withBasicAuth("manager", "manager").postForEntity("/api/billing/runs",
                    Map.of("period", YearMonth.now(LONDON).minusMonths(1).toString()), JsonNode.class);
            assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            String instance = started.getBody().get("processInstanceId").asText();
            // no job executor in tests: the run's jobs are executed here, as the executor would, until none is left
            for (List<Job> jobs = due(management, instance); !jobs.isEmpty(); jobs = due(management, instance)) {
                jobs.forEach(job -> management.executeJob(job.getId()));
            }
        }
        JsonNode invoices = invoicesOfTheDemoCustomer(http);
        assertThat(invoices).hasSize(1);
        assertThat(invoices.get(0).get("status").asText()).isEqualTo("ISSUED");
        return invoices.get(0).get("number").asText();
    }

    private static JsonNode invoicesOfTheDemoCustomer(TestRestTemplate http) {
        return http.withBasicAuth("manager", "manager").getForEntity("/api/invoices?customerId=" + DEMO_CUSTOMER,
                JsonNode.class).getBody().get("content");
    }

    private static List<Job> due(ManagementService management, String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).executable().list();
    }
}
