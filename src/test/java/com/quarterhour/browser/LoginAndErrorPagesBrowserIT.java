package com.quarterhour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The application's own login page, its error pages and every way out: a customer who opens a staff page sees why and
 * goes back to the portal; logging out of the portal, the board or Cockpit ends on the login page, which says so.
 * Screenshots: target/browser-screenshots/screens-*.png.
 */
@BrowserTest
class LoginAndErrorPagesBrowserIT extends BrowserSession {

    @Test
    void aCustomerOnAStaffPageSeesTheForbiddenPageGoesBackToThePortalAndLogsOut() {
        browser.go("/login");
        browser.visible(By.id("login-form"));
        browser.step("screens-01-login");

        browser.logInAs("customer");
        browser.goToErrorPage("/operaton/app/tasklist/", 403);
        assertThat(browser.visible(By.id("error-title")).getText()).isEqualTo("This page is not for you");
        browser.goToErrorPage("/swagger-ui.html", 403);
        assertThat(browser.visible(By.id("error-title")).getText()).isEqualTo("This page is not for you");
        assertThat(browser.driver().getTitle()).isEqualTo("Not allowed · Quarterhour");
        browser.step("screens-02-forbidden");

        browser.toNewPage(() -> browser.click(By.id("way-back")));
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/portal"));
        browser.toNewPage(() -> browser.click(By.id("logout")));
        assertLoggedOut();
        browser.step("screens-03-logged-out-of-the-portal");
    }

    @Test
    void theBoardsLogOutEndsOnTheLoginPage() {
        browser.visitAs("coordinator", "/board");
        browser.visible(By.id("board-updated"));
        browser.toNewPage(() -> browser.click(By.cssSelector("form.board-user button[type=submit]")));
        assertLoggedOut();
        browser.step("screens-04-logged-out-of-the-board");
    }

    @Test
    void cockpitsLogOutEndsOnTheLoginPageNotOnOperatonsOwnForm() {
        browser.visitAs("demo", "/operaton/app/cockpit/default/");
        // the dashboard has loaded what it shows: leaving earlier would abort its requests half-way
        browser.visible(By.xpath("//*[contains(@class,'dashboard')]//a"));
        browser.click(By.xpath("//*[contains(@class,'dropdown-toggle')][contains(normalize-space(.),'Demo Administrator')]"));
        browser.click(By.xpath("//a[normalize-space(.)='Log out']"));
        assertLoggedOut();
        browser.step("screens-06-logged-out-of-cockpit");
    }

    @Test
    void aMissingPageIsTheNotFoundPageWithTheWayBackToTheStart() {
        browser.visitAs("coordinator", "/board");
        browser.visible(By.id("board-updated"));
        browser.goToErrorPage("/no-such-page", 404);
        assertThat(browser.visible(By.id("error-title")).getText()).isEqualTo("We could not find that page");
        assertThat(browser.visible(By.id("way-back")).getText()).isEqualTo("Back to the start");
        browser.step("screens-05-not-found");
    }

    private void assertLoggedOut() {
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/login?logout"));
        assertThat(browser.visible(By.id("logged-out")).getText()).isEqualTo("You have been logged out.");
        browser.go("/portal");
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/login"));
    }
}
