package org.skillpass.bench;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Enrolment over REST: every virtual user is one enrolment of a signed-in worker (session cookie from the
 * feeder) into a class, {@code POST /api/enrolments}; 201 with CONFIRMED or WAITLISTED is a success.
 * Open model at {@code rate}/s for {@code seconds}, or closed ({@code users} at once) for the capacity probe.
 */
public class EnrolRestSimulation extends Simulation {

    public EnrolRestSimulation() {
        HttpProtocolBuilder protocol = http.baseUrl(Load.strParam("base")).shareConnections().disableWarmUp()
                .disableCaching().acceptHeader("application/json");
        ScenarioBuilder enrol = scenario("enrolment (REST)").feed(Load.feed())
                .exec(http(Load.strParam("request")).post("/api/enrolments")
                        .header("Cookie", "#{cookie}")
                        .header("Content-Type", "application/json")
                        .body(StringBody("{\"classId\": #{classId}, \"category\": \"RURAL_TRANSFER\", \"status\": \"UNEMPLOYED\"}"))
                        .check(status().is(201), jsonPath("$.state").in("CONFIRMED", "WAITLISTED")));
        int seconds = Load.intParam("seconds");
        PopulationBuilder population = "closed".equals(Load.strParam("model"))
                ? enrol.injectClosed(constantConcurrentUsers(Load.intParam("users")).during(Duration.ofSeconds(seconds)))
                : enrol.injectOpen(constantUsersPerSec(Load.intParam("rate")).during(Duration.ofSeconds(seconds)));
        setUp(population).protocols(protocol).maxDuration(Duration.ofSeconds(seconds + 120L));
    }
}
