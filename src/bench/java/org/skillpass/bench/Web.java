package org.skillpass.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like client for setting up and for single timed requests (the load itself is Gatling's):
 * one cookie jar per instance, Faces forms posted with their view state, as the pages do.
 */
final class Web {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"");

    final String base;
    final CookieManager cookies = new CookieManager();
    final HttpClient http;

    Web(String base) {
        this.base = base;
        this.http = client();
    }

    private HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Requests as a browser set to Chinese sends them (the pages' first language). */
    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "zh-CN,zh;q=0.9");
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(request(path).timeout(Duration.ofMinutes(5))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path).timeout(Duration.ofMinutes(10))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A multipart form post with one file, as a browser sends a non-ajax upload form. */
    HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
                                       byte[] content) throws IOException, InterruptedException {
        String boundary = "----skillpassbench" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 4096);
        for (Map.Entry<String, String> f : fields.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        // a connection of its own: the server may close one after refusing an upload before reading it all
        return client().send(request(path).timeout(Duration.ofMinutes(10))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Signs in through the login page (GET for the view state, then the form post), as a person does; the
     * session cookie then authenticates pages and /api/* alike. Throws unless the login redirected.
     */
    Web login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:next", "");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        HttpResponse<String> r = postForm("/login.xhtml", form);
        if (r.statusCode() != 302) {
            throw new IllegalStateException("login of " + username + " failed: HTTP " + r.statusCode());
        }
        return this;
    }

    /** The session cookie as a Cookie header value ({@code JSESSIONID=…}). */
    String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().startsWith("JSESSIONID"))
                .map(HttpCookie::toString).collect(Collectors.joining("; "));
    }

    static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no jakarta.faces.ViewState in the page");
        }
        return m.group(1);
    }

    /** The action attribute of the form with this id (entities decoded). */
    static String formAction(String html, String formId) {
        Matcher m = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*?action=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no form " + formId + " in the page");
        }
        return m.group(1).replace("&amp;", "&");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
