package org.skillpass.bench;

import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * One GET per virtual user at a fixed arrival rate (open model, connections shared as a busy reverse
 * proxy would): {@code path} may name feeder fields ({@code /api/verify/#{number}}); the response must be
 * 200 and contain {@code expect}.
 */
public class RateSimulation extends Simulation {

    public RateSimulation() {
        HttpProtocolBuilder protocol = http.baseUrl(Load.strParam("base")).shareConnections().disableWarmUp()
                .disableCaching().acceptHeader("application/json");
        int seconds = Load.intParam("seconds");
        var scenario = scenario(Load.strParam("request")).feed(listFeeder(Load.feedList()).circular())
                .exec(http(Load.strParam("request")).get(Load.strParam("path"))
                        .check(status().is(200), substring(Load.strParam("expect")).exists()));
        setUp(scenario.injectOpen(constantUsersPerSec(Load.intParam("rate")).during(Duration.ofSeconds(seconds))))
                .protocols(protocol).maxDuration(Duration.ofSeconds(seconds + 120L));
    }
}
