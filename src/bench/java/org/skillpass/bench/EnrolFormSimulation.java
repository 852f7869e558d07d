package org.skillpass.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Enrolment through the class page, as a worker's browser does it: GET catalog/class.xhtml?id=… with the
 * session cookie, take the view state and the enrol form's action, POST the form (category and situation
 * as the two menus submit them, the button's name); the page that comes back shows the worker's state.
 * Every virtual user is one enrolment; open model at {@code rate}/s for {@code seconds}.
 */
public class EnrolFormSimulation extends Simulation {

    public EnrolFormSimulation() {
        String prefix = Load.strParam("request");
        HttpProtocolBuilder protocol = http.baseUrl(Load.strParam("base")).shareConnections().disableWarmUp()
                .disableCaching().acceptHeader("text/html");
        ScenarioBuilder enrol = scenario("enrolment (form)").feed(Load.feed())
                .exec(http(prefix + " class page").get("/catalog/class.xhtml?id=#{classId}")
                        .header("Cookie", "#{cookie}")
                        .check(status().is(200),
                                regex("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"").saveAs("viewState"),
                                regex("<form id=\"enrolForm\"[^>]*?action=\"([^\"]*)\"").saveAs("action")))
                .exec(http(prefix + " enrol").post(session -> session.getString("action").replace("&amp;", "&"))
                        .header("Cookie", "#{cookie}")
                        .formParam("enrolForm", "enrolForm")
                        .formParam("enrolForm:category_input", "RURAL_TRANSFER")
                        .formParam("enrolForm:status_input", "UNEMPLOYED")
                        .formParam("enrolForm:enrol", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().is(200), substring("id=\"enrolState\"").exists()));
        int seconds = Load.intParam("seconds");
        setUp(enrol.injectOpen(constantUsersPerSec(Load.intParam("rate")).during(Duration.ofSeconds(seconds))))
                .protocols(protocol).maxDuration(Duration.ofSeconds(seconds + 120L));
    }
}
