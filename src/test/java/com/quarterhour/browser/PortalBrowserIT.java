package com.quarterhour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The customer portal's other pages in a real browser, as the demo customer: the hours chart is drawn by
 * Chart.js from the WebJar under the portal's Content-Security-Policy, the invoices page and an appointment
 * booked through its form. A console error fails every step. Screenshots: target/browser-screenshots/portal-*.png.
 */
@BrowserTest
class PortalBrowserIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @LocalServerPort int port;
    @TempDir Path profile;

    private Browser browser;

    @RegisterExtension
    final AfterTestExecutionCallback saveFailedPage = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.saveFailure(context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port, profile);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

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

        browser.click(By.id("nav-invoices"));
        browser.visible(By.cssSelector("#invoices, #no-invoices"));
        browser.step("portal-02-invoices");

        browser.click(By.id("nav-appointment"));
        browser.inView(By.id("title")).sendKeys("Move the office printer");
        browser.inView(By.id("description")).sendKeys("New desk on the second floor");
        LocalDateTime start = LocalDate.now(LONDON).plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY))
                .atTime(10, 0);
        // a datetime-local field takes its keys in the browser's locale order; the value itself is ISO
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.inView(By.id("start")), start.toString());
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
}
