package nl.ketenlens.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The browser UI is three static files served by Spring Boot next to the API. "Nothing downloads at run time"
 * is checked here too: the page and script name no absolute http(s) address to load from.
 */
@EmbeddedStoreTest
class WebUiIT {

    @Autowired
    MockMvc mvc;

    @Test
    void rootIsTheWelcomePage() throws Exception {
        // MockMvc does not follow Boot's welcome-page forward; the forward target is what a browser receives
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(forwardedUrl("index.html"));
    }

    @Test
    void indexPageLoadsOnlyItsOwnScriptAndStyles() throws Exception {
        mvc.perform(get("/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("<title>Ketenlens")))
                .andExpect(content().string(containsString("<script src=\"app.js\" defer></script>")))
                .andExpect(content().string(containsString("<link rel=\"stylesheet\" href=\"app.css\">")))
                .andExpect(content().string(containsString("Sector leverage")))
                .andExpect(content().string(containsString("Company exposure")))
                .andExpect(content().string(not(containsString("src=\"http"))))
                .andExpect(content().string(not(containsString("href=\"http"))));
    }

    @Test
    void scriptCallsTheRestApiRelatively() throws Exception {
        mvc.perform(get("/app.js"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/javascript"))
                .andExpect(content().string(containsString("'/api/leverage'")))
                .andExpect(content().string(containsString("'/api/leverage/plan'")))
                .andExpect(content().string(containsString("`/api/companies/${enc(id)}/exposure`")))
                .andExpect(content().string(containsString("'/api/covenants'")))
                .andExpect(content().string(not(containsString("http://"))))
                .andExpect(content().string(not(containsString("https://"))));
    }

    @Test
    void stylesheetIsServed() throws Exception {
        mvc.perform(get("/app.css"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"))
                .andExpect(content().string(containsString(".badge")));
    }
}
