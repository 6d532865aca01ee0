package nl.ketenlens.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Only bad input is a 4xx; a broken invariant is a 500 — and every error is problem+json. */
class ProblemDetailsAdviceTests {

    @RestController
    static class Faulty {
        @GetMapping("/iae")
        String iae() {
            throw new IllegalArgumentException("duplicate vertex id: X");
        }

        @GetMapping("/npe")
        String npe() {
            throw new NullPointerException();
        }

        @GetMapping("/bad")
        String bad() {
            throw new BadRequestException("top", "must be 1..1000, was 0");
        }

        @GetMapping("/busy")
        String busy() {
            throw new ConflictException("another import is running");
        }

        @GetMapping("/huge")
        String huge() {
            throw new org.springframework.web.multipart.MaxUploadSizeExceededException(200L << 20);
        }

        @GetMapping("/typed")
        String typed(@RequestParam int top) {
            return "ok " + top;
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Faulty())
            .setControllerAdvice(new ProblemDetailsAdvice()).build();

    @Test
    void bareIllegalArgumentIsAnInternalFaultNotTheCallersMistake() throws Exception {
        mvc.perform(get("/iae")).andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Internal server error"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("duplicate vertex"))));
    }

    @Test
    void anyOtherExceptionIsProblemJson500() throws Exception {
        mvc.perform(get("/npe")).andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void badInputIs400NamingTheParameter() throws Exception {
        mvc.perform(get("/bad")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("top"));
        mvc.perform(get("/typed").param("top", "x")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("top"));
    }

    @Test
    void oversizedUploadIs413SayingWhichLimit() throws Exception {
        mvc.perform(get("/huge")).andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Upload too large"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("max-file-size")));
    }

    @Test
    void conflictIs409() throws Exception {
        mvc.perform(get("/busy")).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
