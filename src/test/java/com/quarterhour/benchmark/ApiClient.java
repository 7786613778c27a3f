package com.quarterhour.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * One caller of the application under test, as an integration calls it: HTTP Basic on every request, its own
 * connection and cookies (Operaton's webapps answer with a session and a CSRF token, which Tasklist's posts carry).
 */
final class ApiClient {

    /** An answer, or status 0 and the exception's text when there was none (timeout, connection refused). */
    record Answer(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final String base;
    private final String authorization;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    ApiClient(String base, String username, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    Answer get(String path) {
        return send(request(path, "application/json").GET());
    }

    Answer post(String path, String json) {
        return send(request(path, "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** As Tasklist posts to the webapps' engine API: HAL, with the CSRF token its first GET was given. */
    Answer tasklistPost(String path, String json) {
        if (xsrfToken() == null) {
            // any GET of the webapps' API hands out the token; this one, Tasklist's list of filters, counts no tasks
            get("/operaton/api/engine/engine/default/filter?resourceType=Task&itemCount=false");
        }
        return send(request(path, "application/hal+json").header("X-XSRF-TOKEN", String.valueOf(xsrfToken()))
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private String xsrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpRequest.Builder request(String path, String accept) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept", accept);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, e.toString());
        }
    }
}
