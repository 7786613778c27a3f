package com.quarterhour.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Tasklist's own "Log out" ends the whole login, not just the webapp's, on the application's login page: afterwards
 * Tasklist asks for the password again (the single sign-on would otherwise log the same user straight back in, which on a shared screen hands the
 * next person the coordinator's session). Screenshots: target/browser-screenshots/logout-*.png.
 */
@BrowserTest
class TasklistLogoutBrowserIT extends BrowserSession {

    @Test
    void loggingOutOfTasklistAsksForTheLoginAgain() {
        browser.logInAs("coordinator");
        // a filter of the list, so the page has loaded what it shows
        browser.visible(By.xpath("//*[contains(@class,'task-filter')]//a"));
        Tasklist.assertOperatonWithoutMigrationBanner(browser);
        browser.step("logout-01-tasklist");

        browser.click(By.xpath("//*[contains(@class,'dropdown-toggle')][contains(normalize-space(.),'Cora Coordinator')]"));
        browser.click(By.xpath("//a[normalize-space(.)='Log out']"));
        // the application's login page, not the webapp's own form (which logs nobody in)
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/login?logout"));
        browser.visible(By.id("logged-out"));
        browser.step("logout-02-logged-out");

        browser.go("/operaton/app/tasklist/");
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/login"));
        browser.visible(By.id("username"));
        browser.step("logout-03-login-asked-again");
    }
}
