package com.quarterhour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Dates read the way the person logged in reads them, whatever language the browser speaks: Tasklist's Work form
 * opens on today (the customer's), written in the viewer's locale. Screenshots: target/browser-screenshots/locale-*.png.
 */
@BrowserTest
class LocaleBrowserIT extends BrowserSession {

    /** Demo customer 2, whose requests are in London's time zone. */
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired TestRestTemplate http;

    @Test
    void theWorkFormOpensOnTodayWrittenTheWayTheDefaultViewerReadsDates() {
        long engagement = WorkFormBrowserIT.workAssignedToTheTechnician(http, "Scanner offline");
        browser.logInAs("technician");
        Tasklist tasklist = openWork(engagement);
        // en-GB, the installation's default: day first, whichever order the browser's own locale has
        assertThat(tasklist.shown(Tasklist.field("Field_workDate-date"))).isEqualTo(today("dd/MM/yyyy"));
        browser.step("locale-01-work-form-en-GB");
    }

    private Tasklist openWork(long engagement) {
        Tasklist tasklist = new Tasklist(browser, http);
        tasklist.openFilter("My work");
        tasklist.openTask(engagement, "Work");
        browser.visible(Tasklist.formLabel("What was done"));
        return tasklist;
    }

    private static String today(String pattern) {
        return LocalDate.now(LONDON).format(DateTimeFormatter.ofPattern(pattern));
    }
}
