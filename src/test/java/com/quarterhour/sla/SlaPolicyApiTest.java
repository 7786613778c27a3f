package com.quarterhour.sla;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** /api/sla-policies and /api/customers/{id}/terms over HTTP: versions, refusals in plain words, roles. */
@QuarterhourTest
class SlaPolicyApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired CustomerService customers;

    @Test
    void anAdministratorCreatesAPolicyAndEachChangeIsANewVersion() throws Exception {
        String name = "Gold " + System.nanoTime();
        String created = as("demo", post("/api/sla-policies"), policy(name, "{\"priority\":\"P1\",\"responseMinutes\":60,"
                + "\"resolutionMinutes\":480,\"calendar\":\"24/7\"},{\"priority\":\"P2\",\"responseMinutes\":240,"
                + "\"calendar\":\"BUSINESS\"}", ",\"goalPercent\":90,\"escalateAtPercent\":150,\"escalateTo\":\"head@example.com\""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/sla-policies/")))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.warnAtPercent").value(75))
                .andExpect(jsonPath("$.goalPercent").value(90))
                .andExpect(jsonPath("$.escalateAtPercent").value(150))
                .andExpect(jsonPath("$.targets[0].priority").value("P1"))
                .andExpect(jsonPath("$.targets[0].calendar").value("24/7"))
                .andExpect(jsonPath("$.targets[1].resolutionMinutes").doesNotExist())
                .andExpect(jsonPath("$.targets[0].serviceCreditPercent").doesNotExist())
                .andExpect(jsonPath("$.serviceCreditCapPercent").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        String url = "/api/sla-policies/" + id;

        as("demo", put(url), policy(name, "{\"priority\":\"P1\",\"responseMinutes\":30,\"calendar\":\"24/7\","
                + "\"serviceCreditPercent\":5}", ",\"serviceCreditCapPercent\":25"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.targets[0].serviceCreditPercent").value(5))
                .andExpect(jsonPath("$.serviceCreditCapPercent").value(25))
                .andExpect(jsonPath("$.targets.length()").value(1))
                .andExpect(jsonPath("$.goalPercent").doesNotExist());
        mvc.perform(get(url).with(httpBasic("manager", "manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.targets[0].responseMinutes").value(30));
        mvc.perform(get("/api/sla-policies").with(httpBasic("manager", "manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem(name)))
                .andExpect(jsonPath("$[*].name", hasItem("Shared support")));
    }

    @Test
    void aSecondPolicyOfTheSameNameIsAConflict() throws Exception {
        String name = "Silver " + System.nanoTime();
        String target = "{\"priority\":\"P3\",\"responseMinutes\":60,\"calendar\":\"BUSINESS\"}";
        as("demo", post("/api/sla-policies"), policy(name, target, "")).andExpect(status().isCreated());
        as("demo", post("/api/sla-policies"), policy(name.toUpperCase(), target, ""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("already exists")));
        as("demo", put("/api/sla-policies/1"), policy(name, target, "")).andExpect(status().isConflict());
    }

    @Test
    void badPoliciesAreRefusedInPlainWordsAndNothingIsWritten() throws Exception {
        String name = "Bad " + System.nanoTime();
        refused(policy(name, "{\"priority\":\"P9\",\"responseMinutes\":60,\"calendar\":\"24/7\"}", ""), "P9");
        refused(policy(name, "{\"priority\":\"P1\",\"responseMinutes\":60,\"calendar\":\"24/7\"},"
                + "{\"priority\":\"P1\",\"responseMinutes\":30,\"calendar\":\"24/7\"}", ""), "more than one target row");
        refused(policy(name, "{\"priority\":\"P1\",\"responseMinutes\":0,\"calendar\":\"24/7\"}", ""), "must be from 1");
        refused(policy(name, "{\"priority\":\"P1\",\"responseMinutes\":60,\"calendar\":\"weekdays\"}", ""),
                "calendar must be \"BUSINESS\"");
        refused(policy(name, "{\"priority\":\"P1\",\"responseMinutes\":60,\"calendar\":\"24/7\"}", ",\"warnAtPercent\":100"),
                "warnAtPercent must be from 1 to 99");
        refused(policy(name, "{\"priority\":\"P1\",\"responseMinutes\":60,\"calendar\":\"24/7\"}", ",\"goalPercent\":120"),
                "goalPercent must be from 1 to 100");
        refused(policy(name, "{\"priority\":\"P1\",\"responseMinutes\":60,\"calendar\":\"24/7\"}", ",\"escalateAtPercent\":150"),
                "escalateTo is required");
        refused(policy(name, "{\"priority\":\"P1\",\"responseMinutes\":60,\"calendar\":\"24/7\"}", ",\"escalateAtPercent\":90,"
                + "\"escalateTo\":\"head@example.com\""), "above 100");
        refused(policy(name, "{\"priority\":\"P1\",\"responseMinutes\":60,\"calendar\":\"24/7\",\"serviceCreditPercent\":5}",
                ""), "serviceCreditCapPercent is required with a serviceCreditPercent");
        refused(policy(name, "{\"priority\":\"P1\",\"responseMinutes\":60,\"calendar\":\"24/7\",\"serviceCreditPercent\":10}",
                ",\"serviceCreditCapPercent\":5"), "serviceCreditCapPercent (5) must be at least");
        mvc.perform(get("/api/sla-policies").with(httpBasic("demo", "demo")))
                .andExpect(jsonPath("$[?(@.name == '" + name + "')]").isEmpty());
        as("demo", put("/api/sla-policies/999999"), policy(name, "{\"priority\":\"P1\",\"responseMinutes\":60,"
                + "\"calendar\":\"24/7\"}", "")).andExpect(status().isNotFound());
        mvc.perform(get("/api/sla-policies/999999").with(httpBasic("demo", "demo"))).andExpect(status().isNotFound());
    }

    @Test
    void managersReadPoliciesOnlyAdministratorsWriteThem() throws Exception {
        String body = policy("Roles " + System.nanoTime(), "{\"priority\":\"P1\",\"responseMinutes\":60,\"calendar\":\"24/7\"}", "");
        as("manager", post("/api/sla-policies"), body).andExpect(status().isForbidden());
        as("manager", put("/api/sla-policies/1"), "{}").andExpect(status().isForbidden());
        mvc.perform(post("/api/sla-policies/1/reapply").with(httpBasic("manager", "manager"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/sla-policies").with(httpBasic("coordinator", "coordinator"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/sla-policies").with(httpBasic("technician", "technician"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/sla-policies/999999/reapply").with(httpBasic("demo", "demo"))).andExpect(status().isNotFound());
    }

    @Test
    void contractTermsNameAnExistingPolicyAndAreReadByCoordinators() throws Exception {
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        String terms = "/api/customers/" + customer + "/terms";
        mvc.perform(get(terms).with(httpBasic("coordinator", "coordinator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customerId").value(customer))
                .andExpect(jsonPath("$.slaPolicyId").doesNotExist())
                .andExpect(jsonPath("$.calendarId").doesNotExist());

        as("demo", put(terms), "{\"slaPolicyId\":999999}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("SLA policy 999999 does not exist"));
        as("demo", put(terms), "{\"calendarId\":999999}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Business calendar 999999 does not exist"));
        as("demo", put("/api/customers/999999/terms"), "{}").andExpect(status().isNotFound());
        mvc.perform(get("/api/customers/999999/terms").with(httpBasic("manager", "manager"))).andExpect(status().isNotFound());

        long shared = sharedSupportId();
        as("manager", put(terms), "{\"slaPolicyId\":" + shared + "}").andExpect(status().isForbidden());
        as("demo", put(terms), "{\"slaPolicyId\":" + shared + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slaPolicyId").value(shared));
        mvc.perform(get(terms).with(httpBasic("manager", "manager"))).andExpect(jsonPath("$.slaPolicyId").value(shared));
        mvc.perform(get(terms).with(httpBasic("technician", "technician"))).andExpect(status().isForbidden());
        mvc.perform(post(terms + "/reapply").with(httpBasic("coordinator", "coordinator"))).andExpect(status().isForbidden());
        mvc.perform(post(terms + "/reapply").with(httpBasic("demo", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"reapplied\":0}"));
        as("demo", put(terms), "{}").andExpect(status().isOk()).andExpect(jsonPath("$.slaPolicyId").doesNotExist());
    }

    private long sharedSupportId() throws Exception {
        for (var policy : json.readTree(mvc.perform(get("/api/sla-policies").with(httpBasic("demo", "demo")))
                .andReturn().getResponse().getContentAsString())) {
            if (policy.get("name").asText().equals("Shared support")) {
                return policy.get("id").asLong();
            }
        }
        throw new IllegalStateException("The seeded policy 'Shared support' is missing");
    }

    private void refused(String body, String detail) throws Exception {
        as("demo", post("/api/sla-policies"), body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString(detail)));
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(httpBasic(user, user)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String policy(String name, String targets, String more) {
        return "{\"name\":\"" + name + "\",\"targets\":[" + targets + "]" + more + "}";
    }
}
