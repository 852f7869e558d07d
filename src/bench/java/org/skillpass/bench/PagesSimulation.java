package org.skillpass.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Signed-in users (session cookies from the feeder, one per virtual user) going round a list of pages
 * ({@code pages} = "name|path|marker;…", the marker a text the page must contain), {@code think} s between
 * pages, until {@code seconds} have passed.
 */
public class PagesSimulation extends Simulation {

    public PagesSimulation() {
        int users = Load.intParam("users");
        int seconds = Load.intParam("seconds");
        Duration think = Duration.ofMillis(Load.intParam("thinkMs"));
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        HttpProtocolBuilder protocol = http.baseUrl(Load.strParam("base")).disableWarmUp().disableCaching()
                .acceptHeader("text/html").acceptLanguageHeader("zh-CN,zh;q=0.9");
        List<ChainBuilder> steps = new ArrayList<>();
        for (String page : Load.strParam("pages").split(";")) {
            String[] p = page.split("\\|");
            steps.add(exec(http(p[0]).get(p[1]).header("Cookie", "#{cookie}")
                    .check(status().is(200), substring(p[2]).exists())).pause(think));
        }
        var scenario = scenario("pages").feed(Load.feed())
                .exec(asLongAs(s -> System.currentTimeMillis() < deadline).on(exec(steps)));
        setUp(scenario.injectOpen(rampUsers(users).during(Duration.ofSeconds(Math.min(5, seconds)))))
                .protocols(protocol).maxDuration(Duration.ofSeconds(seconds + 120L));
    }
}
