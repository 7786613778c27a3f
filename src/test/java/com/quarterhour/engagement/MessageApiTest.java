package com.quarterhour.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.support.EicarScanner;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The conversation part of the REST contract over HTTP: who posts and reads what, files in and out, refusals. */
@QuarterhourTest
class MessageApiTest {

    private static final Instant TUESDAY_MORNING = Instant.parse("2026-11-17T10:00:00Z");
    private static final String PASSWORD = "Messages&Test-2026";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerService customers;
    @Autowired Environment environment;

    long customer;
    long engagement;
    String customerUser;

    @BeforeEach
    void aReportedRequestWithACustomerLogin() throws Exception {
        ClockUtil.setCurrentTime(Date.from(TUESDAY_MORNING));
        customer = new TestCustomers(customers).onPlan("BPS-20");
        customerUser = "messages-" + System.nanoTime();
        mvc.perform(post("/api/customers/" + customer + "/users").with(httpBasic("coordinator", "coordinator"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + customerUser + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isCreated());
        engagement = json.readTree(mvc.perform(post("/api/engagements").with(httpBasic("coordinator", "coordinator"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"customerId\":" + customer + ",\"title\":\"Printer offline\",\"channel\":\"REPORT\","
                        + "\"impact\":\"PARTIALLY_IMPAIRED\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void staffAndTheCustomerTalkAndOnlyStaffReadTheInternalNotes() throws Exception {
        postJson("technician", "{\"body\":\"Which model is it?\",\"visibility\":\"PUBLIC\"}").andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/engagements/" + engagement + "/messages"))
                .andExpect(jsonPath("$.authorKind").value("STAFF"))
                .andExpect(jsonPath("$.author").value("technician"))
                .andExpect(jsonPath("$.channel").value("API"))
                .andExpect(jsonPath("$.postedAt").value("2026-11-17T10:00:00Z"));
        postJson("technician", "{\"body\":\"Old firmware again\",\"visibility\":\"INTERNAL\"}").andExpect(status().isCreated());
        postJson(customerUser, "{\"body\":\"The LaserJet 4\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.authorKind").value("CUSTOMER"))
                .andExpect(jsonPath("$.author").value(customerUser))
                .andExpect(jsonPath("$.visibility").value("PUBLIC"));

        JsonNode staffView = list("manager");
        assertThat(staffView.findValuesAsText("body")).containsExactly("Which model is it?", "Old firmware again",
                "The LaserJet 4");
        assertThat(list(customerUser).findValuesAsText("body")).containsExactly("Which model is it?", "The LaserJet 4");
    }

    @Test
    void aCustomerCannotWriteAnInternalNoteAndStaffMustSayWhoReads() throws Exception {
        int before = messages();
        postJson(customerUser, "{\"body\":\"Psst\",\"visibility\":\"INTERNAL\"}").andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("always PUBLIC")));
        postJson("technician", "{\"body\":\"Hello\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("visibility is required")));
        postJson("technician", "{\"body\":\"\",\"visibility\":\"PUBLIC\"}").andExpect(status().isBadRequest());
        postJson("technician", "{\"body\":\"x\",\"visibility\":\"SECRET\"}").andExpect(status().isBadRequest());
        postJson("technician", "{\"body\":\"" + "x".repeat(10_001) + "\",\"visibility\":\"PUBLIC\"}")
                .andExpect(status().isBadRequest());
        assertThat(messages()).isEqualTo(before);
    }

    @Test
    void filesGoUpWithAMessageAndComeDownAsDownloads() throws Exception {
        String posted = mvc.perform(multipart("/api/engagements/" + engagement + "/messages")
                        .file(new MockMultipartFile("files", "config \"new\".txt", "text/plain", bytes("retries=3")))
                        .file(new MockMultipartFile("files", "screen.png", "image/png", bytes("PNG")))
                        .param("visibility", "INTERNAL")
                        .with(httpBasic("technician", "technician")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.body").doesNotExist())
                .andExpect(jsonPath("$.attachments[0].fileName").value("config \"new\".txt"))
                .andExpect(jsonPath("$.attachments[1].size").value(3))
                .andReturn().getResponse().getContentAsString();
        long file = json.readTree(posted).get("attachments").get(0).get("id").asLong();

        mvc.perform(get("/api/engagements/" + engagement + "/messages/attachments/" + file)
                        .with(httpBasic("manager", "manager")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/plain"))
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=")))
                .andExpect(header().string("Content-Disposition", containsString("filename=\"config \\\"new\\\".txt\"")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(bytes("retries=3")));
        // an internal note's file is no file at all to the customer
        mvc.perform(get("/api/engagements/" + engagement + "/messages/attachments/" + file)
                        .with(httpBasic(customerUser, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Attachment " + file + " does not exist"));
    }

    @Test
    void aRefusedFileStoresNothing() throws Exception {
        int before = messages();
        mvc.perform(multipart("/api/engagements/" + engagement + "/messages")
                        .file(new MockMultipartFile("files", "eicar.txt", "text/plain", bytes(EicarScanner.SIGNATURE)))
                        .param("body", "Our scanner found this")
                        .with(httpBasic(customerUser, PASSWORD)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("EICAR")));
        mvc.perform(multipart("/api/engagements/" + engagement + "/messages")
                        .file(new MockMultipartFile("files", "setup.exe", "application/octet-stream", bytes("MZ")))
                        .param("body", "Try this")
                        .param("visibility", "PUBLIC")
                        .with(httpBasic("technician", "technician")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("not accepted")));
        assertThat(messages()).isEqualTo(before);
    }

    /** Over real HTTP: the servlet container refuses the upload before the application reads it. */
    @Test
    void anOversizedUploadIsA413ProblemDetail() throws Exception {
        String boundary = "qh-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\nBig\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.log\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + 10 * 1024 * 1024 + 1 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        int before = messages();

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + environment.getRequiredProperty("local.server.port") + "/api/engagements/"
                                + engagement + "/messages"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("technician:technician").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(response.body()).get("detail").asText()).contains("10 MB");
        assertThat(messages()).isEqualTo(before);
    }

    @Test
    void anotherCustomersRequestHasNoConversation() throws Exception {
        long other = new TestCustomers(customers).onPlan("BPS-20");
        String otherUser = "messages-other-" + System.nanoTime();
        mvc.perform(post("/api/customers/" + other + "/users").with(httpBasic("coordinator", "coordinator"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + otherUser + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/engagements/" + engagement + "/messages").with(httpBasic(otherUser, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Engagement " + engagement + " does not exist"));
        mvc.perform(post("/api/engagements/" + engagement + "/messages").with(httpBasic(otherUser, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Mine now\"}"))
                .andExpect(status().isNotFound());
    }

    private ResultActions postJson(String user, String body) throws Exception {
        return mvc.perform(post("/api/engagements/" + engagement + "/messages")
                .with(httpBasic(user, user.equals(customerUser) ? PASSWORD : user))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode list(String user) throws Exception {
        return json.readTree(mvc.perform(get("/api/engagements/" + engagement + "/messages")
                        .with(httpBasic(user, user.equals(customerUser) ? PASSWORD : user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private int messages() {
        return jdbc.queryForObject("select (select count(*) from conversation_message)"
                + " + (select count(*) from message_attachment)", Integer.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
