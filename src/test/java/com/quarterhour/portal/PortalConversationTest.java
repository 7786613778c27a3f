package com.quarterhour.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.quarterhour.conversation.AuthorKind;
import com.quarterhour.conversation.Conversation;
import com.quarterhour.conversation.MessageChannel;
import com.quarterhour.conversation.MessageView;
import com.quarterhour.conversation.NewAttachment;
import com.quarterhour.conversation.NewMessage;
import com.quarterhour.conversation.Visibility;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.Impact;
import com.quarterhour.identity.CustomerUsers;
import com.quarterhour.identity.NewCustomerUser;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The conversation under a request in the portal: what the customer reads, replies, downloads, and is refused. */
@QuarterhourTest
class PortalConversationTest {

    private static final String PASSWORD = "Portal&Talk-2025";

    @Autowired MockMvc mvc;
    @Autowired CustomerService customers;
    @Autowired CustomerUsers users;
    @Autowired EngagementService engagements;
    @Autowired Conversation conversation;
    @Autowired Environment environment;

    long customer;
    long request;
    String username;
    MockHttpSession session;

    @BeforeEach
    void aRequestOfALoggedInCustomer() throws Exception {
        at("2025-09-10T09:00:00Z");
        customer = new TestCustomers(customers).onPlan("BPS-20");
        request = engagements.report(new NewEngagement(customer, "Printer offline", "Error 41", Channel.REPORT,
                Impact.PARTIALLY_IMPAIRED, null, null, false), "coordinator").id();
        username = "talk-" + System.nanoTime();
        users.create(customer, new NewCustomerUser(username, PASSWORD, null), "coordinator");
        session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theCustomerReadsThePublicMessagesAndRepliesWithAFile() throws Exception {
        MessageView question = staff(Visibility.PUBLIC, "Which printer model is it?",
                new NewAttachment("steps.pdf", "application/pdf", bytes("%PDF-1.4 steps")));
        at("2025-09-10T09:05:00Z");
        MessageView note = staff(Visibility.INTERNAL, "Same driver issue as in August",
                new NewAttachment("internal.txt", "text/plain", bytes("secret")));

        Document before = page("/portal/requests/" + request);
        assertThat(before.select("#messages li.message")).hasSize(1);
        Element shown = before.selectFirst("#messages li.message");
        assertThat(shown.selectFirst(".message-side").text()).isEqualTo("Support");
        assertThat(shown.selectFirst(".message-time").text()).isEqualTo("Wed, 10 Sept 2025, 10:00"); // London summer time
        assertThat(shown.selectFirst(".message-body").text()).isEqualTo("Which printer model is it?");
        String link = shown.selectFirst(".message-files a").attr("href");
        assertThat(link).isEqualTo("/portal/requests/" + request + "/attachments/" + question.attachments().get(0).id());
        assertThat(before.select("#reply-form input[name=_csrf]")).hasSize(1);
        assertThat(before.selectFirst("#reply-form").attr("enctype")).isEqualTo("multipart/form-data");

        MockHttpServletResponse download = mvc.perform(get(link).session(session)).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"steps.pdf\"");
        assertThat(download.getContentAsByteArray()).isEqualTo(bytes("%PDF-1.4 steps"));
        assertThat(mvc.perform(get("/portal/requests/" + request + "/attachments/" + note.attachments().get(0).id())
                .session(session)).andReturn().getResponse().getStatus()).isEqualTo(404);

        at("2025-09-10T09:30:00Z");
        MvcResult replied = mvc.perform(multipart("/portal/requests/" + request + "/messages")
                .file(new MockMultipartFile("files", "photo.jpg", "image/jpeg", bytes("JPEG")))
                // the file field left empty
                .file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
                .param("body", "A LaserJet 4, photo attached").session(session).with(csrf())).andReturn();
        assertThat(replied.getResponse().getStatus()).isEqualTo(302);
        assertThat(replied.getResponse().getRedirectedUrl()).isEqualTo("/portal/requests/" + request + "#conversation");

        List<MessageView> stored = conversation.messages(request, true);
        assertThat(stored).hasSize(3);
        MessageView reply = stored.get(2);
        assertThat(reply.authorKind()).isEqualTo(AuthorKind.CUSTOMER);
        assertThat(reply.author()).isEqualTo(username);
        assertThat(reply.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(reply.channel()).isEqualTo(MessageChannel.PORTAL);
        assertThat(reply.attachments()).extracting(a -> a.fileName()).containsExactly("photo.jpg");

        MockHttpServletResponse redirected = mvc.perform(get("/portal/requests/" + request).session(session)
                .flashAttrs(replied.getFlashMap())).andReturn().getResponse();
        Document after = Jsoup.parse(redirected.getContentAsString());
        assertThat(after.getElementById("reply-notice").text()).isEqualTo("Your message was sent.");
        assertThat(after.select("#messages .message-side")).extracting(Element::text).containsExactly("Support", "You");
        assertThat(after.select("#messages .message-body")).extracting(Element::text)
                .containsExactly("Which printer model is it?", "A LaserJet 4, photo attached");
    }

    @Test
    void aRefusedReplyIsExplainedAndKeepsWhatWasTyped() throws Exception {
        MockHttpServletResponse refused = mvc.perform(multipart("/portal/requests/" + request + "/messages")
                .file(new MockMultipartFile("files", "tool.exe", "application/octet-stream", bytes("MZ")))
                .param("body", "Could you run this tool?").session(session).with(csrf())).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.getElementById("reply-error").text()).contains("not accepted");
        assertThat(page.getElementById("reply-body").text()).isEqualTo("Could you run this tool?");
        assertThat(page.getElementById("request-title").text()).isEqualTo("Printer offline");
        assertThat(conversation.messages(request, true)).isEmpty();
    }

    /** Over real HTTP, as a browser sends the form: what the customer gets for an upload over the limits. */
    @Test
    void anOversizedReplyIsRefusedAsTooLargeNotAsAForgedForm() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + environment.getRequiredProperty("local.server.port");
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String loginToken = Jsoup.parse(loginPage).selectFirst("input[name=_csrf]").attr("value");
        browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + loginToken)).build(),
                HttpResponse.BodyHandlers.ofString());
        String requestPage = browser.send(HttpRequest.newBuilder(URI.create(base + "/portal/requests/" + request)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Element form = Jsoup.parse(requestPage).getElementById("reply-form");
        String token = form.selectFirst("input[name=_csrf]").attr("value");

        String boundary = "qh-portal-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\nBig\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.log\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] upload = new byte[head.length + 10 * 1024 * 1024 + 1 + tail.length];
        System.arraycopy(head, 0, upload, 0, head.length);
        System.arraycopy(tail, 0, upload, upload.length - tail.length, tail.length);
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base + form.attr("action")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.body()).contains("The upload is too large");
        assertThat(conversation.messages(request, true)).isEmpty();
    }

    private MessageView staff(Visibility visibility, String body, NewAttachment file) {
        return conversation.post(request, customer, new NewMessage(AuthorKind.STAFF, "technician", null, visibility,
                MessageChannel.API, body, List.of(file)));
    }

    private Document page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void at(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }
}
